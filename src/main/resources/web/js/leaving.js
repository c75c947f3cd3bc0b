// Work not yet saved is not lost without a word: a page registers a check, and leaving the page (a link,
// Back, closing the tab) asks first while the check says something is unsaved.
let check = null;

/** check() returns what would be lost (a sentence), or null when nothing would be. One page at a time. */
export function warnBeforeLeaving(unsaved) {
  check = unsaved;
}

/** What leaving now would lose, or null. The router asks this before showing another page. */
export function unsavedWork() {
  return check ? check() : null;
}

/** Called when another page is shown: its predecessor's check no longer applies. */
export function pageLeft() {
  check = null;
}

window.addEventListener('beforeunload', (event) => {
  if (unsavedWork()) event.preventDefault(); // the browser asks, in its own words
});

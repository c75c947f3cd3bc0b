// What the user is working on, kept for this browser tab only: the latest result of each kind,
// so that moving between pages (or printing the brief) never loses it.
const PREFIX = 'advisor.current.';

export function remember(key, value) {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false; // storage full or switched off: the page still works, it just cannot come back
  }
}

export function recall(key) {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

package com.alliancetrust.advisor.knowledge;

/**
 * The wording of a recommendation. {@code {subject}} in the title or text is replaced by the subject
 * the rule gave (an element, for instance).
 */
public record AdviceText(String id, String title, String text, String why, String category) {
}

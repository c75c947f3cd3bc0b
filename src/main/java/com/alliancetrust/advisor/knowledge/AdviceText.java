package com.alliancetrust.advisor.knowledge;

import java.util.List;

/**
 * The wording of a recommendation. {@code {subject}} in the title or text is replaced by the subject
 * the rule gave (an element, for instance). Sources, where given, add to those of the rule.
 */
public record AdviceText(String id, String title, String text, String why, String category, List<String> sources) {
}

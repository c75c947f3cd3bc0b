package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.RedFlagPolicy;
import com.alliancetrust.advisor.domain.Verdict;

/**
 * A red flag's wording and what it blocks: {@code allows} is the best verdict it allows until
 * {@code resolvedBy} has happened; a {@code legalBar} is a prohibition for counsel, not a risk to manage.
 */
public record RedFlagText(String id, String title, String text, Verdict allows, Boolean legalBar, String resolvedBy) {

    /** Whether the flag is a legal bar ({@code legalBar: true}); most are not and leave it out. */
    public boolean isLegalBar() {
        return Boolean.TRUE.equals(legalBar);
    }

    /** What the rules need to know of the flag. */
    public RedFlagPolicy policy() {
        return new RedFlagPolicy(id, title, allows, isLegalBar());
    }
}

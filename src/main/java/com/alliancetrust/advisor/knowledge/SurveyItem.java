package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustElement;
import java.util.List;

/**
 * One item of the trust survey; a reverse-scored item measures less trust the more one agrees. An
 * item measures either a trust element ({@code element}) or, with {@code measures: IDENTIFICATION},
 * the shared identity that identification-based trust rests on (a basis of trust, not an element).
 */
public record SurveyItem(String id, TrustElement element, String measures, String text, boolean reverse, String basis, List<String> sources) {
    /** What the identification items measure. */
    public static final String IDENTIFICATION = "IDENTIFICATION";

    /** The score this item counts towards: its element, or IDENTIFICATION. */
    public String scoredAs() {
        return element != null ? element.name() : measures;
    }
}

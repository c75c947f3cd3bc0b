package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.Verdict;
import java.util.Locale;

/** The words the case file timeline uses for a purpose, a verdict and a status, as the web app's labels show them. */
final class TimelineWording {
    private TimelineWording() {
    }

    static String purpose(Purpose purpose) {
        return purpose == Purpose.JOINT_RND ? "joint research and development" : words(purpose);
    }

    static String verdict(Verdict verdict) {
        return verdict == Verdict.INSUFFICIENT_EVIDENCE ? "not enough evidence to decide yet" : words(verdict);
    }

    static String status(AllianceStatus status) {
        return words(status);
    }

    /** An enum constant as lower-case words: PROCEED_WITH_SAFEGUARDS becomes "proceed with safeguards". */
    static String words(Enum<?> value) {
        return value == null ? "not given" : value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}

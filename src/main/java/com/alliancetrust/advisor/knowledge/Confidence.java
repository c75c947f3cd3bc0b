package com.alliancetrust.advisor.knowledge;

/** How well a finding is established: HIGH for meta-analyses, LOW for a single small study or practitioner claim. */
public enum Confidence {
    HIGH, MEDIUM_HIGH, MEDIUM, LOW_MEDIUM, LOW
}

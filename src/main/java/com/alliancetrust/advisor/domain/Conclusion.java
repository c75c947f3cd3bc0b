package com.alliancetrust.advisor.domain;

import java.util.List;

/** A fact derived by a rule: it can state itself in plain words for an explanation. */
public interface Conclusion {
    String statement();

    /**
     * Premises the rule's match does not show by itself (for example the facts an accumulate
     * gathered); the matched facts are recorded automatically.
     */
    default List<Object> basis() {
        return List.of();
    }
}

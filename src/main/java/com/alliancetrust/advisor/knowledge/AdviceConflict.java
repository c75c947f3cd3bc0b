package com.alliancetrust.advisor.knowledge;

import java.util.List;

/**
 * Two pieces of advice that must not be given in one answer, and which one is kept when the rules
 * call for both, with the reason ({@code knowledge-base/advice-conflicts.yaml}).
 */
public record AdviceConflict(List<String> ids, String prefer, String reason) {

    public String dropped() {
        return ids.get(0).equals(prefer) ? ids.get(1) : ids.get(0);
    }
}

package com.alliancetrust.advisor.knowledge;

import java.util.List;

/** The wording of a repair-plan step, the phase it belongs to, and its sources. */
public record RepairStepText(String id, Phase phase, String title, String text, String why, List<String> sources) {

    /** Phases in the order a plan is carried out (Gillespie & Dietz 2009), then what to avoid and what to watch. */
    public enum Phase { IMMEDIATE_RESPONSE, DIAGNOSIS, REFORMS, EVALUATION, REBUILDING, AVOID, MONITORING }
}

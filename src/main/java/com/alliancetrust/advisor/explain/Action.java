package com.alliancetrust.advisor.explain;

/** A concrete due-diligence step, for the evidence item it would establish. */
public record Action(String field, String label, String action) {
}

package com.alliancetrust.advisor.domain;

import java.util.List;
import java.util.Locale;

/**
 * The relative gap between the two sides on one dimension: its direction (seen from us) and its
 * size. A similar pair has no direction. Advice drawn from a large gap is HIGH priority, from a
 * moderate one MEDIUM.
 */
public record CultureGap(String dimension, String name, String framework, int ours, int partner, String oursLabel,
                         String partnerLabel, GapDirection direction, GapSize size) implements Conclusion {

    public static CultureGap between(CultureValue ours, CultureValue partner, GapSize size) {
        GapDirection direction = size == GapSize.SIMILAR ? GapDirection.NONE
                : partner.value() > ours.value() ? GapDirection.PARTNER_HIGHER : GapDirection.PARTNER_LOWER;
        return new CultureGap(ours.dimension(), ours.name(), ours.framework(), ours.value(), partner.value(), ours.label(),
                partner.label(), direction, size);
    }

    public String getDimension() { return dimension; }
    public String getFramework() { return framework; }
    public GapDirection getDirection() { return direction; }
    public GapSize getSize() { return size; }

    public Priority priority() {
        return switch (size) {
            case LARGE -> Priority.HIGH;
            case MODERATE -> Priority.MEDIUM;
            case SIMILAR -> Priority.LOW;
        };
    }

    /** The priority of advice resting on several gaps: that of the largest. */
    public static Priority priorityOf(List<?> gaps) {
        return gaps.stream().map(g -> ((CultureGap) g).priority()).min(Enum::compareTo).orElse(Priority.LOW);
    }

    @Override
    public String statement() {
        String where = switch (direction) {
            case PARTNER_HIGHER -> "the partner higher on the scale, a " + size.name().toLowerCase(Locale.ROOT) + " gap";
            case PARTNER_LOWER -> "the partner lower on the scale, a " + size.name().toLowerCase(Locale.ROOT) + " gap";
            case NONE -> "similar";
        };
        return name + ": " + where + " (ours " + CultureValue.inWords(oursLabel) + ", partner " + CultureValue.inWords(partnerLabel) + ")";
    }
}

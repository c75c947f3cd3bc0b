package com.alliancetrust.advisor.domain;

import java.util.List;

/**
 * One statement of the business case for the chief executive, decided by a rule and worded from
 * the knowledge base by id: what trust is worth, what to expect if the company proceeds as things
 * stand, the alternatives, the terms to negotiate, or why the case cannot be made yet.
 */
public record CasePoint(Section section, String id, List<Object> basis) implements Conclusion {

    /** The parts of the business case, in the order the chief executive reads them. */
    public enum Section { CANNOT_BE_MADE_YET, VALUE_OF_TRUST, OUTCOMES_AS_THINGS_STAND, ALTERNATIVES, WIN_WIN_TERMS }

    public CasePoint(Section section, String id) {
        this(section, id, List.of());
    }

    /** A point resting on facts an accumulate gathered, which the match itself does not show. */
    public static CasePoint basedOn(Section section, String id, List<?> basis) {
        return new CasePoint(section, id, List.copyOf(basis));
    }

    public Section getSection() { return section; }
    public String getId() { return id; }

    @Override
    public String statement() {
        return "business case (" + section.name().toLowerCase().replace('_', ' ') + "): " + id;
    }
}

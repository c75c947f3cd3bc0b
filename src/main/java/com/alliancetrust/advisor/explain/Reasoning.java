package com.alliancetrust.advisor.explain;

import com.alliancetrust.advisor.domain.MaxItems;
import java.util.List;

/**
 * The reasoning behind an answer as one graph (the answer's {@code reasoning} section, written by
 * {@link ReasoningGraph}): each input fact, intermediate conclusion, rule and research source once,
 * with an id. The answer's explanations ({@link Explanation}) refer to them by id. An answer made now
 * names its rules by a short id of its own with their id in the rule catalogue, and its sources by
 * bibliography id, their texts being those of the catalogues of its version ({@code include=texts}
 * asks for them in the answer).
 */
public record Reasoning(@MaxItems(5_000) List<Fact> facts, @MaxItems(5_000) List<Conclusion> conclusions,
                        @MaxItems(5_000) List<Rule> rules, @MaxItems(1_000) List<Source> sources) {

    /** An input: the field as sent, its value, and both in words; UNKNOWN when a conclusion rests on its not being known. */
    public record Fact(String id, String field, String label, String value, String valueLabel) {
    }

    /** A conclusion drawn on the way, the rule that drew it, and the ids of the facts and conclusions it was drawn from. */
    public record Conclusion(String id, String statement, String rule, @MaxItems(1_000) List<String> basedOn) {
    }

    /**
     * A rule: what it says, the file it is in, the research it rests on (source ids) and that research's
     * confidence. In an answer that names its rules by id, only {@code id} (the answer's own short id) and
     * {@code rule} (the rule's id in the catalogue of the answer's version, {@code GET /api/v1/rules}) are given.
     */
    public record Rule(String id, String rule, String name, String file, String description, @MaxItems(200) List<String> sources,
                       String confidence) {
    }

    /**
     * A research source. {@code confidence} is the confidence the explanations citing it give it (that
     * of the rules citing it); null when they differ, each explanation then taking its first rule's.
     */
    public record Source(String id, String citation, String note, String confidence) {
    }

    /**
     * Why a conclusion or recommendation holds, by reference into the graph: the reason in words, the
     * facts it rests on, the chain of conclusions in between (each listed after those it rests on), the
     * rule that produced it, and the sources behind it. In an answer that names texts by id, a
     * {@code why} left out is the knowledge base's wording of the advice or business case statement
     * holding it, and {@code sources} left out are those of its rules (deciding rule first, then the
     * chain's, each source once).
     */
    public record Explanation(String why, @MaxItems(1_000) List<String> facts, @MaxItems(1_000) List<String> conclusions, String rule,
                              @MaxItems(200) List<String> sources) {
    }
}

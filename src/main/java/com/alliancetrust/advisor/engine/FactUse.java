package com.alliancetrust.advisor.engine;

import java.util.List;

/**
 * How one rule constrains an input fact, read from its conditions: the fact's name, the literal
 * values it compares the fact's text value with, and whether it compares the fact's number.
 *
 * @param name    the fact's name, or null when the rule does not name one fact (e.g. a name prefix)
 * @param values  the literal values compared with the fact's text value
 * @param number  whether the rule compares or binds the fact's number
 */
public record FactUse(String file, int line, String rule, String name, List<String> values, boolean number) {

    /** Where it is, as a reader of the rule files would look for it. */
    public String location() {
        return file + ":" + line;
    }
}

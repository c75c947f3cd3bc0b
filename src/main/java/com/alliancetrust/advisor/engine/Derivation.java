package com.alliancetrust.advisor.engine;

import java.util.List;

/** How a derived fact came about: the rule whose consequence inserted it and the facts that rule matched. */
public record Derivation(RuleInfo rule, List<Object> premises) {
}

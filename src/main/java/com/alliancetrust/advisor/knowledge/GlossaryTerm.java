package com.alliancetrust.advisor.knowledge;

import java.util.List;

public record GlossaryTerm(String id, String term, String definition, List<String> sources) {
}

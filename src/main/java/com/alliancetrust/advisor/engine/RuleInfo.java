package com.alliancetrust.advisor.engine;

import com.alliancetrust.advisor.knowledge.Confidence;
import java.util.List;

/**
 * A rule as the catalogue shows it. The name is the rule's business sentence; the id is that
 * sentence as a slug, stable as long as the sentence is. Category is the file's path under rules/.
 */
public record RuleInfo(String id, String name, String file, String category, String description,
                       List<String> sources, Confidence confidence) {
}

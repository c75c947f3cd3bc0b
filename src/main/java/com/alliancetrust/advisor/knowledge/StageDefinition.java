package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustStage;
import java.util.List;

public record StageDefinition(TrustStage id, String name, String seedName, List<String> signs, List<String> whatFits,
                              String onViolation, List<String> sources, Confidence confidence) {
}

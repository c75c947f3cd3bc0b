package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustElement;
import java.util.List;

public record ElementDefinition(TrustElement id, String name, String alsoKnownAs, String question, String definition,
                                String trustBasis, List<String> indicators, List<String> notes, List<String> sources) {
}

package com.alliancetrust.advisor.knowledge;

import com.alliancetrust.advisor.domain.TrustElement;
import java.util.List;

/** One item of the trust survey; a reverse-scored item measures less trust the more one agrees. */
public record SurveyItem(String id, TrustElement element, String text, boolean reverse, String basis, List<String> sources) {
}

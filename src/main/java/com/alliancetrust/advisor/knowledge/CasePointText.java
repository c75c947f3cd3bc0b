package com.alliancetrust.advisor.knowledge;

import java.util.List;

/** The wording of one statement of the business case (knowledge-base/business-case.yaml): the statement and why. */
public record CasePointText(String id, String statement, String why, List<String> sources) {
}

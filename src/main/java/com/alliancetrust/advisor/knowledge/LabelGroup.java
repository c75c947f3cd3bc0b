package com.alliancetrust.advisor.knowledge;

import java.util.Map;

/** The plain words for one group of codes ({@code verdict}, {@code level}, ...), code by code. */
public record LabelGroup(String group, Map<String, String> labels) {
}

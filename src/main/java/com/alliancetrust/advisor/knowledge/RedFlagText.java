package com.alliancetrust.advisor.knowledge;

public record RedFlagText(String id, String title, String text) {
}

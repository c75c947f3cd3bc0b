package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.Purpose;

/** Listing criteria; null means "any". Archived alliances are listed only when asked for. */
public record AllianceFilter(AllianceStatus status, Purpose purpose, String owner, String partner, boolean includeArchived) {
}

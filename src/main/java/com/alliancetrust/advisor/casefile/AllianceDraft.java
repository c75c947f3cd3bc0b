package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.Required;
import java.util.List;

/**
 * What a client sends to create or update an alliance. An update must carry the {@code version} it
 * was based on: a stale version is refused rather than silently overwriting someone else's change.
 */
public record AllianceDraft(@Required Partner partner, @Required Purpose purpose, @MaxItems(MAX_COUNTRIES) List<String> countries, AllianceStatus status,
                            String owner, String description, Integer version) {
    public static final int MAX_COUNTRIES = 50;
}

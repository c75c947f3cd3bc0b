package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.MaxItems;
import com.alliancetrust.advisor.domain.Partner;
import com.alliancetrust.advisor.domain.Purpose;
import java.util.List;

/** An alliance as a case file: its partner, purpose, countries, status and owner, and its version for optimistic updates. */
public record Alliance(String id, Partner partner, Purpose purpose, @MaxItems(AllianceDraft.MAX_COUNTRIES) List<String> countries, AllianceStatus status,
                       String owner, String description, String createdAt, String updatedAt, int version) {
}

package com.alliancetrust.advisor.monitoring;

import com.alliancetrust.advisor.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The company's settings (table described in {@code V10__organisation_settings.sql}); a setting with no row is not known. */
public final class OrganisationStore {
    static final String ALLIANCE_FUNCTION = "allianceFunction";

    public Organisation read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value, updated_at FROM organisation_settings WHERE name = ?")) {
            s.setString(1, ALLIANCE_FUNCTION);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Organisation.NOT_RECORDED;
                return new Organisation(Organisation.AllianceFunction.valueOf(r.getString(1)), r.getString(2));
            }
        }
    }

    /** Records the setting; NOT_KNOWN removes it, so that not known is never stored as an answer. */
    public void write(Connection c, Organisation organisation) throws SQLException {
        Sql.of("DELETE FROM organisation_settings WHERE name = :name").set("name", ALLIANCE_FUNCTION).update(c);
        if (organisation.allianceFunction() == Organisation.AllianceFunction.NOT_KNOWN) return;
        Sql.of("INSERT INTO organisation_settings (name, value, updated_at) VALUES (:name, :value, :at)")
                .set("name", ALLIANCE_FUNCTION).set("value", organisation.allianceFunction().name()).set("at", organisation.updatedAt())
                .update(c);
    }
}

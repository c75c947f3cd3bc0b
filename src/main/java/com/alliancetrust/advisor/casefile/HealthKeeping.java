package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.store.Database;

/** What the portfolio keeps of each alliance's health, told of the changes to the case files. */
public interface HealthKeeping {
    /** Keeps nothing. */
    HealthKeeping NONE = new HealthKeeping() {
        @Override
        public Database.SqlWork<?> opening(Alliance alliance) {
            return c -> null;
        }

        @Override
        public void changed(String allianceId) {
        }
    };

    /**
     * Work for the transaction that opens {@code alliance}: keeps its health, evaluated before the
     * transaction begins, so that the one commit holds the alliance and its health.
     */
    Database.SqlWork<?> opening(Alliance alliance);

    /** Told the id of an alliance once a change to it has committed. */
    void changed(String allianceId);
}

package com.alliancetrust.advisor.store;

import java.sql.SQLException;

/** The database failed; a server-side fault, not the client's. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** A unique or foreign-key constraint refused the write (SQL state class 23; SQLite reports code 19). */
    public boolean isConstraintViolation() {
        SQLException sql = (SQLException) getCause();
        return (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) || sql.getErrorCode() == 19;
    }
}

package com.alliancetrust.advisor.casefile;

/** Where an alliance stands; ARCHIVED case files are kept but left out of the default listing. */
public enum AllianceStatus {
    PROSPECT, NEGOTIATING, ACTIVE, SUSPENDED, ENDED, ARCHIVED
}

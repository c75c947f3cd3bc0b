package com.alliancetrust.advisor.domain;

/**
 * Clauses that organise the joint work: roles, decision rights, a joint committee, information sharing,
 * a change procedure, an escalation ladder, the alliance's scope, and obligations to disclose (conflicts
 * of interest, changes of control).
 */
public enum CoordinationProvision { ROLES, DECISION_RIGHTS, JOINT_COMMITTEE, INFORMATION_SHARING, CHANGE_PROCEDURE, ESCALATION_LADDER,
    SCOPE, DISCLOSURE_OBLIGATIONS }

package com.alliancetrust.advisor.domain;

/**
 * Clauses that deter or police: monitoring and audit of the work, penalties, liquidated damages, the
 * right for one side to end the deal, exclusivity or non-compete, audit rights over books and records,
 * and anti-corruption and compliance representations.
 */
public enum ControlProvision { MONITORING_AUDIT, PENALTIES, LIQUIDATED_DAMAGES, UNILATERAL_TERMINATION, EXCLUSIVITY, AUDIT_RIGHTS, ANTI_CORRUPTION }

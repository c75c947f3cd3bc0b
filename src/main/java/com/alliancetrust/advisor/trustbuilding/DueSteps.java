package com.alliancetrust.advisor.trustbuilding;

/**
 * The steps of an alliance's latest trust-building plan that need doing now: {@code due} counts the
 * open steps due within {@value TrustPlanStore#DUE_WITHIN_DAYS} days or already past their date,
 * {@code overdue} those past it; {@code nextStep} is the open step due first, with its date
 * ({@code nextDue}); none when every step is done or not applicable.
 */
public record DueSteps(int due, int overdue, String nextStep, String nextDue) {
}

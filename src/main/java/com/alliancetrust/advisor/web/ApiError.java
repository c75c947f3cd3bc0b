package com.alliancetrust.advisor.web;

/** The one error shape every 4xx and 5xx response uses. {@code field} is the JSON path at fault, if any. */
public record ApiError(int status, String error, String message, String field) {
}

package com.alliancetrust.advisor.casefile;

import java.util.List;

/** One page of a listing; pages count from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {
}

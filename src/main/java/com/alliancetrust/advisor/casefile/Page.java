package com.alliancetrust.advisor.casefile;

import com.alliancetrust.advisor.domain.InvalidInputException;
import java.util.List;

/** One page of a listing; pages count from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Refuses, naming the parameter, a page before the first or a size outside 1 to {@link #MAX_SIZE}. */
    public static void check(int page, int size) {
        if (page < 1) throw new InvalidInputException("page", "must be 1 or more, got " + page);
        if (size < 1 || size > MAX_SIZE) throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE + ", got " + size);
    }

    /** The number of items before this page. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}

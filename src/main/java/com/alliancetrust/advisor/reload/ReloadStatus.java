package com.alliancetrust.advisor.reload;

import java.util.List;

/**
 * What the admin endpoint reports: the version being served and since when, how many times it
 * was replaced, which directories are watched, and how the last reload attempt went.
 */
public record ReloadStatus(String version, String loadedAt, int reloads, List<String> watching, Attempt lastAttempt) {

    public enum Trigger { START, FILE_CHANGE, ADMIN }

    /** LOADED: a new version is served; UNCHANGED: the files give the version already served; FAILED: the previous version stays. */
    public enum Outcome { LOADED, UNCHANGED, FAILED }

    /** One reload attempt; {@code version} is what the files on disk would give, when they could be read. */
    public record Attempt(Trigger trigger, String at, Outcome outcome, String version, long durationMillis, List<Problem> errors) {
    }
}

package com.alliancetrust.advisor.domain;

/** What the alliance is for. */
public enum Purpose { JOINT_RND, INNOVATION, CO_MARKETING, SUPPLY, DISTRIBUTION, LICENSING, JOINT_VENTURE, OTHER }

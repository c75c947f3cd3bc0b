package com.alliancetrust.advisor;

import com.alliancetrust.advisor.content.ContentLocator;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.wiring.Capabilities;
import java.nio.file.Path;

/** The advisor built once from the project's own rules/ and knowledge-base/, shared by the tests. */
public final class TestAdvisor {
    private static final Advisor ADVISOR = Capabilities.load(new ContentLocator(Path.of("")).load());

    private TestAdvisor() {
    }

    public static Advisor get() {
        return ADVISOR;
    }
}

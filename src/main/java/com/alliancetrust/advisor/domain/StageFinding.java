package com.alliancetrust.advisor.domain;

/** The trust stage the relationship has most likely reached. */
public record StageFinding(TrustStage stage) implements Conclusion {
    public TrustStage getStage() { return stage; }

    @Override
    public String statement() {
        return "likely trust stage: " + stage.words();
    }
}

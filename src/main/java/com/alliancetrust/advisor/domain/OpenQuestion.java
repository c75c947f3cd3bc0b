package com.alliancetrust.advisor.domain;

/** A question whose answer is still needed for one part of a diagnosis; the most decisive is asked first. */
public record OpenQuestion(int part, String question, int weight) implements Conclusion {
    public int getPart() { return part; }
    public String getQuestion() { return question; }

    @Override
    public String statement() {
        return "still to ask (part " + part + "): " + question;
    }
}

package com.alliancetrust.advisor.domain;

/** A finding serious enough to be named on its own; its wording lives in the knowledge base. */
public record RedFlag(String id, TrustElement element, Severity severity) implements Conclusion {
    public String getId() { return id; }
    public TrustElement getElement() { return element; }
    public Severity getSeverity() { return severity; }

    @Override
    public String statement() {
        return "red flag (" + severity + ", " + element.key() + "): " + id;
    }
}

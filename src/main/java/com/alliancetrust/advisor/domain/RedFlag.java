package com.alliancetrust.advisor.domain;

/**
 * A finding serious enough to be named on its own; its wording, the best verdict it allows until it
 * is resolved and how it is resolved live in the knowledge base. An {@code alleged} flag rests on
 * reports or an unresolved match, not on an established fact: it caps the verdict until verified,
 * but does not by itself put its element at LOW.
 */
public record RedFlag(String id, TrustElement element, Severity severity, boolean alleged) implements Conclusion {

    public RedFlag(String id, TrustElement element, Severity severity) {
        this(id, element, severity, false);
    }

    public static RedFlag alleged(String id, TrustElement element, Severity severity) {
        return new RedFlag(id, element, severity, true);
    }

    public String getId() { return id; }
    public TrustElement getElement() { return element; }
    public Severity getSeverity() { return severity; }
    public boolean isAlleged() { return alleged; }

    @Override
    public String statement() {
        return "red flag (" + severity.name().toLowerCase() + (alleged ? ", alleged" : "") + ", " + element.key() + "): " + id;
    }
}

package com.alliancetrust.advisor.knowledge;

/** The knowledge base cannot be used: unreadable, malformed, or referring to something that does not exist. */
public class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message) {
        super(message);
    }
}

package com.alliancetrust.advisor.domain;

/** A fact the client supplied (as opposed to one a rule derived): explanations list these as the evidence. */
public interface Input {
    String inputName();

    String inputValue();
}

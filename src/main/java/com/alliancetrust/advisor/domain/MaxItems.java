package com.alliancetrust.advisor.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most items a list of a request may hold. Declared on the record component; the JSON reader
 * refuses a longer list with a 400 naming the field, and the OpenAPI description states it as
 * {@code maxItems}. Every list a request can carry has one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface MaxItems {
    int value();
}

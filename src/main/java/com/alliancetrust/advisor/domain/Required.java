package com.alliancetrust.advisor.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field a request must carry; every other field is optional. Declared on the record component, so
 * that the OpenAPI description lists it as {@code required} from the same place the type is defined;
 * the capability's own input check refuses a request without it, with a 400 naming the field
 * ({@code RequiredFieldsTest} checks that each one does).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}

package com.alliancetrust.advisor.wiring;

import com.alliancetrust.advisor.domain.MaxItems;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.Collection;

/**
 * Refuses, while reading JSON, a list longer than the {@link MaxItems} of the record component it
 * fills: every collection reader is wrapped, and the wrapper takes its limit from the property it
 * reads. Jackson adds the path of the list to the failure, so the answer names the field.
 */
public final class ListLimits extends BeanDeserializerModifier {

    /** A list past its limit; the message is for the client as it stands. */
    public static final class TooManyItems extends MismatchedInputException {
        TooManyItems(JsonParser parser, int max, int size) {
            super(parser, "lists at most " + max + " items, got " + size, Collection.class);
        }
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription description,
                                                            JsonDeserializer<?> deserializer) {
        return new Limited(deserializer, 0);
    }

    private static final class Limited extends DelegatingDeserializer {
        private final int max; // 0: no limit declared

        Limited(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Limited(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            Limited contextual = (Limited) super.createContextual(ctxt, property);
            MaxItems limit = property == null ? null : property.getAnnotation(MaxItems.class);
            return limit == null ? contextual : new Limited(contextual._delegatee, limit.value());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(parser, ctxt);
            if (max > 0 && value instanceof Collection<?> items && items.size() > max) throw new TooManyItems(parser, max, items.size());
            return value;
        }
    }
}

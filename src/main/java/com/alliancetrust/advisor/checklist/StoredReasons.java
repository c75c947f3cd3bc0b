package com.alliancetrust.advisor.checklist;

import com.alliancetrust.advisor.explain.Explanation;
import com.alliancetrust.advisor.store.JsonText;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An item's reasons as kept in the store, together with the JSON they are written as. Reasons never
 * change once stored, yet every read and every mark of a checklist wrote all its items' reasons
 * again, half of the answer. Their JSON is made once: when they are stored, or when they are first
 * read, written once more as the mapper writes them now (so a text stored by an earlier version is
 * sent in today's form). It is sent as it is only into compact JSON text; into anything else (a
 * tree, an indented text) the reasons are written as any list is.
 */
@JsonSerialize(using = StoredReasons.Writer.class)
final class StoredReasons extends AbstractList<Explanation> implements RandomAccess {
    private static final TypeReference<List<Explanation>> REASONS = new TypeReference<>() {};

    private final List<Explanation> reasons;
    /** The reasons as the store's mapper writes them, kept as UTF-8 bytes once first sent. */
    private final SerializedString json;

    private StoredReasons(List<Explanation> reasons, SerializedString json) {
        this.reasons = reasons;
        this.json = json;
    }

    /** The reasons stored as {@code stored}, read with {@code text}, and written again with it. */
    static StoredReasons read(JsonText text, String stored) {
        List<Explanation> reasons = text.read(stored, REASONS);
        return written(reasons, text.write(reasons));
    }

    /** Reasons just written as {@code json} by the store's mapper. */
    static StoredReasons written(List<Explanation> reasons, String json) {
        return new StoredReasons(List.copyOf(reasons), new SerializedString(json));
    }

    @Override
    public Explanation get(int index) {
        return reasons.get(index);
    }

    @Override
    public int size() {
        return reasons.size();
    }

    static final class Writer extends StdSerializer<StoredReasons> {
        Writer() {
            super(StoredReasons.class);
        }

        @Override
        public void serialize(StoredReasons value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen instanceof JsonGeneratorImpl && gen.getPrettyPrinter() == null) {
                gen.writeRawValue(value.json);
            } else {
                provider.findValueSerializer(value.reasons.getClass()).serialize(value.reasons, gen, provider);
            }
        }
    }
}

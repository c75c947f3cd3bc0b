package com.alliancetrust.advisor.wiring;

import com.alliancetrust.advisor.domain.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The JSON mapper of the API: strict on input (no unknown fields, no silent coercions, no null in a
 * list, no list longer than its {@link com.alliancetrust.advisor.domain.MaxItems}, no NUL character in a text,
 * which PostgreSQL cannot store).
 */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                // The same key twice is refused rather than the last one silently winning.
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                // A null in a list is never meaningful (unlike a null evidence item, which means unknown).
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withConfigOverride(Set.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .addModule(new SimpleModule("texts").addDeserializer(String.class, new TextWithoutNul()))
                .addModule(new SimpleModule("list-limits").setDeserializerModifier(new ListLimits()))
                .addModule(new BlackbirdModule())
                .build();
    }

    /**
     * Refuses bytes that are not well-formed UTF-8 (overlong forms and lone surrogates included), which
     * a lenient decoder would turn into other characters than the sender's.
     */
    public static void requireUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("(body)", "is not well-formed UTF-8 text");
        }
    }

    /** A text as Jackson reads it, refused if it holds a NUL character. */
    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = super.deserialize(p, ctx);
            if (text != null && text.indexOf(0) >= 0) {
                throw InvalidFormatException.from(p, "must not contain the NUL character (\\u0000)", text, String.class);
            }
            return text;
        }
    }
}

package com.alliancetrust.advisor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Malformed and mutated requests for every operation the server's own OpenAPI description lists,
 * so that an endpoint added later is fuzzed without a change here. A request starts from a valid
 * one (a realistic body where one is known, otherwise one generated from the request schema) and is
 * then broken: wrong types, huge and negative numbers, unknown enum values and fields, deep
 * nesting, huge strings, odd unicode, broken JSON, wrong content types, ids that do not exist, and
 * lists at their declared limit ({@code maxItems}) or one item past it, which must be refused naming the list.
 */
final class FuzzRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String GENERATED = "generated from the schema";
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "APPLICATION/JSON", "application/jsonx", "*/*");
    private static final List<String> GARBAGE_IDS = List.of("does-not-exist", "00000000-0000-0000-0000-000000000000", "-1", "0",
            "null", "undefined", "..", "../../etc/passwd", "%00", "' OR '1'='1", "<script>alert(1)</script>", "\u00fcn\u00efc\u00f8d\u00e9",
            "\uD83D\uDE00", "x".repeat(3000), " ", "1e309", "%2e%2e%2f");
    private static final List<String> GARBAGE_QUERY = List.of("", "-1", "0", "2147483648", "99999999999999999999", "abc", "UNKNOWN",
            "2026-02-30", "2026-13-01", "01/02/2026", "true", "null", "%", "\u00e9", "x".repeat(2000), "MARKDOWN", "1.5");
    private static final List<String> UNICODE = List.of("\u0000", "\uD800", "\uDFFF", "\uFEFF", "\u202E gnirts", "\u2028\u2029",
            "e\u0301\u0301\u0301", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u0645\u0631\u062D\u0628\u0627", "\t\r\n", "\\", "\"");

    /** One operation of the API: {@code POST /api/v1/diagnoses/{id}/answers}. */
    record Operation(String method, String template, JsonNode requestSchema, List<JsonNode> parameters) {
        String name() {
            return method + " " + template;
        }
    }

    /**
     * A request as sent, with how it was made (for the failure message); {@code refusedList} names the
     * list that is past its limit when that alone is wrong with the request, and the refusal must name it.
     */
    record Request(Operation operation, String method, String path, String contentType, byte[] body, String how, String refusedList) {
        @Override
        public String toString() {
            String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "..." : path) + " [" + how + "] Content-Type: "
                    + contentType + "\n" + (text.length() > 1500 ? text.substring(0, 1500) + "... (" + body.length + " bytes)" : text);
        }
    }

    private final JsonNode spec;
    private final List<Operation> operations = new ArrayList<>();
    /** Real ids by path parameter kind: "alliances", "assessments", "diagnoses", "checklists", "items". */
    private final Map<String, List<String>> ids;
    /** Realistic bodies by operation name, with the ids they need filled in. */
    private final Map<String, List<JsonNode>> seeds;
    private final long maxBodyBytes;

    FuzzRequests(JsonNode spec, Map<String, List<String>> ids, Map<String, List<JsonNode>> seeds, long maxBodyBytes) {
        this.spec = spec;
        this.ids = ids;
        this.seeds = seeds;
        this.maxBodyBytes = maxBodyBytes;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) continue;
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                List<JsonNode> parameters = new ArrayList<>();
                op.path("parameters").forEach(parameters::add);
                operations.add(new Operation(method.toUpperCase(), path.getKey(), schema.isMissingNode() ? null : schema, parameters));
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** A new request to a random operation, broken in a random way. */
    Request next(Random random) {
        Operation op = operations.get(random.nextInt(operations.size()));
        List<String> how = new ArrayList<>();
        String method = op.method();
        if (random.nextInt(40) == 0) {
            method = pick(random, List.of("DELETE", "PATCH", "PUT", "POST", "GET"));
            how.add("method " + method);
        }
        String path = path(op, random, how) + query(op, random, how);
        if (op.requestSchema() != null && random.nextInt(10) == 0) {
            Request limited = limitedList(op, method, path, random, how);
            if (limited != null) return limited;
        }
        String contentType = "application/json";
        byte[] body = null;
        if (op.requestSchema() != null || random.nextInt(10) == 0) {
            body = body(op, random, how);
            if (random.nextInt(12) == 0) {
                contentType = random.nextInt(6) == 0 ? null : pick(random, CONTENT_TYPES);
                how.add("content type " + contentType);
            }
        }
        return new Request(op, method, path, body == null ? null : contentType, body, String.join(", ", how), null);
    }

    // --- lists at and past their limits ---

    /** A list of a request body, where it sits, its declared limit and an item to fill it with. */
    private record Limited(ObjectNode parent, String name, String field, int max, JsonNode item) {
    }

    /**
     * A valid seed with one of its lists (present or not) filled to its limit or one item past it.
     * Null when the operation's body has no list small enough to send whole at its limit.
     */
    private Request limitedList(Operation op, String method, String path, Random random, List<String> how) {
        JsonNode body = seed(op, random, how).deepCopy();
        List<Limited> lists = new ArrayList<>();
        lists(body, op.requestSchema(), "", random, lists);
        lists.removeIf(l -> (long) write(l.item()).length * (l.max() + 1) > 4 * maxBodyBytes);
        if (lists.isEmpty()) return null;
        Limited list = pick(random, lists);
        boolean past = random.nextBoolean();
        ArrayNode items = NODES.arrayNode();
        for (int i = list.max() + (past ? 1 : 0); i > 0; i--) items.add(list.item().deepCopy());
        list.parent().set(list.name(), items);
        how.add(list.field() + " with " + items.size() + " items (limit " + list.max() + ")");
        boolean onlyThat = method.equals(op.method()) && !how.contains(GENERATED); // a generated seed may be refused for something else first
        return new Request(op, method, path, "application/json", write(body), String.join(", ", how), past && onlyThat ? list.field() : null);
    }

    /** The lists with a declared limit in {@code node}, read with its schema; {@code at} is the JSON path of the node. */
    private void lists(JsonNode node, JsonNode schema, String at, Random random, List<Limited> found) {
        schema = resolve(schema);
        if (!(node instanceof ObjectNode object)) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode propertySchema = resolve(property.getValue());
            JsonNode value = object.get(property.getKey());
            String field = at.isEmpty() ? property.getKey() : at + "." + property.getKey();
            if (propertySchema.has("maxItems")) {
                JsonNode item = value != null && value.isArray() && !value.isEmpty() ? value.get(0) : example(propertySchema.path("items"), random, 0);
                found.add(new Limited(object, property.getKey(), field, propertySchema.get("maxItems").asInt(), item));
            }
            if (value != null && value.isArray()) {
                for (int i = 0; i < value.size(); i++) lists(value.get(i), propertySchema.path("items"), field + "[" + i + "]", random, found);
            } else if (value != null) {
                lists(value, propertySchema, field, random, found);
            }
        }
    }

    // --- paths and query strings ---

    private String path(Operation op, Random random, List<String> how) {
        List<String> segments = new ArrayList<>();
        for (String segment : op.template().split("/", -1)) {
            if (!segment.startsWith("{")) {
                segments.add(segment);
                continue;
            }
            List<String> real = ids.getOrDefault(kind(op.template(), segment), List.of());
            if (!real.isEmpty() && random.nextInt(3) > 0) {
                segments.add(pick(random, real));
            } else {
                String garbage = random.nextInt(4) == 0 ? randomText(random, 1 + random.nextInt(40)) : pick(random, GARBAGE_IDS);
                how.add(segment + " = " + abbreviate(garbage));
                segments.add(encode(garbage));
            }
        }
        return String.join("/", segments);
    }

    /** Which kind of record a path parameter names, from the segment before it. */
    private static String kind(String template, String parameter) {
        if (parameter.equals("{itemId}")) return "items";
        String before = template.substring(0, template.indexOf(parameter));
        String[] parts = before.split("/");
        return parts[parts.length - 1];
    }

    private String query(Operation op, Random random, List<String> how) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : op.parameters()) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextBoolean()) continue;
            String name = parameter.path("name").asText();
            String value = random.nextBoolean() ? validValue(parameter.path("schema"), random) : pick(random, GARBAGE_QUERY);
            pairs.add(encode(name) + "=" + encode(value));
            how.add("?" + name + "=" + abbreviate(value));
        }
        if (random.nextInt(20) == 0) {
            pairs.add("unknownParameter=" + encode(randomText(random, 5)));
            how.add("unknown query parameter");
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String validValue(JsonNode schema, Random random) {
        JsonNode example = example(schema, random, 0);
        return example.isTextual() ? example.asText() : example.toString();
    }

    // --- bodies ---

    private byte[] body(Operation op, Random random, List<String> how) {
        JsonNode seed = seed(op, random, how);
        int kind = random.nextInt(100);
        if (kind < 4) {
            how.add("empty body");
            return new byte[0];
        }
        if (kind < 8) {
            String whole = pick(random, List.of("null", "[]", "{}", "\"text\"", "123", "true", "[{}]", "{\"\":{}}"));
            how.add("body " + whole);
            return whole.getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 11) {
            how.add("random bytes");
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            return bytes;
        }
        if (kind < 13) {
            how.add("deep nesting");
            return deepNesting(random).getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 15) return overLimit(random, how);
        JsonNode mutated = seed.deepCopy();
        int mutations = kind < 25 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) mutated = mutate(mutated, random, how);
        byte[] text = write(mutated);
        // Mutations compound (many copies of a long text): past a few times the limit, what is tested is
        // only that the server refuses a body too large, so send one that is just over it instead of
        // hundreds of megabytes that no server drains to the end before answering.
        if (text.length > 4 * maxBodyBytes) return overLimit(random, how);
        if (random.nextInt(6) == 0) text = breakText(text, random, how);
        if (mutations == 0 && how.isEmpty()) how.add("valid seed");
        return text;
    }

    private byte[] overLimit(Random random, List<String> how) {
        how.add("a body over the size limit");
        return ("{\"partner\": {\"name\": \"" + "x".repeat((int) maxBodyBytes + random.nextInt(1000)) + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode seed(Operation op, Random random, List<String> how) {
        List<JsonNode> known = seeds.getOrDefault(op.name(), List.of());
        if (!known.isEmpty() && random.nextInt(4) > 0) {
            JsonNode seed = pick(random, known);
            // Ids seen for the first time: a backup then imports, a reference then names nothing.
            if (random.nextInt(op.template().endsWith("/import") ? 2 : 10) == 0) {
                how.add("fresh ids");
                return readTree(freshIds(seed.toString()));
            }
            return seed;
        }
        if (op.requestSchema() == null) return NODES.objectNode();
        how.add(GENERATED);
        return example(op.requestSchema(), random, 0);
    }

    /** A value the schema allows: required properties always, optional ones now and then. */
    private JsonNode example(JsonNode schema, Random random, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) return pick(random, list(schema.get("enum")));
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || (depth < 4 && random.nextInt(3) > 0)) {
                        object.set(property.getKey(), example(property.getValue(), random, depth + 1));
                    }
                }
                if (schema.path("additionalProperties").isObject() && depth < 4) {
                    for (int i = random.nextInt(3); i > 0; i--) {
                        object.set(randomText(random, 6), example(schema.get("additionalProperties"), random, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = depth < 4 ? random.nextInt(4) : 0; i > 0; i--) array.add(example(schema.path("items"), random, depth + 1));
                return array;
            }
            case "string" -> {
                if ("date".equals(schema.path("format").asText())) return NODES.textNode("2026-0" + (1 + random.nextInt(9)) + "-15");
                return NODES.textNode(pick(random, List.of("JP", "Kanto Precision", "x", "DE", "2026-01-01", "owner@example.com")));
            }
            case "integer" -> {
                int min = schema.path("minimum").asInt(0);
                int max = schema.path("maximum").asInt(min + 20);
                return NODES.numberNode(min + random.nextInt(Math.max(1, max - min + 1)));
            }
            case "number" -> {
                return NODES.numberNode(random.nextDouble() * 5);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return random.nextBoolean() ? NODES.textNode("anything") : NODES.numberNode(random.nextInt(10));
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = spec.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) if (!t.asText().equals("null")) return t.asText();
            return "null";
        }
        return type.asText("any");
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The same text with every id replaced by a new one, the same id by the same new one. */
    private static String freshIds(String text) {
        Map<String, String> fresh = new java.util.HashMap<>();
        return UUID.matcher(text).replaceAll(m -> fresh.computeIfAbsent(m.group(), k -> java.util.UUID.randomUUID().toString()));
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- mutations of a JSON tree ---

    /** A place in the tree: the container holding a value and its field name or index (root: no container). */
    private record Place(ContainerNode<?> parent, String field, int index, JsonNode value) {
    }

    private JsonNode mutate(JsonNode root, Random random, List<String> how) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(null, null, -1, root));
        collect(root, places);
        Place place = pick(random, places);
        int kind = random.nextInt(14);
        if (kind == 0 && place.value() instanceof ObjectNode object) {
            String field = pick(random, List.of("zzUnknown", "__proto__", "constructor", "", "évidence", "id"));
            object.set(field, NODES.numberNode(1));
            how.add("unknown field '" + field + "' at " + at(place));
            return root;
        }
        if (kind == 1 && place.parent() != null) {
            if (place.parent() instanceof ObjectNode parent) parent.remove(place.field());
            else ((ArrayNode) place.parent()).remove(place.index());
            how.add("removed " + at(place));
            return root;
        }
        JsonNode replacement = switch (kind) {
            case 2, 3 -> wrongType(place.value(), random);
            case 4 -> pick(random, List.of(NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                    NODES.numberNode(2147483648L), NODES.numberNode(-2147483649L), NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(1.7976931348623157e308), NODES.numberNode(new java.math.BigDecimal("1e400"))));
            case 5 -> pick(random, List.of(NODES.numberNode(-1), NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(-0.0),
                    NODES.numberNode(-999999)));
            case 6 -> NODES.textNode(pick(random, List.of("NOT_A_VALUE", "", "unknown", " SUPPLY", "supply", "PROCEED;DROP")));
            case 7 -> NODES.textNode(place.value().isTextual() ? place.value().asText().toLowerCase() + "_X" : "X");
            case 8 -> NODES.textNode("y".repeat(random.nextBoolean() ? 5_000 : (int) (maxBodyBytes / 2)));
            case 9 -> NODES.textNode(pick(random, UNICODE) + (place.value().isTextual() ? place.value().asText() : ""));
            case 10 -> NODES.nullNode();
            case 11 -> random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode();
            case 12 -> manyElements(place.value(), random);
            default -> place.value().isNumber() ? NODES.numberNode(place.value().asDouble() + 0.5)
                    : NODES.textNode(place.value().asText());
        };
        how.add("replaced " + at(place) + " with " + abbreviate(replacement.toString()));
        if (place.parent() == null) return replacement;
        if (place.parent() instanceof ObjectNode parent) parent.set(place.field(), replacement);
        else ((ArrayNode) place.parent()).set(place.index(), replacement);
        return root;
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                places.add(new Place(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i, array.get(i)));
                collect(array.get(i), places);
            }
        }
    }

    private static String at(Place place) {
        return place.parent() == null ? "the body" : place.field() != null ? "'" + place.field() + "'" : "[" + place.index() + "]";
    }

    private static JsonNode wrongType(JsonNode value, Random random) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.textNode("12"), NODES.numberNode(12), NODES.numberNode(2.5),
                NODES.booleanNode(true), NODES.arrayNode().add("a"), NODES.objectNode().put("a", 1), NODES.textNode("true")));
        others.removeIf(o -> o.getNodeType() == value.getNodeType());
        return pick(random, others);
    }

    private static JsonNode manyElements(JsonNode value, Random random) {
        ArrayNode array = NODES.arrayNode();
        JsonNode element = value.isArray() && !value.isEmpty() ? value.get(0) : value;
        for (int i = 500 + random.nextInt(2000); i > 0; i--) array.add(element.deepCopy());
        return array;
    }

    // --- broken text ---

    private static byte[] breakText(byte[] text, Random random, List<String> how) {
        String s = new String(text, StandardCharsets.UTF_8);
        int at = s.isEmpty() ? 0 : random.nextInt(s.length());
        List<Function<String, String>> breaks = List.of(
                t -> t.substring(0, at),
                t -> t.substring(0, at) + pick(random, List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "'")) + t.substring(at),
                t -> t + pick(random, List.of(" {}", ",", " x", "\u0000", "]")),
                t -> t.replaceFirst("\\d+(\\.\\d+)?", pick(random, List.of("NaN", "Infinity", "-Infinity", "0x1F", "007", "1e", "--1"))),
                t -> t.replace('"', '\''),
                t -> "/* comment */ " + t,
                t -> t.replaceFirst("\\{\"", "{\"dup\": 1, \"dup\": 2, \""));
        int which = random.nextInt(breaks.size() + 2);
        if (which == breaks.size()) {
            how.add("byte order mark");
            return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);
        }
        if (which == breaks.size() + 1) {
            how.add("invalid UTF-8");
            int cut = text.length == 0 ? 0 : random.nextInt(text.length);
            return concat(concat(java.util.Arrays.copyOfRange(text, 0, cut), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}),
                    java.util.Arrays.copyOfRange(text, cut, text.length));
        }
        how.add("broken JSON (" + which + " at " + at + ")");
        return breaks.get(which).apply(s).getBytes(StandardCharsets.UTF_8);
    }

    private static String deepNesting(Random random) {
        int depth = 1_500 + random.nextInt(50_000);
        boolean arrays = random.nextBoolean();
        StringBuilder b = new StringBuilder(depth * 8);
        for (int i = 0; i < depth; i++) b.append(arrays ? "[" : "{\"a\":");
        b.append('1');
        for (int i = 0; i < depth; i++) b.append(arrays ? ']' : '}');
        return b.toString();
    }

    // --- helpers ---

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.appendCodePoint(random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x2FF) : 'a' + random.nextInt(26));
        return b.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " chars)" : text;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Counts per operation and status, for the summary printed at the end. */
    static final class Tally {
        private final Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();

        synchronized void add(String operation, int status) {
            counts.computeIfAbsent(operation, k -> new java.util.TreeMap<>()).merge(status, 1, Integer::sum);
        }

        synchronized int total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        synchronized String report() {
            StringBuilder b = new StringBuilder();
            Map<Integer, Integer> all = new java.util.TreeMap<>();
            counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
                b.append(String.format("  %-48s %5d  %s%n", e.getKey(), n, e.getValue()));
                e.getValue().forEach((status, c) -> all.merge(status, c, Integer::sum));
            });
            return String.format("%d requests to %d operations; statuses %s%n", total(), counts.size(), all) + b;
        }
    }
}

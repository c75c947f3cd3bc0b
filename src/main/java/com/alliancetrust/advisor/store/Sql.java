package com.alliancetrust.advisor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * One SQL statement whose parameters are named in its text ({@code :name}) and bound by name, so
 * that no one counts question marks. A name may appear more than once; every name must be bound,
 * and every value bound must be named in the text. Quoted text and PostgreSQL casts ({@code ::}) are
 * left as they are.
 *
 * <pre>{@code
 * Sql.of("UPDATE alliances SET owner = :owner WHERE id = :id").set("owner", owner).set("id", id).update(c);
 * }</pre>
 */
public final class Sql {
    @FunctionalInterface
    private interface Value {
        void bind(PreparedStatement s, int index) throws SQLException;
    }

    private final String jdbc;
    private final List<String> names;
    private final Map<String, Value> values = new HashMap<>();

    private Sql(String jdbc, List<String> names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The statement {@code sql}, its {@code :name} parameters not yet bound. */
    public static Sql of(String sql) {
        Parsed parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (PARSED.size() < MAX_PARSED) PARSED.put(sql, parsed);
        }
        return new Sql(parsed.jdbc(), parsed.names());
    }

    /** A statement's text for JDBC and its parameters in order. */
    private record Parsed(String jdbc, List<String> names) {
    }

    /**
     * Statements already parsed, by their text: the application's statements are a few dozen texts
     * made from constants, run over and over (a portfolio page parses two long ones on every read).
     */
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 1_000;

    private static Parsed parse(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') quoted = !quoted;
            if (!quoted && ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) end++;
                names.add(sql.substring(i + 1, end));
                jdbc.append('?');
                i = end - 1;
            } else {
                jdbc.append(ch);
            }
        }
        return new Parsed(jdbc.toString(), List.copyOf(names));
    }

    public Sql set(String name, String value) {
        return put(name, (s, i) -> s.setString(i, value));
    }

    public Sql set(String name, int value) {
        return put(name, (s, i) -> s.setInt(i, value));
    }

    public Sql set(String name, long value) {
        return put(name, (s, i) -> s.setLong(i, value));
    }

    private Sql put(String name, Value value) {
        if (!names.contains(name)) throw new IllegalArgumentException("No parameter :" + name + " in " + jdbc);
        values.put(name, value);
        return this;
    }

    /** Prepares the statement with the values bound so far; the caller closes it. */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement s = c.prepareStatement(jdbc);
        try {
            bind(s);
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void bind(PreparedStatement s) throws SQLException {
        if (!values.keySet().containsAll(names)) {
            List<String> missing = names.stream().filter(n -> !values.containsKey(n)).distinct().toList();
            throw new IllegalStateException("Parameters not bound: " + missing + " in " + jdbc);
        }
        for (int i = 0; i < names.size(); i++) values.get(names.get(i)).bind(s, i + 1);
    }

    /** Runs the statement once; the number of rows it changed. */
    public int update(Connection c) throws SQLException {
        try (PreparedStatement s = prepare(c)) {
            return s.executeUpdate();
        }
    }

    /** Runs the statement once for each of {@code rows} rows, as one batch; {@code bindRow} sets the values of row i. */
    public void batch(Connection c, int rows, IntConsumer bindRow) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(jdbc)) {
            for (int i = 0; i < rows; i++) {
                bindRow.accept(i);
                bind(s);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}

package com.alliancetrust.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements with named parameters: each name bound wherever it appears, quoted text left alone, a missing or unknown name refused. */
class SqlTest {
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private String one(Sql sql) throws SQLException {
        try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void a_name_used_twice_is_bound_in_both_places_and_quoted_text_is_not_a_parameter() throws SQLException {
        assertThat(one(Sql.of("SELECT :a || ' :b ' || :n || :a").set("a", "x").set("n", 7))).isEqualTo("x :b 7x");
    }

    @Test
    void a_name_left_unbound_or_one_not_in_the_statement_is_refused_before_anything_runs() {
        assertThatThrownBy(() -> one(Sql.of("SELECT :a, :b").set("a", "x"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("[b]");
        assertThatThrownBy(() -> Sql.of("SELECT :a").set("b", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":b");
    }

    @Test
    void a_batch_binds_each_row_by_name() throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE t (position INTEGER, name TEXT)");
        }
        String[] names = {"first", "second", "third"};
        Sql insert = Sql.of("INSERT INTO t (name, position) VALUES (:name, :position)");
        insert.batch(c, names.length, i -> insert.set("position", i).set("name", names[i]));
        assertThat(one(Sql.of("SELECT group_concat(position || '=' || name, ',') FROM t WHERE position >= :from").set("from", 0L)))
                .isEqualTo("0=first,1=second,2=third");
    }
}

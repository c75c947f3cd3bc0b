package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaults_to_loopback_port_7070_the_current_directory_no_token_and_20_requests_a_second() {
        assertThat(Settings.parse(new String[0], Map.of()))
                .isEqualTo(new Settings("127.0.0.1", 7070, Path.of("."), Path.of("data"), null, null, null, 20, List.of()));
    }

    @Test
    void environment_overrides_defaults_and_options_override_environment() {
        Map<String, String> env = Map.of("HOST", "0.0.0.0", "PORT", "8080", "ADVISOR_HOME", "/srv/advisor",
                "ADVISOR_TOKEN", "env-token-0123456789", "ADVISOR_ADMIN_TOKEN", "env-admin-0123456789", "ADVISOR_RATE_LIMIT", "0");
        assertThat(Settings.parse(new String[0], env)).isEqualTo(new Settings("0.0.0.0", 8080, Path.of("/srv/advisor"), Path.of("data"),
                null, "env-token-0123456789", "env-admin-0123456789", 0, List.of()));
        assertThat(Settings.parse(new String[] {"--port", "9000", "--host", "::1", "--token", "cli-token", "--admin-token", "cli-admin",
                "--rate-limit", "5"}, env))
                .isEqualTo(new Settings("::1", 9000, Path.of("/srv/advisor"), Path.of("data"), null, "cli-token", "cli-admin", 5, List.of()));
    }

    @Test
    void the_host_names_to_answer_to_come_from_the_environment_or_the_option() {
        assertThat(Settings.parse(new String[0], Map.of("ADVISOR_ALLOWED_HOSTS", "Advisor.Example.com, 192.0.2.10")).allowedHosts())
                .containsExactly("advisor.example.com", "192.0.2.10");
        assertThat(Settings.parse(new String[] {"--allowed-hosts", "intranet"}, Map.of("ADVISOR_ALLOWED_HOSTS", "other")).allowedHosts())
                .containsExactly("intranet");
    }

    @Test
    void the_admin_token_may_not_equal_the_access_token() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--token", "same-token-0123456789", "--admin-token", "same-token-0123456789"},
                Map.of())).hasMessageContaining("admin token must differ from the access token");
    }

    @Test
    void listening_beyond_loopback_without_an_access_token_is_refused_with_what_to_do() {
        for (String host : new String[] {"0.0.0.0", "::", "192.0.2.10"}) {
            assertThatThrownBy(() -> Settings.parse(new String[] {"--host", host}, Map.of()))
                    .as(host).hasMessageContaining("Refusing to listen on " + host + " without an access token")
                    .hasMessageContaining("ADVISOR_TOKEN");
            assertThatThrownBy(() -> Settings.parse(new String[] {"--host", host, "--token", "  "}, Map.of())).as("blank token on " + host)
                    .hasMessageContaining("without an access token");
            assertThat(Settings.parse(new String[] {"--host", host}, Map.of("ADVISOR_TOKEN", "a-long-enough-token")).token())
                    .isEqualTo("a-long-enough-token");
        }
        for (String loopback : new String[] {"127.0.0.1", "127.0.0.2", "::1", "localhost"}) {
            assertThat(Settings.parse(new String[] {"--host", loopback}, Map.of()).token()).as(loopback).isNull();
        }
    }

    @Test
    void a_bad_rate_limit_is_refused_and_the_tokens_are_never_printed() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--rate-limit", "lots"}, Map.of())).hasMessageContaining("rate limit")
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> Settings.parse(new String[0], Map.of("ADVISOR_RATE_LIMIT", "-1"))).hasMessageContaining("between 0");
        Settings s = Settings.parse(new String[] {"--token", "very-secret-access", "--admin-token", "very-secret-admin"}, Map.of());
        assertThat(s.toString()).doesNotContain("very-secret-access", "very-secret-admin").contains("token=set");
    }

    @Test
    void a_bad_port_or_an_unknown_option_is_refused_with_a_message() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port", "seventy"}, Map.of())).hasMessageContaining("Port must be a number");
        assertThatThrownBy(() -> Settings.parse(new String[0], Map.of("PORT", "70000"))).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--colour", "red"}, Map.of())).hasMessageContaining("Unknown option --colour");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port"}, Map.of())).hasMessageContaining("needs a value");
    }

    @Test
    void a_postgresql_database_is_configured_from_the_environment_and_never_printed_with_its_password() {
        Settings s = Settings.parse(new String[] {"--data", "/var/lib/advisor"}, Map.of("ADVISOR_DB_URL", "jdbc:postgresql://db:5432/advisor",
                "ADVISOR_DB_USER", "advisor", "ADVISOR_DB_PASSWORD", "s3cret"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/advisor"));
        assertThat(s.database().url()).isEqualTo("jdbc:postgresql://db:5432/advisor");
        assertThat(s.database().password()).isEqualTo("s3cret");
        assertThat(s.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> Settings.parse(new String[0], Map.of("ADVISOR_DB_URL", "jdbc:mysql://db/advisor")))
                .hasMessageContaining("jdbc:postgresql:");
    }
}

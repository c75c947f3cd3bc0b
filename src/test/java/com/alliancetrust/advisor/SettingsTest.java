package com.alliancetrust.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaults_to_loopback_port_7070_and_the_current_directory() {
        assertThat(Settings.parse(new String[0], Map.of())).isEqualTo(new Settings("127.0.0.1", 7070, Path.of("."), Path.of("data"), null));
    }

    @Test
    void environment_overrides_defaults_and_options_override_environment() {
        Map<String, String> env = Map.of("HOST", "0.0.0.0", "PORT", "8080", "ADVISOR_HOME", "/srv/advisor");
        assertThat(Settings.parse(new String[0], env)).isEqualTo(new Settings("0.0.0.0", 8080, Path.of("/srv/advisor"), Path.of("data"), null));
        assertThat(Settings.parse(new String[] {"--port", "9000", "--host", "::1"}, env))
                .isEqualTo(new Settings("::1", 9000, Path.of("/srv/advisor"), Path.of("data"), null));
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

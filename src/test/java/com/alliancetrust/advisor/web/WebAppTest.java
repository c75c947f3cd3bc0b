package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web application is served by the server itself, under a policy that its own files respect. */
class WebAppTest {
    private static final Path WEB = Path.of("src/main/resources/web");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static Javalin app;
    static String base;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_application_is_served_at_the_root_with_a_policy_that_forbids_inline_code_and_other_origins() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<main id=\"main\"", "/js/app.js", "/css/app.css");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void scripts_are_served_as_javascript_and_the_chart_library_comes_from_its_webjar() throws Exception {
        HttpResponse<String> module = get("/js/app.js");
        HttpResponse<String> chart = get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");

        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
    }

    @Test
    void the_api_keeps_its_json_errors_beside_the_static_files() throws Exception {
        HttpResponse<String> missing = get("/api/v1/no-such-thing");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(get("/api/v1/knowledge/evidence").body()).contains("beneficialOwnership");
    }

    @Test
    void every_module_the_pages_import_exists_and_the_chart_version_matches_the_webjar() throws Exception {
        Pattern imports = Pattern.compile("(?m)^import [^;]*?from '([^']+)';|^import '([^']+)';");
        String version = Files.readString(Path.of("pom.xml")).replaceAll("(?s).*<chartjs.version>([^<]+)</chartjs.version>.*", "$1");
        for (Path file : files(".js")) {
            Matcher m = imports.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                if (target.startsWith("/webjars/")) {
                    assertThat(target).as("chart library in %s", file).contains("/chart.js/" + version + "/");
                    assertThat(get(target).statusCode()).as(target).isEqualTo(200);
                } else {
                    assertThat(file.getParent().resolve(target).normalize()).as("import %s in %s", target, file).exists();
                }
            }
        }
    }

    /** What the content security policy would block: the pages must not rely on any of it. */
    @Test
    void no_page_or_script_uses_inline_code_inline_styles_markup_strings_or_other_origins() throws IOException {
        List<String> forbidden = List.of("<style", "style=", "javascript:", "eval(", "new Function", "innerHTML", "outerHTML =",
                "insertAdjacentHTML", "document.write", "setAttribute('style'", "cssText", "http://", "https://", "onclick=\"", "onload=");
        for (Path file : files("")) {
            if (file.toString().endsWith(".svg")) continue;
            String text = Files.readString(file);
            for (String pattern : forbidden) assertThat(text).as("%s in %s", pattern, file).doesNotContain(pattern);
            if (file.toString().endsWith(".html")) {
                assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(text).find()).as("inline script in %s", file).isFalse();
            }
        }
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> all = Files.walk(WEB)) {
            return all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(extension)).toList();
        }
    }
}

package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.brief.BriefPdf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CEO brief as a PDF to download: of a stored assessment, of a case file's latest, of an unsaved result; 404 naming the id. */
class CeoBriefApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    @Test
    void the_brief_of_an_unsaved_result_is_a_one_page_pdf_named_by_partner_and_date() throws Exception {
        HttpResponse<byte[]> reply = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/partner-assessments/brief.pdf"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(HttpApiTest.VALID)).build());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(reply.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"kanto-precision-brief-" + LocalDate.now(ZoneOffset.UTC) + ".pdf\"");
        assertThat(BriefPdf.pages(reply.body())).isEqualTo(1);
        assertThat(text(reply.body())).contains("Kanto Precision", "You are asked to decide", "We recommend", "Reconsider");
    }

    @Test
    void a_stored_assessment_and_its_case_file_give_the_same_brief_dated_when_it_was_made() throws Exception {
        JsonNode alliance = json(send(post("/api/v1/alliances", """
                {"partner": {"name": "Kanto Precision", "country": "JP"}, "purpose": "JOINT_RND"}""")));
        String allianceId = alliance.path("id").asText();
        HttpResponse<byte[]> none = send(get("/api/v1/alliances/" + allianceId + "/brief.pdf"));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).path("message").asText()).contains(allianceId);

        JsonNode stored = json(send(post("/api/v1/partner-assessments",
                HttpApiTest.VALID.replaceFirst("\\{", "{\"allianceId\": \"" + allianceId + "\", "))));
        String assessmentId = stored.path("assessmentId").asText();
        String day = stored.path("assessmentId").isMissingNode() ? "" : LocalDate.now(ZoneOffset.UTC).toString();

        HttpResponse<byte[]> ofAssessment = send(get("/api/v1/assessments/" + assessmentId + "/brief.pdf"));
        HttpResponse<byte[]> ofCaseFile = send(get("/api/v1/alliances/" + allianceId + "/brief.pdf"));
        assertThat(ofAssessment.statusCode()).isEqualTo(200);
        assertThat(ofCaseFile.statusCode()).isEqualTo(200);
        assertThat(ofAssessment.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"kanto-precision-brief-" + day + ".pdf\"");
        assertThat(BriefPdf.pages(ofAssessment.body())).isEqualTo(1);
        assertThat(text(ofCaseFile.body())).isEqualTo(text(ofAssessment.body()));

        JsonNode words = json(send(get("/api/v1/assessments/" + assessmentId + "/brief")));
        assertThat(words.path("verdictWords").asText()).isEqualTo("Reconsider");
        assertThat(words.path("decision").asText()).startsWith("You are asked to decide");
        assertThat(text(ofAssessment.body())).contains(words.path("reasons").get(0).asText().substring(0, 30));
    }

    @Test
    void an_unknown_id_is_a_404_in_the_one_error_shape_naming_it() throws Exception {
        HttpResponse<byte[]> assessment = send(get("/api/v1/assessments/no-such-id/brief.pdf"));
        assertThat(assessment.statusCode()).isEqualTo(404);
        assertThat(json(assessment).path("status").asInt()).isEqualTo(404);
        assertThat(json(assessment).path("message").asText()).contains("no-such-id");
        HttpResponse<byte[]> alliance = send(get("/api/v1/alliances/no-such-alliance/brief.pdf"));
        assertThat(alliance.statusCode()).isEqualTo(404);
        assertThat(json(alliance).path("message").asText()).contains("no-such-alliance");
    }

    @Test
    void bad_input_is_a_400_naming_the_field() throws Exception {
        HttpResponse<byte[]> reply = send(post("/api/v1/partner-assessments/brief.pdf", """
                {"partner": {"name": "X"}, "alliance": {"purpose": "MERGER"}}"""));
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(json(reply).path("field").asText()).isEqualTo("alliance.purpose");
    }

    @Test
    void the_routes_are_in_the_openapi_document() throws Exception {
        JsonNode spec = json(send(get("/openapi.json")));
        assertThat(spec.path("paths").path("/api/v1/assessments/{id}/brief.pdf").path("get").path("responses").path("200")
                .path("content").has("application/pdf")).isTrue();
        assertThat(spec.path("paths").path("/api/v1/alliances/{id}/brief.pdf").has("get")).isTrue();
        assertThat(spec.path("paths").path("/api/v1/partner-assessments/brief.pdf").has("post")).isTrue();
        assertThat(spec.path("paths").path("/api/v1/partner-assessments/brief").has("post")).isTrue();
        assertThat(spec.path("paths").path("/api/v1/assessments/{id}/brief").has("get")).isTrue();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> reply) throws IOException {
        return JSON.readTree(reply.body());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

package com.alliancetrust.advisor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.explain.Reasoned;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.alliancetrust.advisor.web.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backup and restore through the HTTP API: a database holding every kind of record is exported and
 * imported into an empty one, which then answers every read exactly as the first did; an import
 * the API would not have stored is refused with the field named, and leaves nothing behind.
 * Subclasses run the suite on each supported database.
 */
abstract class BackupApiContract extends ApiOnDatabase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS_OF = "2026-07-01";
    static final String TWO_MILLION = "x".repeat(2_000_000);
    /** A backup of a database holding every kind of record, made once and mutated by the refusal cases. */
    private static JsonNode sample;

    static String base(Javalin server) {
        return "http://127.0.0.1:" + server.port();
    }

    // --- a database with every kind of record, filled through the API ---

    /**
     * Two alliances and what is kept outside case files: an alliance updated, with two stored
     * assessments (the second made from a checklist's findings), a diagnosis in progress and one
     * complete, a health check with the two sides apart and one with only their combined scores, a
     * checklist built from the assessment with items in every status, a trust-building plan with a
     * step marked; an archived alliance with a
     * checklist built from the deal alone; a diagnosis and a checklist kept in no case file.
     */
    static void fill(ApiClient api) {
        String kanto = created(api.post("/api/v1/alliances", CaseFileApiContract.draft("Kanto Precision", "NEGOTIATING"))).path("id").asText();
        Reply updated = api.send(put(api, "/api/v1/alliances/" + kanto,
                CaseFileApiContract.draft("Kanto Precision KK", "ACTIVE").replace("}\n", ", \"version\": 1}\n")));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        String assessment = created(api.post("/api/v1/partner-assessments", CaseFileApiContract.assessmentFor(kanto))).path("assessmentId").asText();
        String inProgress = created(api.post("/api/v1/diagnoses", "{\"allianceId\": \"" + kanto + "\", \"accused\": \"PARTNER\","
                + " \"account\": \"Designs shared in confidence turned up at a competitor\"}")).path("id").asText();
        ok(api.post("/api/v1/diagnoses/" + inProgress + "/answers", "{\"question\": \"violatedElement\", \"value\": \"INTEGRITY\"}"));
        complete(api, created(api.post("/api/v1/diagnoses", "{\"allianceId\": \"" + kanto + "\", \"parts\": [{\"accused\": \"US\","
                + " \"label\": \"Late deliveries\"}, {\"accused\": \"PARTNER\"}]}")));
        created(api.post("/api/v1/alliances/" + kanto + "/health-checks", healthCheck("2026-03-31", 3, 3)));
        created(api.post("/api/v1/alliances/" + kanto + "/health-checks", healthCheck("2026-06-30", 4, 1)));
        String checklist = created(api.post("/api/v1/checklists", "{\"assessmentId\": \"" + assessment + "\", \"ourCountry\": \"DE\"}"))
                .path("id").asText();
        mark(api, checklist, "ic-beneficial-ownership", "{\"status\": \"DONE\", \"finding\": \"DISCLOSED\", \"note\": \"Register extract, 3 levels\","
                + " \"by\": \"A. Moreau\", \"date\": \"2026-04-02\"}");
        mark(api, checklist, "ic-sanctions-screening", "{\"status\": \"RED_FLAG\", \"note\": \"A director is on a watch list\", \"by\": \"A. Moreau\"}");
        mark(api, checklist, "ip-nda-in-place", "{\"status\": \"NOT_APPLICABLE\", \"by\": \"J. Reed\", \"date\": \"2026-04-03\"}");
        mark(api, checklist, "ip-nda-in-place", "{\"status\": \"OPEN\", \"note\": \"Reopened: the scope now covers drawings\", \"by\": \"J. Reed\"}");
        mark(api, checklist, "gv-kpis", "{\"status\": \"NOT_APPLICABLE\", \"note\": \"Set by the joint committee instead\"}");
        created(api.post("/api/v1/checklists/" + checklist + "/reassess", ""));
        String plan = created(api.post("/api/v1/alliances/" + kanto + "/trust-building-plans", "{\"startDate\": \"2026-07-01\"}")).path("id").asText();
        ok(api.send(put(api, "/api/v1/trust-building-plans/" + plan + "/steps/tb-launch-workshop",
                "{\"status\": \"DONE\", \"note\": \"Held in Osaka\", \"by\": \"A. Moreau\", \"date\": \"2026-07-20\", \"version\": 1}")));

        String nordlicht = created(api.post("/api/v1/alliances", CaseFileApiContract.draft("Nordlicht Logistik", "ENDED"))).path("id").asText();
        String supply = created(api.post("/api/v1/checklists", "{\"allianceId\": \"" + nordlicht + "\", \"partnerCountry\": \"NG\","
                + " \"ourCountry\": \"GB\", \"purpose\": \"SUPPLY\", \"governmentFacing\": true}")).path("id").asText();
        mark(api, supply, "gv-kpis", "{\"status\": \"DONE\", \"note\": \"KPIs agreed, \\\"quoted\\\", with a\\nsecond line\", \"by\": \"Reed, J.\"}");
        ok(api.post("/api/v1/alliances/" + nordlicht + "/archive", ""));

        created(api.post("/api/v1/diagnoses", "{\"accused\": \"US\", \"account\": \"We missed the launch date\"}"));
        String loose = created(api.post("/api/v1/checklists", "{\"partnerCountry\": \"BR\", \"purpose\": \"DISTRIBUTION\", \"virtual\": true}"))
                .path("id").asText();
        mark(api, loose, "gv-kpis", "{\"status\": \"RED_FLAG\", \"note\": \"No KPIs offered\", \"by\": \"M. Jansen\", \"date\": \"2026-05-12\"}");
    }

    /** Answers each question a session asks with its first option, until the diagnosis is complete. */
    private static void complete(ApiClient api, JsonNode session) {
        for (int n = 0; n < 40 && session.path("status").asText().equals("IN_PROGRESS"); n++) {
            JsonNode q = session.path("question");
            session = ok(api.post("/api/v1/diagnoses/" + session.path("id").asText() + "/answers", "{\"part\": " + q.path("part").asInt()
                    + ", \"question\": \"" + q.path("id").asText() + "\", \"value\": \"" + q.path("options").get(0).path("value").asText() + "\"}"));
        }
        assertThat(session.path("status").asText()).isEqualTo("DETERMINED");
    }

    /** A health check: {@code ours} respondents on our side and {@code partner} on the partner's, every survey item answered. */
    static String healthCheck(String date, int ours, int partner) {
        List<String> items = List.of("competence", "integrity", "benevolence", "predictability");
        List<String> respondents = new ArrayList<>();
        for (int r = 0; r < ours + partner; r++) {
            StringBuilder answers = new StringBuilder();
            for (String element : items) {
                for (int i = 1; i <= 4; i++) answers.append(answers.isEmpty() ? "" : ", ").append('"').append(element).append('-').append(i)
                        .append("\": ").append(2 + (r + i) % 3);
            }
            respondents.add("{\"side\": \"" + (r < ours ? "OURS" : "PARTNER") + "\", \"answers\": {" + answers + "}}");
        }
        return "{\"date\": \"" + date + "\", \"responses\": [" + String.join(", ", respondents) + "], \"indicators\": {\"communicationQuality\": 4,"
                + " \"innovationOutput\": 7}, \"events\": [\"SCOPE_CHANGE\"]}";
    }

    private static void mark(ApiClient api, String checklist, String item, String mark) {
        JsonNode current = api.get("/api/v1/checklists/" + checklist).body();
        int version = -1;
        for (JsonNode i : current.path("items")) if (i.path("id").asText().equals(item)) version = i.path("version").asInt();
        assertThat(version).as("item " + item + " on checklist " + checklist).isPositive();
        ok(api.send(put(api, "/api/v1/checklists/" + checklist + "/items/" + item, mark.replaceFirst("}$", ", \"version\": " + version + "}"))));
    }

    static HttpRequest put(ApiClient api, String path, String body) {
        return HttpRequest.newBuilder(URI.create(api.base() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    // --- every read, for every record ---

    /** Every read endpoint's answer for every record the backup lists, by request. */
    static Map<String, String> everyRead(String base, JsonNode backup) {
        portfolioUpToDate(new ApiClient(base));
        List<String> paths = new ArrayList<>(List.of("GET /api/v1/export", "GET /api/v1/alliances?includeArchived=true&size=100",
                "GET /api/v1/alliances", "GET /api/v1/portfolio"));
        for (JsonNode entry : backup.path("caseFiles")) {
            String id = entry.path("alliance").path("id").asText();
            for (String read : List.of("", "/assessments", "/health?asOf=" + AS_OF, "/export")) paths.add("GET /api/v1/alliances/" + id + read);
            for (JsonNode a : entry.path("assessments")) {
                paths.add("GET /api/v1/assessments/" + a.path("id").asText());
                paths.add("POST /api/v1/assessments/" + a.path("id").asText() + "/rerun");
            }
        }
        for (JsonNode d : backup.findValues("diagnoses")) d.forEach(s -> paths.add("GET /api/v1/diagnoses/" + s.path("id").asText()));
        for (JsonNode checklists : backup.findValues("checklists")) {
            for (JsonNode c : checklists) {
                paths.add("GET /api/v1/checklists/" + c.path("id").asText());
                for (String format : List.of("MARKDOWN", "CSV", "HTML")) paths.add("GET /api/v1/checklists/" + c.path("id").asText() + "/export?format=" + format);
            }
        }
        for (JsonNode plans : backup.findValues("trustBuildingPlans")) {
            for (JsonNode p : plans) paths.add("GET /api/v1/trust-building-plans/" + p.path("id").asText());
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String p : paths) answers.put(p, read(base, p));
        return answers;
    }

    /** Waits until the portfolio has brought every imported alliance's kept health up to date, which it does in the background. */
    static void portfolioUpToDate(ApiClient api) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (ok(api.get("/api/v1/portfolio")).path("pending").asLong() > 0) {
            assertThat(System.nanoTime()).as("the portfolio brought up to date after an import").isLessThan(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The status and body of one request; a backup's time of export is left out, as it differs by nature. */
    private static String read(String base, String request) {
        String[] parts = request.split(" ", 2);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + parts[1]));
        builder = parts[0].equals("GET") ? builder.GET()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the round trip ---

    @Test
    void a_backup_restored_into_an_empty_database_answers_every_read_for_every_record_as_the_original_and_every_timeline_link_resolves() {
        fill(client);
        JsonNode organisation = ok(client.put("/api/v1/organisation", "{\"allianceFunction\": \"YES\"}"));
        JsonNode backup = ok(client.get("/api/v1/export"));
        Map<String, String> before = everyRead(base(app), backup);
        assertThat(backup.path("organisation")).as("the company's settings travel with a full backup").isEqualTo(organisation);

        Database empty = newDatabase();
        Javalin restored = new HttpApi(TestAdvisor::get, empty).create().start("127.0.0.1", 0);
        try {
            ApiClient second = new ApiClient(base(restored));
            JsonNode imported = ok(second.post("/api/v1/import", backup.toString()));
            assertThat(imported.toString()).isEqualTo("{\"alliances\":2,\"timelineEvents\":" + backup.findValues("timeline").stream()
                    .mapToInt(JsonNode::size).sum() + ",\"assessments\":2,\"diagnoses\":3,\"healthChecks\":2,\"checklists\":3,\"keptAsRecorded\":0,\"trustBuildingPlans\":1}");

            assertThat(ok(second.get("/api/v1/organisation"))).as("the company's settings restored").isEqualTo(organisation);
            ObjectNode settingsAgain = JSON.createObjectNode().put("format", backup.path("format").asText()).put("formatVersion", 4);
            settingsAgain.putArray("caseFiles");
            settingsAgain.set("organisation", JSON.createObjectNode().put("allianceFunction", "NO").put("updatedAt", organisation.path("updatedAt").asText()));
            Reply twice = second.post("/api/v1/import", settingsAgain.toString());
            assertThat(twice.status()).as("settings already recorded are never overwritten by an import").isEqualTo(409);
            assertThat(twice.body().path("field").asText()).isEqualTo("organisation");
            assertThat(ok(second.get("/api/v1/organisation"))).isEqualTo(organisation);
            Map<String, String> after = everyRead(base(restored), backup);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((request, answer) -> {
                assertThat(answer).as(request).startsWith("200 ");
                assertThat(after.get(request)).as(request).isEqualTo(answer);
            });

            Set<String> kinds = new TreeSet<>();
            for (JsonNode entry : backup.path("caseFiles")) {
                String alliance = entry.path("alliance").path("id").asText();
                for (JsonNode event : ok(second.get("/api/v1/alliances/" + alliance)).path("timeline")) {
                    kinds.add(event.path("kind").asText());
                    if (event.hasNonNull("recordId")) assertLinkResolves(second, alliance, event);
                }
            }
            assertThat(kinds).as("every kind of timeline entry was restored").containsExactlyInAnyOrder("CREATED", "UPDATED", "ARCHIVED",
                    "ASSESSMENT", "CHECKLIST", "DIAGNOSIS_STARTED", "DIAGNOSIS_DETERMINED", "HEALTH_CHECK", "TRUST_PLAN", "TRUST_PLAN_STEP");
        } finally {
            restored.stop();
            empty.close();
        }
    }

    /** A timeline entry leads where the case-file page links it: its record, or (for a health check) the alliance's health with it. */
    private static void assertLinkResolves(ApiClient api, String alliance, JsonNode event) {
        String kind = event.path("kind").asText();
        String record = event.path("recordId").asText();
        if (kind.equals("HEALTH_CHECK")) {
            assertThat(ok(api.get("/api/v1/alliances/" + alliance + "/health?asOf=" + AS_OF)).path("checks").findValuesAsText("id"))
                    .as(event.toString()).contains(record);
            return;
        }
        String route = switch (kind) {
            case "ASSESSMENT" -> "/api/v1/assessments/";
            case "CHECKLIST" -> "/api/v1/checklists/";
            case "DIAGNOSIS_STARTED", "DIAGNOSIS_DETERMINED" -> "/api/v1/diagnoses/";
            case "TRUST_PLAN", "TRUST_PLAN_STEP" -> "/api/v1/trust-building-plans/";
            default -> throw new AssertionError("a " + kind + " entry points at a record: " + event);
        };
        Reply reply = api.get(route + record);
        assertThat(reply.status()).as(event.toString()).isEqualTo(200);
        assertThat(reply.body().path("id").asText()).isEqualTo(record);
    }

    // --- refusals ---

    /** The backup of a database with every kind of record, made once on a database of its own. */
    synchronized JsonNode sample() {
        if (sample == null) {
            Database db = newDatabase();
            Javalin server = new HttpApi(TestAdvisor::get, db).create().start("127.0.0.1", 0);
            try {
                ApiClient api = new ApiClient(base(server));
                fill(api);
                sample = ok(api.get("/api/v1/export"));
            } finally {
                server.stop();
                db.close();
            }
        }
        return sample;
    }

    /** Each case: what is wrong, and the change that makes it so in a backup, which answers the field that change broke. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("an empty id", d -> {
                    alliance(d).put("id", "");
                    return "caseFiles[0].alliance.id";
                }),
                refusal("a missing status", d -> {
                    alliance(d).remove("status");
                    return "caseFiles[0].alliance.status";
                }),
                refusal("an id with a newline", d -> {
                    event(d, 0).put("id", event(d, 0).path("id").asText() + "\n");
                    return "caseFiles[0].timeline[0].id";
                }),
                refusal("one id for two records", d -> {
                    caseFile(d, 1).with("alliance").put("id", alliance(d).path("id").asText());
                    return "caseFiles[1].alliance.id";
                }),
                refusal("a record filed under another case file", d -> {
                    assessment(d, 0).put("allianceId", caseFile(d, 1).path("alliance").path("id").asText());
                    return "caseFiles[0].assessments[0].allianceId";
                }),
                refusal("a checklist built from an assessment that is not in the backup", d -> {
                    checklist(d).with("context").put("assessmentId", UUID.randomUUID().toString());
                    return "caseFiles[0].checklists[0].context.assessmentId";
                }),
                refusal("a checklist kept outside case files that names an alliance", d -> {
                    ((ObjectNode) d.path("checklists").get(0).path("context")).put("allianceId", alliance(d).path("id").asText());
                    return "checklists[0].context.allianceId";
                }),
                refusal("a timeline entry pointing at nothing", d -> {
                    int n = entryOfKind(d, "ASSESSMENT");
                    event(d, n).put("recordId", UUID.randomUUID().toString());
                    return "caseFiles[0].timeline[" + n + "].recordId";
                }),
                refusal("a checklist entry pointing at an assessment", d -> {
                    int n = entryOfKind(d, "CHECKLIST");
                    event(d, n).put("recordId", assessment(d, 0).path("id").asText());
                    return "caseFiles[0].timeline[" + n + "].recordId";
                }),
                refusal("an entry of an unknown kind", d -> {
                    event(d, 0).put("kind", "DELETED");
                    return "caseFiles[0].timeline[0].kind";
                }),
                refusal("a time that is not a time", d -> {
                    alliance(d).put("createdAt", "yesterday");
                    return "caseFiles[0].alliance.createdAt";
                }),
                refusal("a date that does not exist", d -> {
                    check(d, 0).put("date", "2026-02-30");
                    return "caseFiles[0].healthChecks[0].date";
                }),
                refusal("a mark dated in words", d -> {
                    int n = findingItem(d);
                    item(d, n).put("markedAt", "3 March");
                    return "caseFiles[0].checklists[0].items[" + n + "].markedAt";
                }),
                refusal("a description of two million characters", d -> {
                    alliance(d).put("description", TWO_MILLION);
                    return "caseFiles[0].alliance.description";
                }),
                refusal("a note of two million characters", d -> {
                    int n = findingItem(d);
                    item(d, n).put("note", TWO_MILLION);
                    return "caseFiles[0].checklists[0].items[" + n + "].note";
                }),
                refusal("a timeline summary of two million characters", d -> {
                    event(d, 0).put("summary", TWO_MILLION);
                    return "caseFiles[0].timeline[0].summary";
                }),
                refusal("a diagnosis account of two million characters", d -> {
                    ObjectNode session = (ObjectNode) d.path("diagnoses").get(0);
                    session.put("stateJson", ((ObjectNode) readTree(session.path("stateJson").asText())).put("account", TWO_MILLION).toString());
                    return "diagnoses[0].stateJson.account";
                }),
                refusal("a health check of one respondent", d -> {
                    check(d, 0).path("scores").forEach(score -> ((ObjectNode) score).put("respondents", 1));
                    return "caseFiles[0].healthChecks[0].scores";
                }),
                refusal("the sides kept apart with two respondents on one", d -> {
                    check(d, 0).path("scores").forEach(score -> {
                        if (score.path("side").asText().equals("PARTNER")) ((ObjectNode) score).put("respondents", 2);
                    });
                    return "caseFiles[0].healthChecks[0].scores";
                }),
                refusal("an output other than the rules give for its input", d -> {
                    assessment(d, 0).put("verdict", "PROCEED");
                    assessment(d, 0).with("output").with("verdict").put("value", "PROCEED");
                    return "caseFiles[0].assessments[0].output.verdict.value";
                }),
                refusal("a text of two million characters in an assessment made with other rules", d -> {
                    madeWithOtherRules(assessment(d, 0));
                    assessment(d, 0).with("output").with("verdict").with("explanation").put("why", TWO_MILLION);
                    return "caseFiles[0].assessments[0].output.verdict.explanation.why";
                }),
                refusal("a verdict its output does not give", d -> {
                    assessment(d, 0).put("verdict", "PROCEED");
                    return "caseFiles[0].assessments[0].verdict";
                }),
                refusal("items other than the rules choose", d -> {
                    item(d, 0).put("priority", item(d, 0).path("priority").asText().equals("LOW") ? "CRITICAL" : "LOW");
                    return "caseFiles[0].checklists[0].items[0]";
                }),
                refusal("a finding the item's evidence does not take", d -> {
                    int n = findingItem(d);
                    item(d, n).put("finding", "PROBABLY_FINE");
                    return "caseFiles[0].checklists[0].items[" + n + "].finding";
                }),
                refusal("a status the session's answers do not give", d -> {
                    ((ObjectNode) caseFile(d, 0).path("diagnoses").get(0)).put("status", "DETERMINED");
                    return "caseFiles[0].diagnoses[0].status";
                }),
                refusal("an alliance at the integer maximum", d -> {
                    alliance(d).put("version", Integer.MAX_VALUE);
                    return "caseFiles[0].alliance.version";
                }),
                refusal("an item near the integer maximum", d -> {
                    item(d, 0).put("version", Integer.MAX_VALUE - 10);
                    return "caseFiles[0].checklists[0].items[0].version";
                }),
                refusal("a session at version 0", d -> {
                    ((ObjectNode) d.path("diagnoses").get(0)).put("version", 0);
                    return "diagnoses[0].version";
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void an_import_the_api_would_not_have_stored_is_refused_naming_the_field_and_writes_nothing(String what,
                                                                                                  Function<ObjectNode, String> change) {
        ObjectNode backup = sample().deepCopy();
        String field = change.apply(backup);

        Reply reply = client.post("/api/v1/import", backup.toString());

        assertThat(reply.status()).as(what + ": " + abbreviated(reply.body())).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what + ": " + abbreviated(reply.body())).isEqualTo(field);
        assertThat(reply.body().path("message").asText().length()).as("a refusal does not echo the text").isLessThan(2000);
        assertNothingStored();
        assertThat(ok(client.post("/api/v1/import", sample().toString())).path("alliances").asInt()).as("the backup as made is imported").isEqualTo(2);
    }

    @Test
    void records_made_with_other_rules_cannot_be_derived_again_and_are_kept_as_recorded_and_counted() {
        ObjectNode backup = sample().deepCopy();
        madeWithOtherRules(assessment(backup, 0));
        ((ObjectNode) backup.path("checklists").get(0)).put("rulesVersion", "0123456789abcdef");

        assertThat(ok(client.post("/api/v1/import", backup.toString())).path("keptAsRecorded").asInt()).isEqualTo(2);
        JsonNode stored = ok(client.get("/api/v1/assessments/" + assessment(backup, 0).path("id").asText()));
        // Kept as recorded, and sent with its reasoning as one graph like any assessment: read back, it is the record.
        assertThat(stored.path("output").has("reasoning")).isTrue();
        assertThat(Reasoned.withoutNulls(Reasoned.resolve(stored.path("output")))).isEqualTo(Reasoned.withoutNulls(assessment(backup, 0).path("output")));
        assertThat(stored.path("rulesVersion").asText()).isEqualTo("0123456789abcdef");
    }

    @Test
    void an_import_refused_part_way_through_for_a_record_already_stored_writes_nothing() {
        ok(client.post("/api/v1/import", sample().toString()));
        Map<String, String> stored = everyRead(base(app), sample());
        ObjectNode again = sample().deepCopy();
        ObjectNode fresh = JSON.createObjectNode();
        fresh.set("alliance", ((ObjectNode) again.path("caseFiles").get(0).path("alliance")).deepCopy().put("id", UUID.randomUUID().toString()));
        ArrayNode caseFiles = JSON.createArrayNode().add(fresh).add(again.path("caseFiles").get(1));
        again.set("caseFiles", caseFiles);
        again.putArray("diagnoses");
        again.putArray("checklists");

        Reply reply = client.post("/api/v1/import", again.toString());

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(409);
        assertThat(reply.body().path("field").asText()).isEqualTo("caseFiles[1].alliance.id");
        assertThat(client.get("/api/v1/alliances/" + fresh.path("alliance").path("id").asText()).status())
                .as("the alliance before the conflict was not kept").isEqualTo(404);
        assertThat(everyRead(base(app), sample())).isEqualTo(stored);
    }

    @Test
    void a_backup_of_the_first_format_without_checklists_is_still_imported() {
        String id = UUID.randomUUID().toString();
        Reply reply = client.post("/api/v1/import", """
                {"format": "alliance-trust-advisor/case-files", "formatVersion": 1, "exportedAt": "2025-11-02T09:00:00.000Z",
                 "caseFiles": [{"alliance": {"id": "%s", "partner": {"name": "Imported Partner"}, "purpose": "SUPPLY", "countries": [],
                  "status": "ACTIVE", "createdAt": "2025-01-01T00:00:00.000Z", "updatedAt": "2025-01-01T00:00:00.000Z", "version": 1},
                  "timeline": [{"id": "%s", "allianceId": "%s", "at": "2025-01-01T00:00:00.000Z", "kind": "CREATED", "summary": "Case file opened"}]}]}
                """.formatted(id, UUID.randomUUID(), id));
        assertThat(ok(reply).path("alliances").asInt()).isEqualTo(1);
        assertThat(ok(client.get("/api/v1/alliances/" + id)).path("timeline").size()).isEqualTo(1);
    }

    private void assertNothingStored() {
        JsonNode everything = ok(client.get("/api/v1/export"));
        assertThat(everything.path("caseFiles").size() + everything.path("diagnoses").size() + everything.path("checklists").size())
                .as("records stored after a refused import").isZero();
    }

    // --- finding one's way in the sample ---

    private static Arguments refusal(String what, Function<ObjectNode, String> change) {
        return Arguments.of(what, change);
    }

    private static ObjectNode caseFile(ObjectNode backup, int n) {
        return (ObjectNode) backup.path("caseFiles").get(n);
    }

    private static ObjectNode alliance(ObjectNode backup) {
        return (ObjectNode) caseFile(backup, 0).path("alliance");
    }

    private static ObjectNode event(ObjectNode backup, int n) {
        return (ObjectNode) caseFile(backup, 0).path("timeline").get(n);
    }

    private static ObjectNode assessment(ObjectNode backup, int n) {
        return (ObjectNode) caseFile(backup, 0).path("assessments").get(n);
    }

    private static ObjectNode check(ObjectNode backup, int n) {
        return (ObjectNode) caseFile(backup, 0).path("healthChecks").get(n);
    }

    private static ObjectNode checklist(ObjectNode backup) {
        return (ObjectNode) caseFile(backup, 0).path("checklists").get(0);
    }

    private static ObjectNode item(ObjectNode backup, int n) {
        return (ObjectNode) checklist(backup).path("items").get(n);
    }

    /** The assessment as another version of the rules and knowledge would have recorded it. */
    private static void madeWithOtherRules(ObjectNode assessment) {
        assessment.put("rulesVersion", "0123456789abcdef");
        assessment.with("output").put("version", "0123456789abcdef");
    }

    /** Where on the first case file's timeline its first entry of a kind is. */
    private static int entryOfKind(ObjectNode backup, String kind) {
        return indexOf(caseFile(backup, 0).path("timeline"), "kind", kind);
    }

    /** Where on the first case file's checklist the item marked DONE with a finding is. */
    private static int findingItem(ObjectNode backup) {
        return indexOf(checklist(backup).path("items"), "id", "ic-beneficial-ownership");
    }

    private static int indexOf(JsonNode array, String field, String value) {
        for (int i = 0; i < array.size(); i++) if (array.get(i).path(field).asText().equals(value)) return i;
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(JsonNode body) {
        String text = body.toString();
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}

package com.alliancetrust.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.BenchInputs;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.culture.CultureAdviceRequest;
import com.alliancetrust.advisor.culture.CultureAdviceService;
import com.alliancetrust.advisor.explain.Reasoned;
import com.alliancetrust.advisor.store.TestDatabases;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cultural adaptation through a real port: the comparison, the country profiles, the assessment's culture section, bad input. */
class CultureApiTest {
    static final String CULTURE = "/api/v1/culture-advice";
    static final String US_JAPAN = "{\"ours\": {\"country\": \"US\"}, \"partner\": {\"country\": \"JP\"}, \"alliance\": {\"virtual\": true}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        app = new HttpApi(TestAdvisor::get, TestDatabases.sqlite()).create().start("127.0.0.1", 0);
        client = new ApiClient("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void us_and_japan_compared_give_relative_gaps_and_explained_adaptations() {
        Reply reply = client.post(CULTURE, US_JAPAN);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = Reasoned.resolve(reply.body());
        assertThat(body.path("version").asText()).isEqualTo(TestAdvisor.get().version());
        JsonNode context = gap(body, "context");
        assertThat(context.path("direction").asText()).isEqualTo("PARTNER_HIGHER");
        assertThat(context.path("size").asText()).isEqualTo("LARGE");
        assertThat(context.path("statement").asText()).startsWith("The partner leaves more of its meaning to context than we do");
        assertThat(context.path("explanation").path("why").asText()).startsWith("Hall's classifications are broad");
        assertThat(context.path("explanation").path("facts").findValuesAsText("field")).containsExactly("ours.context", "partner.context");
        assertThat(context.path("explanation").path("facts").findValuesAsText("valueLabel"))
                .allMatch(label -> label.contains("from the country profile (Hall & Hall 1990)") || label.contains("(Hall 1976)"));
        // Read by an executive: sources named as in a sentence, confidence in words, never a source's id or a code.
        for (JsonNode gap : body.path("gaps")) {
            assertThat(gap.path("statement").asText()).doesNotContainPattern("\\b(LOW|MEDIUM|HIGH)\\b");
            assertThat(gap.path("explanation").path("facts").findValuesAsText("valueLabel"))
                    .noneMatch(label -> label.matches(".*\\b[a-z]+(-[a-z]+)*-\\d{4}\\b.*") || label.matches(".*\\b(LOW|MEDIUM|HIGH)\\b.*"));
        }
        assertThat(gap(body, "time").path("size").asText()).isEqualTo("SIMILAR"); // high-context, yet as punctual as we are

        List<String> ids = adaptationIds(body);
        assertThat(ids).contains("culture-read-between-the-lines", "culture-allow-for-consensus", "culture-virtual-context-cues",
                "culture-work-with-practice/nemawashi", "culture-work-with-practice/ringi").doesNotContain("culture-few-hard-milestones");
        JsonNode nemawashi = adaptation(body, "culture-work-with-practice", "nemawashi");
        assertThat(nemawashi.path("title").asText()).isEqualTo("Work with the partner's practice: Nemawashi");
        assertThat(nemawashi.path("text").asText()).contains("talks to each stakeholder individually");
        assertThat(nemawashi.path("explanation").path("why").asText()).contains("Uncertain:");
        assertThat(nemawashi.path("explanation").path("facts").findValuesAsText("value")).contains("nemawashi");
        JsonNode reading = adaptation(body, "culture-read-between-the-lines", null);
        assertThat(reading.path("category").asText()).isEqualTo("COMMUNICATION");
        assertThat(reading.path("explanation").path("conclusions").findValuesAsText("statement"))
                .anyMatch(s -> s.startsWith("Communicating (Meyer): the partner higher on the scale, a large gap"));
        assertThat(reading.path("explanation").path("sources").findValuesAsText("id")).contains("meyer-2014");
        assertThat(body.path("practices").findValuesAsText("id")).containsExactly("nemawashi", "ringi");
        assertThat(body.path("caveat").asText()).contains("relative to the two parties");
        assertThat(body.path("unknown").findValuesAsText("dimension")).contains("persuading");
    }

    @Test
    void a_firm_s_own_values_override_its_country_s_and_say_so() {
        Reply reply = client.post(CULTURE, """
                {"ours": {"country": "US", "dimensions": {"trusting": 7, "context": "HIGH", "communicating": null}},
                 "partner": {"country": "JP"}}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("ours").path("stated").toString()).isEqualTo("[\"trusting\",\"context\"]");
        JsonNode trusting = gap(Reasoned.resolve(reply.body()), "trusting");
        assertThat(trusting.path("size").asText()).isEqualTo("SIMILAR");
        assertThat(trusting.path("explanation").path("facts").get(0).path("valueLabel").asText()).isEqualTo("7, stated for the firm itself");
        assertThat(gap(reply.body(), "communicating").path("size").asText()).isEqualTo("LARGE"); // null keeps the country's value
        assertThat(adaptationIds(reply.body())).doesNotContain("culture-relationship-before-business");
    }

    @Test
    void two_firms_described_only_by_their_values_are_compared_without_any_country() {
        Reply reply = client.post(CULTURE, "{\"ours\": {\"dimensions\": {\"scheduling\": 2}}, \"partner\": {\"dimensions\": {\"scheduling\": 9}}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("gaps")).hasSize(1);
        assertThat(adaptationIds(reply.body())).contains("culture-few-hard-milestones").doesNotContain("culture-country-is-a-tendency");
        assertThat(reply.body().path("partner").has("country")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown country code | {\"ours\":{\"country\":\"XX\"},\"partner\":{\"country\":\"JP\"}} | ours.country",
            "lower-case country code | {\"ours\":{\"country\":\"us\"},\"partner\":{\"country\":\"JP\"}} | ours.country",
            "a real country without a profile | {\"ours\":{\"country\":\"US\"},\"partner\":{\"country\":\"LU\"}} | partner.country",
            "a country name instead of a code | {\"ours\":{\"country\":\"US\"},\"partner\":{\"country\":\"Japan\"}} | partner.country",
            "unknown dimension | {\"ours\":{\"country\":\"US\",\"dimensions\":{\"humour\":3}},\"partner\":{\"country\":\"JP\"}} | ours.dimensions.humour",
            "a Hofstede score out of range | {\"ours\":{\"dimensions\":{\"powerDistance\":150}},\"partner\":{\"country\":\"JP\"}} | ours.dimensions.powerDistance",
            "a Meyer position out of range | {\"ours\":{\"country\":\"US\"},\"partner\":{\"dimensions\":{\"trusting\":0}}} | partner.dimensions.trusting",
            "a fraction for a position | {\"ours\":{\"country\":\"US\"},\"partner\":{\"dimensions\":{\"trusting\":2.5}}} | partner.dimensions.trusting",
            "text for a score | {\"ours\":{\"dimensions\":{\"powerDistance\":\"high\"}},\"partner\":{\"country\":\"JP\"}} | ours.dimensions.powerDistance",
            "a number for a Hall class | {\"ours\":{\"dimensions\":{\"context\":3}},\"partner\":{\"country\":\"JP\"}} | ours.dimensions.context",
            "an unknown Hall class | {\"ours\":{\"dimensions\":{\"time\":\"FAST\"}},\"partner\":{\"country\":\"JP\"}} | ours.dimensions.time",
            "dimensions not an object | {\"ours\":{\"dimensions\":[1]},\"partner\":{\"country\":\"JP\"}} | ours.dimensions",
            "missing side | {\"ours\":{\"country\":\"US\"}} | partner",
            "a side with neither country nor values | {\"ours\":{},\"partner\":{\"country\":\"JP\"}} | ours",
            "a side with only unknown values | {\"ours\":{\"dimensions\":{\"trusting\":null}},\"partner\":{\"country\":\"JP\"}} | ours",
            "unknown field | {\"ours\":{\"country\":\"US\",\"region\":\"Ohio\"},\"partner\":{\"country\":\"JP\"}} | ours.region",
            "wrong type for virtual | {\"ours\":{\"country\":\"US\"},\"partner\":{\"country\":\"JP\"},\"alliance\":{\"virtual\":\"yes\"}} | alliance.virtual",
            "wrong type for a country | {\"ours\":{\"country\":44},\"partner\":{\"country\":\"JP\"}} | ours.country",
            "malformed JSON | {\"ours\": | (body)",
            "a JSON null body | null | (body)",
    })
    void bad_input_gets_400_naming_the_field(String what, String body, String field) {
        Reply reply = client.post(CULTURE, body);

        assertThat(reply.status()).as(what).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).as(what).isEqualTo(field);
        assertThat(reply.body().path("message").asText()).as(what).doesNotContain("Exception", "at com.");
        if (!field.startsWith("(")) assertThat(reply.body().path("message").asText()).as(what).startsWith(field + ": ");
    }

    @Test
    void an_unknown_country_code_is_answered_with_every_accepted_code() {
        Reply reply = client.post(CULTURE, "{\"ours\": {\"country\": \"UK\"}, \"partner\": {\"country\": \"JP\"}}");

        String message = reply.body().path("message").asText();
        assertThat(message).startsWith("ours.country: unknown country code \"UK\"; country profiles exist for: ");
        for (String code : TestAdvisor.get().knowledge().culture().countries().keySet()) assertThat(message).contains(code);
    }

    @Test
    void out_of_range_values_say_what_is_accepted() {
        Reply reply = client.post(CULTURE, "{\"ours\": {\"dimensions\": {\"powerDistance\": 150}}, \"partner\": {\"country\": \"JP\"}}");

        assertThat(reply.body().path("message").asText()).isEqualTo("ours.dimensions.powerDistance: must be a whole number from 0 to 120, got 150");
    }

    @Test
    void the_country_list_covers_at_least_fifty_countries_with_their_practices() {
        Reply reply = client.get("/api/v1/knowledge/countries");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().size()).isGreaterThanOrEqualTo(50);
        JsonNode japan = find(reply.body(), "code", "JP");
        assertThat(japan.path("name").asText()).isEqualTo("Japan");
        assertThat(japan.path("practices").toString()).isEqualTo("[\"nemawashi\",\"ringi\"]");
        assertThat(japan.path("knownDimensions").asInt()).isLessThan(japan.path("dimensions").asInt());
    }

    @Test
    void every_country_a_request_accepts_is_named_so_forms_can_offer_countries_by_name() {
        Reply reply = client.get("/api/v1/knowledge/country-names");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().size()).isEqualTo(java.util.Locale.getISOCountries().length);
        assertThat(find(reply.body(), "code", "JP").path("name").asText()).isEqualTo("Japan");
        assertThat(find(reply.body(), "code", "JP").path("profile").asBoolean()).as("Japan has a culture profile").isTrue();
        assertThat(find(reply.body(), "code", "AQ").path("profile").asBoolean()).as("Antarctica has none").isFalse();
        List<String> names = new java.util.ArrayList<>();
        reply.body().forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).as("in alphabetical order").isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH));
    }

    @Test
    void a_country_profile_shows_every_dimension_with_its_source_and_the_unknown_ones_as_unknown() {
        Reply reply = client.get("/api/v1/knowledge/countries/JP");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode dimensions = reply.body().path("dimensions");
        assertThat(dimensions.size()).isEqualTo(TestAdvisor.get().knowledge().culture().dimensions().size());
        JsonNode context = find(dimensions, "dimension", "context");
        assertThat(context.path("value").asText()).isEqualTo("HIGH");
        assertThat(context.path("source").asText()).isEqualTo("hall-1976");
        JsonNode communicating = find(dimensions, "dimension", "communicating");
        assertThat(communicating.path("approximate").asBoolean()).isTrue();
        assertThat(communicating.path("confidence").asText()).isEqualTo("MEDIUM");
        JsonNode persuading = find(dimensions, "dimension", "persuading");
        assertThat(persuading.path("known").asBoolean()).isFalse();
        assertThat(persuading.has("value")).isFalse();
        assertThat(persuading.path("note").asText()).contains("holistic");
        assertThat(reply.body().path("practices").get(0).path("trust").asText()).isNotBlank();
    }

    @Test
    void an_unknown_country_profile_is_a_404_listing_the_codes_that_exist() {
        Reply reply = client.get("/api/v1/knowledge/countries/ZZ");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("message").asText()).contains("ZZ", "JP", "US");
    }

    @Test
    void the_advice_is_sent_with_its_reasoning_as_one_graph_that_reads_back_as_the_advice_was_made() throws Exception {
        JsonNode made = BenchInputs.JSON.valueToTree(new CultureAdviceService(TestAdvisor::get)
                .advise(BenchInputs.JSON.readValue(US_JAPAN, CultureAdviceRequest.class)));
        JsonNode sent = client.post(CULTURE, US_JAPAN).body();

        assertThat(sent.path("reasoning").path("conclusions").size()).isPositive();
        assertThat(sent.path("adaptations").get(0).path("explanation").path("facts").get(0).isTextual()).as("facts by id").isTrue();
        assertThat(Reasoned.withoutNulls(Reasoned.resolve(sent))).isEqualTo(Reasoned.withoutNulls(made));
        assertThat(sent.toString().length()).as("each conclusion, rule and source once").isLessThan(made.toString().length() / 2);

        JsonNode withTexts = client.post(CULTURE + "?include=texts", US_JAPAN).body();
        withTexts.path("reasoning").path("rules").forEach(rule -> assertThat(rule.path("name").asText()).isNotBlank());
        assertThat(Reasoned.withoutNulls(Reasoned.resolve(withTexts))).isEqualTo(Reasoned.withoutNulls(made));
        assertThat(client.post(CULTURE + "?include=everything", US_JAPAN).body().path("field").asText()).isEqualTo("include");
    }

    @Test
    void an_assessment_naming_our_country_carries_the_culture_section_and_the_same_verdict() {
        Reply without = client.post(HttpApiTest.ASSESS, HttpApiTest.VALID);
        Reply with = client.post(HttpApiTest.ASSESS, withOurCountry(HttpApiTest.VALID, "US").toString());

        assertThat(with.status()).isEqualTo(200);
        assertThat(without.body().has("culture")).isFalse();
        JsonNode culture = Reasoned.resolve(with.body()).path("culture");
        assertThat(culture.path("ours").path("country").asText()).isEqualTo("US");
        assertThat(culture.path("partner").path("country").asText()).isEqualTo("JP");
        assertThat(culture.has("version")).isFalse();
        assertThat(gap(culture, "communicating").path("direction").asText()).isEqualTo("PARTNER_HIGHER");
        assertThat(adaptationIds(culture)).contains("culture-work-with-practice/nemawashi", "culture-read-between-the-lines");
        assertThat(adaptation(culture, "culture-read-between-the-lines", null).path("explanation").path("rule").path("file").asText())
                .isEqualTo("rules/culture/communication.drl");
        JsonNode withCulture = Reasoned.resolve(with.body());
        JsonNode withoutCulture = Reasoned.resolve(without.body());
        assertThat(withCulture.path("verdict")).isEqualTo(withoutCulture.path("verdict"));
        assertThat(withCulture.path("recommendations")).isEqualTo(withoutCulture.path("recommendations"));
    }

    @Test
    void an_assessment_with_our_country_but_bad_countries_is_a_400_naming_the_field() {
        Reply unknownOurs = client.post(HttpApiTest.ASSESS, withOurCountry(HttpApiTest.VALID, "XX").toString());
        ObjectNode noPartnerCountry = withOurCountry(HttpApiTest.VALID, "US");
        ((ObjectNode) noPartnerCountry.path("partner")).remove("country");
        Reply missingPartner = client.post(HttpApiTest.ASSESS, noPartnerCountry.toString());
        ObjectNode unprofiled = withOurCountry(HttpApiTest.VALID, "US");
        ((ObjectNode) unprofiled.path("partner")).put("country", "LU");
        Reply noProfile = client.post(HttpApiTest.ASSESS, unprofiled.toString());

        assertThat(unknownOurs.status()).isEqualTo(400);
        assertThat(unknownOurs.body().path("field").asText()).isEqualTo("alliance.ourCountry");
        assertThat(unknownOurs.body().path("message").asText()).contains("country profiles exist for", "JP");
        assertThat(missingPartner.status()).isEqualTo(400);
        assertThat(missingPartner.body().path("field").asText()).isEqualTo("partner.country");
        assertThat(noProfile.status()).isEqualTo(400);
        assertThat(noProfile.body().path("field").asText()).isEqualTo("partner.country");
        assertThat(noProfile.body().path("message").asText()).contains("\"LU\"");
    }

    @Test
    void comparing_candidates_with_our_country_gives_each_its_culture_section_and_names_a_candidate_without_a_country() {
        Reply ranked = client.post(HttpApiTest.ASSESS + "/compare", """
                {"alliance": {"purpose": "SUPPLY", "ourCountry": "DE"},
                 "candidates": [{"partner": {"name": "Fundição Minas", "country": "BR"}}, {"partner": {"name": "Kanto", "country": "JP"}}]}""");
        Reply missing = client.post(HttpApiTest.ASSESS + "/compare", """
                {"alliance": {"purpose": "SUPPLY", "ourCountry": "DE"},
                 "candidates": [{"partner": {"name": "Fundição Minas", "country": "BR"}}, {"partner": {"name": "Somewhere Ltd"}}]}""");

        assertThat(ranked.status()).isEqualTo(200);
        List<String> partners = new ArrayList<>();
        ranked.body().path("ranking").forEach(p -> partners.add(p.path("assessment").path("culture").path("partner").path("country").asText()));
        assertThat(partners).containsExactlyInAnyOrder("BR", "JP");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("candidates[1].partner.country");
    }

    @Test
    void a_stored_assessment_with_its_culture_section_reruns_unchanged() {
        String id = client.post("/api/v1/alliances", "{\"partner\": {\"name\": \"Kanto Precision\"}, \"purpose\": \"JOINT_RND\"}")
                .body().path("id").asText();
        ObjectNode request = withOurCountry(HttpApiTest.VALID, "US");
        request.put("allianceId", id);
        Reply stored = client.post(HttpApiTest.ASSESS, request.toString());
        Reply rerun = client.post("/api/v1/assessments/" + stored.body().path("assessmentId").asText() + "/rerun", "");

        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().path("culture").path("gaps").size()).isGreaterThan(10);
        assertThat(rerun.status()).isEqualTo(200);
        assertThat(rerun.body().path("changes")).isEmpty();
        assertThat(rerun.body().path("current").path("culture")).isEqualTo(stored.body().path("culture"));
    }

    static ObjectNode withOurCountry(String assessment, String ourCountry) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(assessment);
            ((ObjectNode) request.path("alliance")).put("ourCountry", ourCountry);
            return request;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode gap(JsonNode body, String dimension) {
        return find(body.path("gaps"), "dimension", dimension);
    }

    private static List<String> adaptationIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("adaptations").forEach(a -> ids.add(a.path("id").asText() + (a.has("subject") ? "/" + a.path("subject").asText() : "")));
        return ids;
    }

    private static JsonNode adaptation(JsonNode body, String id, String subject) {
        for (JsonNode a : body.path("adaptations")) {
            if (a.path("id").asText().equals(id) && (subject == null || subject.equals(a.path("subject").asText()))) return a;
        }
        throw new AssertionError("no adaptation " + id + "/" + subject + " in " + adaptationIds(body));
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : array) if (n.path(key).asText().equals(value)) return n;
        throw new AssertionError("no entry with " + key + " = " + value);
    }
}

package com.alliancetrust.advisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.alliancetrust.advisor.ScenarioHarness;
import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.knowledge.KnowledgeBase;
import com.alliancetrust.advisor.web.ApiClient;
import com.alliancetrust.advisor.web.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every breach scenario in {@code knowledge-base/diagnosis-cases/} through the guided diagnosis
 * over HTTP, answering each question asked with the scenario's scripted answer, and checks what a
 * domain expert expects: exactly which questions are asked and in what order, the findings and the
 * repair plan. The same answers given all at once (one-shot mode) must lead to the same outcome.
 *
 * <p>Keys for part 2 and beyond carry the part number: {@code 2.culpability} in {@code answers} and
 * {@code asked}, {@code 2.recoverability} in {@code findings}. In {@code steps} and {@code notSteps},
 * a plain id matches a step of any part and {@code 2.deny-with-evidence} only the step of part 2.
 */
class DiagnosisScenarioTest {
    private static final ScenarioHarness CASES = ScenarioHarness.knowledgeBase("diagnosis-cases", 10);
    private static final int MAX_QUESTIONS = 40;
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("title", "situation", "start", "answers", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("asked", "findings", "steps", "notSteps");
    private static final String DIAGNOSES = "/api/v1/diagnoses";

    private static ScenarioHarness.Server server;
    private static ApiClient client;

    @BeforeAll
    static void startServer() {
        server = ScenarioHarness.Server.start();
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    static Stream<String> scenarios() throws IOException {
        return CASES.names();
    }

    @Test
    void there_are_enough_scenarios_with_kebab_case_names() throws IOException {
        CASES.checkFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario = CASES.read(file);
        checkShape(file, scenario);
        Map<String, JsonNode> script = script(file, scenario.get("answers"));
        JsonNode expect = scenario.get("expect");

        // (a) the guided flow, one question at a time
        Guided guided = guided(file, scenario.get("start"), script);
        JsonNode last = guided.view();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(guided.asked()).as("%s: questions asked, in order", file).containsExactlyElementsOf(texts(expect.get("asked")));
        softly.assertThat(last.path("status").asText()).as("%s: final status", file).isEqualTo("DETERMINED");
        checkExpectations(softly, file + " (guided)", expect, last);
        checkInvariants(softly, file + " (guided)", last);

        JsonNode reread = client.get(DIAGNOSES + "/" + last.path("id").asText()).body();
        softly.assertThat(reread.path("status").asText()).as("%s: status read back", file).isEqualTo("DETERMINED");
        softly.assertThat(steps(reread)).as("%s: plan read back", file).isEqualTo(steps(last));

        // (b) one-shot: everything known at once
        Reply oneShot = client.post(DIAGNOSES + "/one-shot", oneShotBody(scenario.get("start"), script).toString());
        assertThat(oneShot.status()).as("%s: one-shot reply %s", file, oneShot.body()).isEqualTo(200);
        JsonNode all = oneShot.body();
        // The chain of each explanation in words: no question id, camel-cased finding or bare code.
        all.findValues("conclusions").forEach(chain -> chain.forEach(step -> softly.assertThat(step.path("statement").asText())
                .as("%s: a step of an explanation", file).doesNotContainPattern("[a-z][A-Z]|\\b[A-Z]{2,}_?[A-Z]*\\b(?<!CEO)")));
        softly.assertThat(all.path("status").asText()).as("%s: one-shot status", file).isEqualTo("DETERMINED");
        softly.assertThat(all.path("openQuestions")).as("%s: one-shot questions left open", file).isEmpty();
        softly.assertThat(findings(all)).as("%s: one-shot findings equal the guided ones", file).isEqualTo(findings(last));
        softly.assertThat(steps(all)).as("%s: one-shot steps equal the guided ones", file).isEqualTo(steps(last));
        checkInvariants(softly, file + " (one-shot)", all);
        softly.assertAll();
    }

    /** The questions asked, in order, and the final view. */
    private record Guided(List<String> asked, JsonNode view) {
    }

    private static Guided guided(String file, JsonNode start, Map<String, JsonNode> script) {
        Reply started = client.post(DIAGNOSES, start.toString());
        assertThat(started.status()).as("%s: start reply %s", file, started.body()).isEqualTo(201);
        JsonNode view = started.body();
        String id = view.path("id").asText();
        assertThat(id).as("%s: session id", file).isNotBlank();

        List<String> asked = new ArrayList<>();
        for (int round = 0; ; round++) {
            checkProgress(file, view, asked);
            JsonNode question = view.path("question");
            if (question.isMissingNode() || question.isNull()) break;
            assertThat(round).as("%s: more than %d questions asked: %s", file, MAX_QUESTIONS, asked).isLessThan(MAX_QUESTIONS);

            String key = key(question.path("part").asInt(), question.path("id").asText());
            assertThat(asked).as("%s: question %s asked a second time after %s", file, key, asked).doesNotContain(key);
            assertThat(question.path("why").asText()).as("%s: why question %s is asked", file, key).isNotBlank();
            asked.add(key);
            JsonNode answer = script.get(key);
            if (answer == null) {
                fail("%s: the flow asked '%s' (after %s) but the scenario script has no answer for it", file, key, asked.subList(0, asked.size() - 1));
            }

            Reply reply = client.post(DIAGNOSES + "/" + id + "/answers", answerBody(key, answer).toString());
            assertThat(reply.status()).as("%s: answering %s: %s", file, key, reply.body()).isEqualTo(200);
            view = reply.body();
        }
        return new Guided(asked, view);
    }

    /** DETERMINED exactly when no question remains; while in progress, no plan yet. */
    private static void checkProgress(String file, JsonNode view, List<String> asked) {
        boolean noQuestion = view.path("question").isMissingNode() || view.path("question").isNull();
        String status = view.path("status").asText();
        assertThat(status).as("%s: status after %s", file, asked).isEqualTo(noQuestion ? "DETERMINED" : "IN_PROGRESS");
        int open = view.path("progress").path("open").asInt();
        if (noQuestion) assertThat(open).as("%s: open questions once determined, after %s", file, asked).isZero();
        else assertThat(open).as("%s: open questions while in progress, after %s", file, asked).isPositive();
        if (!noQuestion) {
            assertThat(view.path("plan")).as("%s: plan while in progress", file).isEmpty();
            assertThat(view.path("avoid")).as("%s: avoid list while in progress", file).isEmpty();
        }
    }

    private static void checkExpectations(SoftAssertions softly, String name, JsonNode expect, JsonNode view) {
        Map<String, String> findings = new LinkedHashMap<>();
        for (JsonNode part : view.path("diagnosis")) {
            for (JsonNode f : part.path("findings")) {
                findings.put(key(part.path("part").asInt(), f.path("attribute").asText()), f.path("value").asText());
            }
        }
        expect.path("findings").fields().forEachRemaining(e -> softly.assertThat(findings.get(e.getKey()))
                .as("%s: finding %s (all findings: %s)", name, e.getKey(), findings).isEqualTo(e.getValue().asText()));

        Set<String> present = steps(view);
        for (String step : texts(expect.get("steps"))) {
            softly.assertThat(matches(present, step)).as("%s: step %s expected in %s", name, step, present).isTrue();
        }
        for (String step : texts(expect.get("notSteps"))) {
            softly.assertThat(matches(present, step)).as("%s: step %s must not be in %s", name, step, present).isFalse();
        }
    }

    /** Every step is explained (why, rule, sources), sits in the right list, and no step appears twice for a part. */
    private static void checkInvariants(SoftAssertions softly, String name, JsonNode view) {
        // The summary says the diagnosis is open while it is, and otherwise states the recoverability the rules found.
        JsonNode summary = view.path("summary");
        com.alliancetrust.advisor.SummaryChecks.print(name, summary);
        com.alliancetrust.advisor.SummaryChecks.check(softly, name, summary);
        var kb = com.alliancetrust.advisor.TestAdvisor.get().knowledge();
        String decision = com.alliancetrust.advisor.SummaryChecks.decision(summary);
        boolean ourSide = false;
        String recoverability = null;
        for (JsonNode part : view.path("diagnosis")) {
            for (JsonNode f : part.path("findings")) {
                if (f.path("attribute").asText().equals("breachOnOurSide") && f.path("value").asText().equals("LIKELY")) ourSide = true;
                if (f.path("attribute").asText().equals("recoverability") && recoverability == null) recoverability = f.path("value").asText();
            }
        }
        if (ourSide) {
            softly.assertThat(decision).as("%s: summary decision", name).isEqualTo(com.alliancetrust.advisor.explain.Summariser.worded(kb, "diagnosis.decision.our-side"));
        } else if (!view.path("status").asText().equals("DETERMINED")) {
            softly.assertThat(decision).as("%s: summary decision", name).startsWith("Not diagnosed yet");
        } else if (recoverability != null) {
            softly.assertThat(decision).as("%s: summary decision", name)
                    .isEqualTo(com.alliancetrust.advisor.explain.Summariser.worded(kb, "diagnosis.decision.recoverability." + recoverability));
        }
        Set<String> seen = new HashSet<>();
        for (String list : List.of("plan", "avoid")) {
            for (JsonNode step : view.path(list)) {
                String key = step.path("part").asInt() + "." + step.path("id").asText();
                softly.assertThat(seen.add(key)).as("%s: step %s listed more than once", name, key).isTrue();
                softly.assertThat(step.path("phase").asText().equals("AVOID")).as("%s: phase of %s in %s", name, key, list)
                        .isEqualTo(list.equals("avoid"));
                softly.assertThat(step.path("title").asText()).as("%s: title of %s", name, key).isNotBlank();
                softly.assertThat(step.path("text").asText()).as("%s: text of %s", name, key).isNotBlank();
                ScenarioHarness.explained(softly, name, "step " + key, step.path("explanation"));
            }
        }
        for (JsonNode part : view.path("diagnosis")) {
            for (JsonNode f : part.path("findings")) {
                String key = part.path("part").asInt() + "." + f.path("attribute").asText();
                softly.assertThat(f.path("explanation").path("rule").path("name").asText()).as("%s: rule behind finding %s", name, key).isNotBlank();
                softly.assertThat(f.path("explanation").path("sources").size()).as("%s: sources of finding %s", name, key).isPositive();
            }
        }
    }

    private static boolean matches(Set<String> present, String expected) {
        if (expected.matches("\\d+\\..+")) return present.contains(expected);
        return present.stream().anyMatch(p -> p.substring(p.indexOf('.') + 1).equals(expected));
    }

    /** Steps of plan and avoid as "part.id". */
    private static Set<String> steps(JsonNode view) {
        Set<String> steps = new TreeSet<>();
        for (String list : List.of("plan", "avoid")) {
            view.path(list).forEach(s -> steps.add(s.path("part").asInt() + "." + s.path("id").asText()));
        }
        return steps;
    }

    /** Findings as "part.attribute=value". */
    private static Set<String> findings(JsonNode view) {
        Set<String> findings = new TreeSet<>();
        for (JsonNode part : view.path("diagnosis")) {
            part.path("findings").forEach(f -> findings.add(part.path("part").asInt() + "." + f.path("attribute").asText() + "=" + f.path("value").asText()));
        }
        return findings;
    }

    private static String key(int part, String name) {
        return part == 1 ? name : part + "." + name;
    }

    private static int partOf(String key) {
        return key.matches("\\d+\\..+") ? Integer.parseInt(key.substring(0, key.indexOf('.'))) : 1;
    }

    private static String questionOf(String key) {
        return key.matches("\\d+\\..+") ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static ObjectNode answerBody(String key, JsonNode answer) {
        ObjectNode body = ScenarioHarness.JSON.createObjectNode();
        body.put("part", partOf(key));
        body.put("question", questionOf(key));
        if (answer.isArray()) body.set("values", answer);
        else body.put("value", answer.asText());
        return body;
    }

    private static ObjectNode oneShotBody(JsonNode start, Map<String, JsonNode> script) {
        ObjectNode body = start.deepCopy();
        ArrayNode known = body.putArray("known");
        script.forEach((key, answer) -> known.add(answerBody(key, answer)));
        return body;
    }

    /** The scripted answers by key ("question" or "2.question"), each a text or a list of texts. */
    private static Map<String, JsonNode> script(String file, JsonNode answers) {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        Map<String, JsonNode> script = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(kb.questions()).as("%s: answers.%s names an unknown question", file, e.getKey()).containsKey(questionOf(e.getKey()));
            JsonNode value = e.getValue();
            List<JsonNode> values = new ArrayList<>();
            if (value.isArray()) value.forEach(values::add);
            else values.add(value);
            for (JsonNode v : values) {
                assertThat(v.isTextual()).as("%s: answers.%s must be text (quote YES and NO in YAML), got %s", file, e.getKey(), v).isTrue();
            }
            script.put(e.getKey(), value);
        }
        return script;
    }

    private static void checkShape(String file, JsonNode scenario) {
        ScenarioHarness.checkShape(file, scenario, TOP_LEVEL_KEYS, EXPECT_KEYS);
        assertThat(ScenarioHarness.names(scenario)).as("%s: top-level keys", file).containsExactlyInAnyOrderElementsOf(TOP_LEVEL_KEYS);
        assertThat(scenario.get("start").isObject()).as("%s: start is a mapping", file).isTrue();
        assertThat(scenario.get("answers").isObject()).as("%s: answers is a mapping", file).isTrue();
        assertThat(texts(scenario.get("expect").get("asked"))).as("%s: expect.asked", file).isNotEmpty().doesNotHaveDuplicates();

        KnowledgeBase kb = TestAdvisor.get().knowledge();
        for (String list : List.of("steps", "notSteps")) {
            for (String step : texts(scenario.get("expect").get(list))) {
                assertThat(kb.repairSteps()).as("%s: expect.%s names an unknown step", file, list).containsKey(questionOf(step));
            }
        }
        for (String q : texts(scenario.get("expect").get("asked"))) {
            assertThat(kb.questions()).as("%s: expect.asked names an unknown question", file).containsKey(questionOf(q));
        }
    }

    private static List<String> texts(JsonNode node) {
        return ScenarioHarness.texts(node);
    }
}

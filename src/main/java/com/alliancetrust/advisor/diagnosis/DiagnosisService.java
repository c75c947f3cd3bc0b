package com.alliancetrust.advisor.diagnosis;

import com.alliancetrust.advisor.casefile.CaseFileService;
import com.alliancetrust.advisor.domain.Answer;
import com.alliancetrust.advisor.domain.ConflictException;
import com.alliancetrust.advisor.domain.InputChecks;
import com.alliancetrust.advisor.domain.InvalidInputException;
import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.knowledge.DiagnosisQuestion;
import com.alliancetrust.advisor.store.Database;
import com.alliancetrust.advisor.store.Ids;
import com.alliancetrust.advisor.store.JsonText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Guided breach diagnosis: one question at a time, each the most decisive one still open, until
 * the rules have what they need; answers can be changed and the last one taken back. Sessions are
 * stored, so they survive a restart and can be resumed from any server instance.
 */
public final class DiagnosisService {
    public static final int MAX_PARTS = 5;
    private static final int MAX_ACCOUNT = 20_000;
    private static final int MAX_LABEL = 200;

    private final Supplier<Advisor> advisor;
    private final Database db;
    private final DiagnosisStore store;
    private final CaseFileService caseFiles;
    private final ObjectMapper json;
    private final JsonText text;

    public DiagnosisService(Supplier<Advisor> advisor, Database db, CaseFileService caseFiles, ObjectMapper json) {
        this.advisor = advisor;
        this.db = db;
        this.store = new DiagnosisStore();
        this.caseFiles = caseFiles;
        this.json = json;
        this.text = new JsonText(json);
    }

    /** All facts in one request, the diagnosis and plan in the answer, nothing stored. */
    public DiagnosisView oneShot(DiagnosisRequest request) {
        Advisor current = advisor.get();
        DiagnosisEngine engine = new DiagnosisEngine(current);
        // All facts are in: keep only those the rules would ask for, as the guided flow would have.
        return engine.view(null, engine.prune(initial(current, request, false), -1), null, true);
    }

    public DiagnosisView start(DiagnosisRequest request) {
        if (request != null && request.allianceId() != null) caseFiles.requireAlliance(request.allianceId(), "allianceId");
        Advisor current = advisor.get();
        DiagnosisEngine engine = new DiagnosisEngine(current);
        DiagnosisState state = initial(current, request, true);
        String id = Ids.newId();
        DiagnosisView view = engine.view(id, state, 1, false);
        String now = Ids.now();
        // The session and its timeline entries (started, and complete when the known answers suffice): all kept, or none.
        String written = write(state);
        db.inTransaction(c -> {
            store.insert(c, new DiagnosisStore.Row(id, state.allianceId(), now, now, view.status().name(), 1, written));
            if (state.allianceId() != null) {
                caseFiles.note(c, state.allianceId(), "DIAGNOSIS_STARTED", "Breach diagnosis started", id);
                if (view.status() == DiagnosisView.Status.DETERMINED) noteDetermined(c, view);
            }
            return null;
        });
        return view;
    }

    public DiagnosisView read(String id) {
        DiagnosisStore.Row row = row(id);
        return new DiagnosisEngine(advisor.get()).view(id, read(row), row.version(), false);
    }

    /** Answers the open question, or changes an earlier answer; the session is re-evaluated either way. */
    public DiagnosisView answer(String id, DiagnosisRequest.AnswerRequest answer) {
        InputChecks.body(answer);
        DiagnosisStore.Row row = row(id);
        DiagnosisState state = read(row);
        Advisor current = advisor.get();
        DiagnosisEngine engine = new DiagnosisEngine(current);
        int part = answer.part() == null ? 1 : answer.part();
        checkPart(state, part, "part");
        if (answer.question() == null) throw new InvalidInputException("question", "is required");
        DiagnosisQuestion question = question(current, answer.question(), "question");
        boolean answered = state.answers().stream().anyMatch(a -> a.part() == part && a.question().equals(question.id()));
        // A changed answer is taken whether or not its question would be asked now: the rules run only for a new one.
        if (!answered && engine.openQuestions(state).stream().noneMatch(q -> q.part() == part && q.question().equals(question.id()))) {
            throw new InvalidInputException("question", "'" + question.id() + "' is not needed for part " + part
                    + " now; the question to answer is " + engine.openQuestions(state).stream().findFirst()
                    .map(q -> "'" + q.question() + "' (part " + q.part() + ")").orElse("none: the diagnosis is complete"));
        }
        DiagnosisState next = state.answering(part, question.id(), values(question, answer, ""));
        if (answered) next = engine.prune(next, next.positionOf(part, question.id()));
        return save(row, next, engine);
    }

    /** Takes back the last answer: its question is asked again. */
    public DiagnosisView back(String id) {
        DiagnosisStore.Row row = row(id);
        DiagnosisState state = read(row);
        if (state.answers().isEmpty()) throw new ConflictException(null, "There is no answer to take back in diagnosis " + id);
        Answer last = state.answers().get(state.answers().size() - 1);
        DiagnosisState next = state.withAnswers(state.answers().stream()
                .filter(a -> !(a.part() == last.part() && a.question().equals(last.question()))).toList());
        return save(row, next, new DiagnosisEngine(advisor.get()));
    }

    private DiagnosisView save(DiagnosisStore.Row row, DiagnosisState next, DiagnosisEngine engine) {
        DiagnosisView view = engine.view(row.id(), next, row.version() + 1, false);
        boolean determinedNow = next.allianceId() != null && view.status() == DiagnosisView.Status.DETERMINED
                && !row.status().equals(view.status().name());
        // The new state and, when it completes the diagnosis, its timeline entry: both kept, or neither.
        String state = write(next); // before the write begins: the writer's turn is not spent on it
        db.inTransaction(c -> {
            if (!store.update(c, new DiagnosisStore.Row(row.id(), row.allianceId(), row.createdAt(), Ids.now(), view.status().name(),
                    row.version() + 1, state), row.version())) {
                throw new ConflictException("version", "diagnosis " + row.id() + " was answered by someone else meanwhile; read it again");
            }
            if (determinedNow) noteDetermined(c, view);
            return null;
        });
        return view;
    }

    private void noteDetermined(Connection c, DiagnosisView view) throws SQLException {
        String summary = view.diagnosis().stream().map(p -> "part " + p.part() + ": " + p.attributes().stream()
                .filter(a -> a.question().equals("violatedElement")).findFirst().map(a -> String.join(", ", a.values())).orElse("?")
                + p.findings().stream().filter(f -> f.attribute().equals("recoverability")).findFirst()
                .map(f -> ", recoverability " + f.value()).orElse("")).reduce((a, b) -> a + "; " + b).orElse("");
        caseFiles.note(c, view.allianceId(), "DIAGNOSIS_DETERMINED", "Breach diagnosis complete (" + summary + ")", view.id());
    }

    private DiagnosisState initial(Advisor current, DiagnosisRequest request, boolean stored) {
        InputChecks.body(request);
        checkAccount(request.account(), "account");
        List<DiagnosisState.Part> parts = new ArrayList<>();
        if (request.parts() != null && !request.parts().isEmpty()) {
            if (request.accused() != null) throw new InvalidInputException("accused", "give either accused or parts, not both");
            for (int i = 0; i < request.parts().size(); i++) {
                DiagnosisRequest.PartRequest p = request.parts().get(i);
                if (p == null || p.accused() == null) throw new InvalidInputException("parts[" + i + "].accused", "is required: PARTNER or US");
                checkLabel(p.label(), "parts[" + i + "].label");
                parts.add(new DiagnosisState.Part(i + 1, p.accused(), p.label()));
            }
        } else {
            if (request.accused() == null) throw new InvalidInputException("accused", "is required: who is accused of breaking trust, PARTNER or US");
            parts.add(new DiagnosisState.Part(1, request.accused(), null));
        }
        String ourCountry = country(current, request.ourCountry(), "ourCountry");
        String partnerCountry = country(current, request.partnerCountry(), "partnerCountry");
        if (partnerCountry == null && stored && request.allianceId() != null) partnerCountry = caseFilePartnerCountry(current, request.allianceId());
        DiagnosisState state = new DiagnosisState(stored ? request.allianceId() : null, request.purpose(), request.account(), parts, List.of(),
                ourCountry, partnerCountry);
        List<DiagnosisRequest.AnswerRequest> known = new ArrayList<>(request.known() == null ? List.of() : request.known());
        if (request.stageAtTime() != null) {
            question(current, "stageAtTime", "stageAtTime").option(request.stageAtTime())
                    .orElseThrow(() -> new InvalidInputException("stageAtTime", "must be one of CALCULUS, KNOWLEDGE, IDENTIFICATION"));
            for (DiagnosisState.Part p : parts) {
                known.add(new DiagnosisRequest.AnswerRequest(p.index(), "stageAtTime", json.getNodeFactory().textNode(request.stageAtTime()), null));
            }
        }
        for (int i = 0; i < known.size(); i++) {
            DiagnosisRequest.AnswerRequest a = known.get(i);
            String path = "known[" + i + "]";
            if (a == null || a.question() == null) throw new InvalidInputException(path + ".question", "is required");
            int part = a.part() == null ? 1 : a.part();
            checkPart(state, part, path + ".part");
            DiagnosisQuestion q = question(current, a.question(), path + ".question");
            state = state.answering(part, q.id(), values(q, a, path + "."));
        }
        return state;
    }

    /**
     * Refuses, naming the field, a session from a backup that this service would not have stored: a
     * state that is not a session's or is filed under another alliance, an account or a part's label
     * longer than a request may send, parts out of order, answers a question would not take (an
     * unknown question, a value it does not offer, several values to a single-choice question), a
     * status other than the one the answers give, an impossible version. {@code path} names the
     * session in the backup document.
     */
    public void checkImported(DiagnosisStore.Row row, String path) {
        Advisor current = advisor.get();
        String field = path + ".stateJson";
        DiagnosisState state;
        try {
            state = read(row);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "is not the state of a diagnosis session");
        }
        if (state == null) throw new InvalidInputException(field, "is not the state of a diagnosis session");
        if (!Objects.equals(state.allianceId(), row.allianceId())) {
            throw new InvalidInputException(field + ".allianceId", "must be " + row.allianceId() + ", the alliance the session is filed under");
        }
        checkAccount(state.account(), field + ".account");
        if (state.parts() == null || state.parts().isEmpty() || state.parts().size() > MAX_PARTS) {
            throw new InvalidInputException(field + ".parts", "must list 1 to " + MAX_PARTS + " parts");
        }
        for (int i = 0; i < state.parts().size(); i++) {
            DiagnosisState.Part p = state.parts().get(i);
            if (p.index() != i + 1 || p.accused() == null) {
                throw new InvalidInputException(field + ".parts[" + i + "]", "must be part " + (i + 1) + " with who is accused");
            }
            checkLabel(p.label(), field + ".parts[" + i + "].label");
        }
        if (state.answers() == null) throw new InvalidInputException(field + ".answers", "is required");
        Map<String, List<String>> given = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < state.answers().size(); i++) {
            Answer a = state.answers().get(i);
            String at = field + ".answers[" + i + "]";
            checkPart(state, a.part(), at + ".part");
            if (a.question() == null) throw new InvalidInputException(at + ".question", "is required");
            question(current, a.question(), at + ".question");
            String key = a.part() + "/" + a.question();
            given.computeIfAbsent(key, k -> new ArrayList<>()).add(a.value());
            firstAt.putIfAbsent(key, i);
        }
        for (var answer : given.entrySet()) {
            String at = field + ".answers[" + firstAt.get(answer.getKey()) + "].";
            String question = answer.getKey().substring(answer.getKey().indexOf('/') + 1);
            List<String> values = values(question(current, question, at + "question"),
                    new DiagnosisRequest.AnswerRequest(null, question, null, answer.getValue()), at);
            if (values.size() != answer.getValue().size()) throw new InvalidInputException(at + "value", "is given twice");
        }
        CaseFileService.checkVersion(row.version(), path + ".version");
        String status = new DiagnosisEngine(current).view(row.id(), state, row.version(), false).status().name();
        if (!status.equals(row.status())) {
            throw new InvalidInputException(path + ".status", "must be " + status + ", as the answers given make the session");
        }
    }

    /** A country code with a cultural profile, or null when not given; a 400 on {@code field} otherwise. */
    private static String country(Advisor current, String code, String field) {
        if (code == null) return null;
        if (!current.knowledge().culture().countries().containsKey(code)) {
            throw new InvalidInputException(field, "unknown country code \"" + (code.length() > 10 ? code.substring(0, 10) + "..." : code)
                    + "\"; country profiles exist for: " + current.knowledge().culture().codes());
        }
        return code;
    }

    /** The partner's country recorded in the alliance's case file, when it has a cultural profile. */
    private String caseFilePartnerCountry(Advisor current, String allianceId) {
        var partner = caseFiles.read(allianceId).alliance().partner();
        String code = partner == null ? null : partner.country();
        return code != null && current.knowledge().culture().countries().containsKey(code) ? code : null;
    }

    private static void checkAccount(String account, String field) {
        if (account != null && account.length() > MAX_ACCOUNT) throw new InvalidInputException(field, "must be at most " + MAX_ACCOUNT + " characters");
    }

    private static void checkLabel(String label, String field) {
        if (label != null && label.length() > MAX_LABEL) throw new InvalidInputException(field, "must be at most " + MAX_LABEL + " characters");
    }

    private static void checkPart(DiagnosisState state, int part, String field) {
        if (part < 1 || part > state.parts().size()) {
            throw new InvalidInputException(field, "must be between 1 and " + state.parts().size() + ", got " + part);
        }
    }

    private static DiagnosisQuestion question(Advisor current, String id, String field) {
        DiagnosisQuestion q = current.knowledge().questions().get(id);
        if (q == null) {
            throw new InvalidInputException(field, "unknown question '" + id + "'; known: "
                    + String.join(", ", current.knowledge().questions().keySet()));
        }
        return q;
    }

    private static List<String> values(DiagnosisQuestion q, DiagnosisRequest.AnswerRequest a, String path) {
        List<String> values = new ArrayList<>();
        if (a.values() != null) values.addAll(a.values());
        if (a.value() != null && !a.value().isNull()) {
            if (!a.value().isTextual()) throw new InvalidInputException(path + "value", "must be a string");
            values.add(a.value().asText());
        }
        String allowed = String.join(", ", q.options().stream().map(DiagnosisQuestion.Option::value).toList());
        if (values.isEmpty()) throw new InvalidInputException(path + "value", "is required; one of " + allowed);
        if (q.type() == DiagnosisQuestion.Type.CHOICE && values.size() > 1) {
            throw new InvalidInputException(path + "values", "'" + q.id() + "' takes a single value");
        }
        for (String v : values) {
            if (v == null || q.option(v).isEmpty()) throw new InvalidInputException(path + "value", "must be one of " + allowed + ", got " + v);
        }
        if (values.contains("NONE") && values.size() > 1) throw new InvalidInputException(path + "values", "NONE cannot be combined with other values");
        if (values.contains("NOT_KNOWN") && values.size() > 1) throw new InvalidInputException(path + "values", "NOT_KNOWN cannot be combined with other values");
        return values.stream().distinct().toList();
    }

    private DiagnosisStore.Row row(String id) {
        return db.read(c -> store.find(c, id)).orElseThrow(() -> new NotFoundException("No diagnosis with id " + id));
    }

    private DiagnosisState read(DiagnosisStore.Row row) {
        return text.read(row.stateJson(), DiagnosisState.class);
    }

    private String write(DiagnosisState state) {
        return text.write(state);
    }
}

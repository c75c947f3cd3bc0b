package com.alliancetrust.advisor.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.alliancetrust.advisor.TestAdvisor;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.AllianceFacts;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.Contract;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.DraftReaction;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.Innovation;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.PartnerSide;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.Relationship;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.Trend;
import com.alliancetrust.advisor.contract.ContractBalanceRequest.TrustLevel;
import com.alliancetrust.advisor.domain.ControlProvision;
import com.alliancetrust.advisor.domain.CoordinationProvision;
import com.alliancetrust.advisor.domain.IpSensitivity;
import com.alliancetrust.advisor.domain.Priority;
import com.alliancetrust.advisor.domain.Purpose;
import com.alliancetrust.advisor.domain.TrustStage;
import com.alliancetrust.advisor.engine.Advisor;
import com.alliancetrust.advisor.explain.AdviceWording;
import com.alliancetrust.advisor.explain.Recommendation;
import com.alliancetrust.advisor.knowledge.AdviceConflict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Contract balance as a whole, over contracts and relationships drawn from a seeded generator (each
 * provision in the draft or not, each list described or not, every clause, the stage, the trust, the
 * partner's reaction and the innovation facts given or not): one voice, no advice more urgent than
 * the research behind it, adding a control provision never makes a contract less control-heavy (it may
 * withdraw a finding of too little control and leave the contract not placeable while its coordination is
 * not described, never one of too much), and
 * a provision list turned from known to unknown never improves the position nor becomes a firm finding of fault.
 */
class ContractJudgementPropertyTest {
    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final int CASES = 1500;
    /** How control-heavy each position is: too little control, neither, too much. */
    private static final Map<String, Integer> CONTROL_RANK = Map.of("UNDER_PROTECTED", 0, "OVER_TRUSTING", 1, "BALANCED", 1,
            "UNDER_COORDINATED", 1, "CONTROL_HEAVY", 2);
    /** The positions that find fault with the contract. */
    private static final Set<String> FAULTS = Set.of("UNDER_PROTECTED", "CONTROL_HEAVY", "UNDER_COORDINATED", "OVER_TRUSTING");

    private static List<ContractBalanceRequest> requests() {
        Random random = new Random(20261206L);
        List<ContractBalanceRequest> all = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            List<ControlProvision> control = random.nextInt(6) == 0 ? null : some(random, ControlProvision.values());
            List<CoordinationProvision> coordination = random.nextInt(6) == 0 ? null : some(random, CoordinationProvision.values());
            Contract contract = new Contract(control, coordination, maybe(random), maybe(random), maybe(random), maybe(random),
                    random.nextInt(3) == 0 ? null : 5 + random.nextInt(120));
            Relationship relationship = random.nextInt(8) == 0 ? null : new Relationship(pick(random, TrustStage.values()),
                    random.nextInt(3) == 0 ? null : random.nextInt(4), pick(random, TrustLevel.values()));
            AllianceFacts alliance = new AllianceFacts(pick(random, Purpose.values()), random.nextInt(3) == 0 ? null : random.nextInt(60),
                    null, pick(random, IpSensitivity.values()), maybe(random));
            Innovation innovation = random.nextInt(3) == 0 ? null : new Innovation(pick(random, Trend.values()),
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(5));
            PartnerSide partner = new PartnerSide(maybe(random), pick(random, DraftReaction.values()), null);
            all.add(new ContractBalanceRequest(contract, relationship, alliance, innovation, partner));
        }
        return all;
    }

    private static <T> List<T> some(Random random, T[] values) {
        List<T> chosen = new ArrayList<>();
        for (T v : values) if (random.nextInt(3) == 0) chosen.add(v);
        return chosen;
    }

    private static <T> T pick(Random random, T[] values) {
        return random.nextInt(values.length + 1) == 0 ? null : values[random.nextInt(values.length)];
    }

    private static Boolean maybe(Random random) {
        int n = random.nextInt(3);
        return n == 0 ? null : n == 1;
    }

    private static ContractBalanceService.Result advise(ContractBalanceRequest r) {
        return ContractBalanceService.advise(ADVISOR, r);
    }

    private static ContractBalanceRequest withContract(ContractBalanceRequest r, Contract c) {
        return new ContractBalanceRequest(c, r.relationship(), r.alliance(), r.innovation(), r.partner());
    }

    @Test
    void no_answer_holds_a_declared_contradiction_or_the_same_advice_twice() {
        SoftAssertions softly = new SoftAssertions();
        for (ContractBalanceRequest r : requests()) {
            List<String> given = advise(r).recommendations().stream().map(Recommendation::id).toList();
            softly.assertThat(new HashSet<>(given)).as("%s: each piece of advice once in %s", r, given).hasSameSizeAs(given);
            for (AdviceConflict c : ADVISOR.knowledge().adviceConflicts()) {
                softly.assertThat(given.contains(c.ids().get(0)) && given.contains(c.ids().get(1)))
                        .as("%s: %s and %s both in %s", r, c.ids().get(0), c.ids().get(1), given).isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    void no_advice_is_more_urgent_than_the_research_behind_it_allows() {
        SoftAssertions softly = new SoftAssertions();
        for (ContractBalanceRequest r : requests()) {
            for (Recommendation rec : advise(r).recommendations()) {
                if (rec.confidence().compareTo(AdviceWording.BELOW_TOP_PRIORITY) >= 0) {
                    softly.assertThat(rec.priority()).as("%s: %s on %s confidence research", r, rec.id(), rec.confidence()).isNotEqualTo(Priority.CRITICAL);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void adding_a_control_provision_never_makes_a_contract_less_control_heavy() {
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        int heavier = 0;
        for (ContractBalanceRequest r : requests()) {
            Contract c = r.contract();
            if (c.controlProvisions() == null) continue;
            ContractBalanceService.Result before = advise(r);
            if (!CONTROL_RANK.containsKey(before.position())) continue;
            EnumSet<ControlProvision> missing = EnumSet.allOf(ControlProvision.class);
            missing.removeAll(c.controlProvisions());
            for (ControlProvision added : missing) {
                List<ControlProvision> more = new ArrayList<>(c.controlProvisions());
                more.add(added);
                ContractBalanceService.Result after = advise(withContract(r, new Contract(more, c.coordinationProvisions(), c.reviewClause(),
                        c.flexibilityClause(), c.reciprocalRemedies(), c.ipProtocol(), c.pages())));
                compared++;
                if (after.position().equals("UNKNOWN")) {
                    // A finding of too little control withdrawn, with coordination not described to place it otherwise: never from too much.
                    softly.assertThat(before.position()).as("%s + %s: %s became not placeable", r, added, before.position()).isNotEqualTo("CONTROL_HEAVY");
                    continue;
                }
                softly.assertThat(CONTROL_RANK.get(after.position())).as("%s + %s: %s became %s", r, added, before.position(), after.position())
                        .isGreaterThanOrEqualTo(CONTROL_RANK.get(before.position()));
                if (before.weighing() != null && after.weighing() != null) {
                    softly.assertThat(after.weighing().control()).as("%s + %s: weight of the controls", r, added)
                            .isGreaterThanOrEqualTo(before.weighing().control());
                }
                if (CONTROL_RANK.getOrDefault(after.position(), -1) > CONTROL_RANK.get(before.position())) heavier++;
            }
        }
        softly.assertAll();
        assertThat(compared).as("contracts with a control provision added").isGreaterThan(1000);
        assertThat(heavier).as("additions that made a contract more control-heavy (the property must be exercised)").isPositive();
    }

    /** Unknown is neither good nor bad news: forgetting a described provision list never improves the place, nor makes it a firm fault. */
    @Test
    void a_known_provision_list_turned_unknown_never_improves_the_position_nor_becomes_a_firm_fault() {
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (ContractBalanceRequest r : requests()) {
            Contract c = r.contract();
            ContractBalanceService.Result before = advise(r);
            List<Contract> forgotten = new ArrayList<>();
            if (c.controlProvisions() != null) forgotten.add(new Contract(null, c.coordinationProvisions(), c.reviewClause(),
                    c.flexibilityClause(), c.reciprocalRemedies(), c.ipProtocol(), c.pages()));
            if (c.coordinationProvisions() != null) forgotten.add(new Contract(c.controlProvisions(), null, c.reviewClause(),
                    c.flexibilityClause(), c.reciprocalRemedies(), c.ipProtocol(), c.pages()));
            for (Contract less : forgotten) {
                ContractBalanceService.Result after = advise(withContract(r, less));
                compared++;
                String what = r + " with " + (less.controlProvisions() == null ? "the controls" : "the coordination") + " not described";
                if (FAULTS.contains(before.position()) && !before.provisional()) {
                    softly.assertThat(after.position()).as("%s: %s must not become balanced", what, before.position()).isNotEqualTo("BALANCED");
                }
                if (!FAULTS.contains(before.position()) && FAULTS.contains(after.position())) {
                    softly.assertThat(after.provisional()).as("%s: %s became %s, a fault found on less evidence", what, before.position(),
                            after.position()).isTrue();
                }
                softly.assertThat(after.provisional() || !FAULTS.contains(after.position()) || after.position().equals("OVER_TRUSTING")
                                || after.position().equals(before.position()))
                        .as("%s: a firm finding of fault (%s, was %s) on less evidence", what, after.position(), before.position()).isTrue();
            }
        }
        softly.assertAll();
        assertThat(compared).as("provision lists forgotten").isGreaterThan(1000);
    }
}

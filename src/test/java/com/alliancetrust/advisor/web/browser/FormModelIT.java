package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form module, run in the browser on forms it builds: what is sent, what is left unknown, where errors go. */
class FormModelIT extends BrowserJourney {

    private static Object run(Browser b, String body) {
        return b.asyncJs("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const f = await import('/js/forms.js');
                  const { h } = await import('/js/dom.js');
                """ + body + """
                })().catch((e) => done({failure: String(e)}));
                """);
    }

    @Test
    void unknown_and_empty_fields_are_left_out_numbers_and_booleans_keep_their_type_and_none_of_these_is_an_empty_list() {
        Browser b = browser("form-model");
        b.open("/knowledge");
        Object body = run(b, """
                const form = h('form', {},
                  f.textField({name: 'partner.name', label: 'Name', value: '  Kanto  '}),
                  f.textField({name: 'partner.industry', label: 'Industry'}),
                  f.numberField({name: 'candidates[1].evidence.competence.yearsInDomain', label: 'Years', value: '12'}),
                  f.selectField({name: 'evidence.integrity.questionnaire', label: 'Questionnaire', unknown: 'Not known yet', options: [{value: 'COMPLETE', label: 'Complete'}]}),
                  f.booleanField({name: 'alliance.virtual', label: 'Virtual', value: false}),
                  f.booleanField({name: 'contract.ipProtocol', label: 'IP protocol'}),
                  f.listTextField({name: 'alliance.scopeDomains', label: 'Domains', value: ['R&D', ' sales ']}),
                  f.checkboxesField({name: 'contract.controlProvisions', legend: 'Controls', options: [{value: 'PENALTIES', label: 'Penalties'}], none: 'None of these'}),
                  f.checkboxesField({name: 'contract.coordinationProvisions', legend: 'Coordination', options: [{value: 'ROLES', label: 'Roles'}], none: 'None of these'}));
                form.querySelector('[data-none-of="contract.controlProvisions"]').checked = true;
                done(f.readForm(form));
                """);
        assertThat(body).isEqualTo(Map.of(
                "partner", Map.of("name", "Kanto"),
                "candidates", java.util.Arrays.asList(null, Map.of("evidence", Map.of("competence", Map.of("yearsInDomain", 12L)))),
                "alliance", Map.of("virtual", false, "scopeDomains", List.of("R&D", "sales")),
                "contract", Map.of("controlProvisions", List.of())));
    }

    @Test
    void a_server_error_on_a_nested_field_is_shown_on_the_nearest_field_and_described_to_assistive_technology() {
        Browser b = browser("form-errors");
        b.open("/knowledge");
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) run(b, """
                const summary = f.errorSummary();
                const form = h('form', {}, summary, f.listTextField({name: 'alliance.scopeDomains', label: 'Domains'}),
                  f.numberField({name: 'alliance.priorAlliances', label: 'Earlier alliances', min: 0, max: 1000}));
                document.getElementById('main').append(form);
                f.showServerError(form, summary, {status: 400, field: 'alliance.scopeDomains[2]', message: 'must not be blank'});
                const input = form.querySelector('[name="alliance.scopeDomains"]');
                const error = document.getElementById(input.getAttribute('aria-describedby').split(' ').pop());
                const numbers = form.querySelector('[name="alliance.priorAlliances"]');
                numbers.value = '1001';
                const tooMany = f.problemWith(numbers);
                numbers.value = '2.5';
                const fraction = f.problemWith(numbers);
                done({invalid: input.getAttribute('aria-invalid'), error: error.textContent, summary: summary.textContent,
                      focused: document.activeElement === summary, tooMany, fraction});
                """);
        assertThat(shown.get("invalid")).isEqualTo("true");
        assertThat(shown.get("error")).isEqualTo("must not be blank");
        assertThat((String) shown.get("summary")).contains("Domains: must not be blank");
        assertThat(shown.get("focused")).isEqualTo(true);
        assertThat(shown.get("tooMany")).isEqualTo("Enter a number from 0 to 1000.");
        assertThat(shown.get("fraction")).isEqualTo("Enter a whole number.");
    }
}

package com.alliancetrust.advisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The client side of access tokens, checked in the browser against a server stand-in (the page's
 * fetch replaced): a refused call asks for the token once, keeps it for the tab, and is retried.
 */
class AccessTokenIT extends BrowserJourney {
    /** Answers 401 to /api calls unless they carry the expected token, and passes them on to the real server when they do. */
    private static final String GUARD = """
            const expected = arguments[0];
            const realFetch = window.fetch.bind(window);
            window.__refused = 0;
            window.fetch = (url, init = {}) => {
              const auth = (init.headers || {}).Authorization;
              if (String(url).startsWith('/api/') && auth !== 'Bearer ' + expected) {
                window.__refused += 1;
                return Promise.resolve(new Response(JSON.stringify({status: 401, error: 'Unauthorized', message: 'A valid access token is required'}),
                    {status: 401, headers: {'Content-Type': 'application/json'}}));
              }
              return realFetch(url, init);
            };
            """;

    @Test
    void concurrent_refused_calls_share_one_prompt_retry_with_the_token_and_keep_it_for_the_tab() {
        Browser b = browser("token-client");
        b.open("/knowledge");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) b.asyncJs("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const client = await import('/js/api.js');
                  const sent = [];
                  window.fetch = async (url, init) => {
                    const auth = init.headers.Authorization || null;
                    sent.push(auth);
                    const ok = auth === 'Bearer s3cret';
                    return new Response(JSON.stringify(ok ? {url} : {status: 401, error: 'Unauthorized', message: 'A valid access token is required'}),
                        {status: ok ? 200 : 401, headers: {'Content-Type': 'application/json'}});
                  };
                  sessionStorage.removeItem(client.TOKEN_KEY);
                  const prompts = [];
                  client.setTokenPrompt(async (reason) => { prompts.push(reason); return prompts.length === 1 ? 'wrong' : 's3cret'; });
                  const [first, second] = await Promise.all([client.api('/api/v1/one'), client.api('/api/v1/two')]);
                  done({first: first.url, second: second.url, prompts, stored: sessionStorage.getItem(client.TOKEN_KEY), last: sent[sent.length - 1]});
                })().catch((e) => done({failure: String(e)}));
                """);
        assertThat(result.get("failure")).isNull();
        assertThat(result.get("first")).isEqualTo("/api/v1/one");
        assertThat(result.get("second")).isEqualTo("/api/v1/two");
        @SuppressWarnings("unchecked")
        List<Object> prompts = (List<Object>) result.get("prompts");
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0)).isNull();
        assertThat((String) prompts.get(1)).startsWith("That access token was not accepted");
        assertThat(result.get("stored")).isEqualTo("s3cret");
        assertThat(result.get("last")).isEqualTo("Bearer s3cret");
    }

    @Test
    void server_errors_keep_their_status_message_and_field_and_an_unreachable_server_says_so() {
        Browser b = browser("token-errors");
        b.open("/knowledge");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) b.asyncJs("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const client = await import('/js/api.js');
                  const refused = await client.api('/api/v1/partner-assessments', {method: 'POST', body: {partner: {name: 'X'}, alliance: {}}})
                      .then(() => null, (e) => ({status: e.status, field: e.field, message: e.message, name: e.name}));
                  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
                  const down = await client.api('/api/v1/portfolio').then(() => null, (e) => ({status: e.status, message: e.message}));
                  done({refused, down});
                })().catch((e) => done({failure: String(e)}));
                """);
        expectConsole("status of 400");
        assertThat(result.get("failure")).isNull();
        assertThat(result.get("refused")).isEqualTo(Map.of("status", 400L, "field", "alliance.purpose", "message", "is required", "name", "ApiError"));
        @SuppressWarnings("unchecked")
        Map<String, Object> down = (Map<String, Object>) result.get("down");
        assertThat(down.get("status")).isEqualTo(0L);
        assertThat((String) down.get("message")).startsWith("The advisor cannot be reached");
    }

    @Test
    void a_401_opens_the_sign_in_page_and_the_page_loads_once_the_token_is_given() {
        Browser b = browser("token-sign-in");
        b.open("/");
        b.js(GUARD, "let-me-in");
        b.js("location.hash = '#/knowledge/glossary'");
        WebElement dialog = b.waitFor(By.cssSelector("dialog.login"));
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Sign in to the advisor");
        WebElement token = b.field(dialog, "Access token");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(token);
        b.screenshot("sign-in");
        dialog.findElement(By.xpath(".//button[normalize-space()='Sign in']")).click();
        assertThat(b.waitFor(By.cssSelector("dialog.login .field-error")).getText()).isEqualTo("Enter the access token.");
        token.sendKeys("let-me-in");
        dialog.findElement(By.xpath(".//button[normalize-space()='Sign in']")).click();

        b.waitForHeading("Knowledge: glossary");
        assertThat(b.driver.findElements(By.cssSelector("dialog.login"))).isEmpty();
        assertThat(b.js("return sessionStorage.getItem('advisor.accessToken')")).isEqualTo("let-me-in");
        assertThat(b.driver.findElements(By.cssSelector(".glossary dt"))).isNotEmpty();
        assertThat(b.js("return window.__refused")).isEqualTo(1L);
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.SerializationUtils;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.VerwijsindexApplication;
import nl.verwijsindex.access.internal.TotpCodes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 §4, "session attributes are stored as JSON, not Java serialisation": reading a Java-serialised row
 * could construct any class on the class path. After a login (password, second factor set up, a page), every
 * attribute in {@code spring_session_attributes} is JSON and none starts with Java serialisation's header 0xACED; a
 * row Java-serialised by the earlier version logs the visitor out instead of failing (ADR 0035).
 */
class SessionAttributesStoredAsJsonTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7]+)</code>");
    private static final String PASSWORD = "correct horse battery";

    @Test
    void ISSUE12_SESSION_JSON_everyStoredAttributeIsJsonAndAnOldJavaSerialisedOneLogsOutInsteadOfFailing()
            throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VerwijsindexApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-cluster")) {
            Fixtures fixtures = new Fixtures(app);
            Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
            String username = "j-" + UUID.randomUUID().toString().substring(0, 8);
            app.getBean(AccountAdministration.class)
                    .createWithChosenPassword(
                            NewAccount.professional(username, professional.name(), PASSWORD, professional.id()));
            Browser browser = new Browser(
                    ((WebServerApplicationContext) app).getWebServer().getPort());

            // A page first, so that the login has a saved request to return to; then the two steps.
            browser.get("/signalen");
            HttpResponse<String> loginPage = browser.get("/inloggen");
            browser.post("/inloggen", csrf(loginPage.body()), "gebruikersnaam", username, "wachtwoord", PASSWORD);
            HttpResponse<String> enrol = browser.get("/inloggen/code-instellen");
            Matcher secret = SECRET.matcher(enrol.body());
            assertThat(secret.find()).isTrue();
            TotpCodes totp = app.getBean(TotpCodes.class);
            HttpResponse<String> confirmed = browser.post(
                    "/inloggen/code-instellen",
                    csrf(enrol.body()),
                    "code",
                    totp.code(secret.group(1), totp.currentStep()));
            assertThat(confirmed.statusCode()).isEqualTo(302);
            assertThat(browser.get("/signalen").statusCode()).isEqualTo(200);

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<byte[]> stored = jdbc.sql("""
                            select a.attribute_bytes from spring_session_attributes a
                            join spring_session s on s.primary_id = a.session_primary_id
                            where s.principal_name = :account""")
                    .param("account", accountId(jdbc, username).toString())
                    .query(byte[].class)
                    .list();
            assertThat(stored)
                    .as("the login's attributes, the security context among them")
                    .isNotEmpty();
            JsonMapper json = JsonMapper.builder().build();
            for (byte[] bytes : stored) {
                assertThat(bytes.length >= 2 && (bytes[0] & 0xFF) == 0xAC && (bytes[1] & 0xFF) == 0xED)
                        .as("no Java serialisation header")
                        .isFalse();
                assertThat(json.readTree(bytes))
                        .as(new String(bytes, StandardCharsets.UTF_8))
                        .isNotNull();
            }
            assertThat(stored)
                    .anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("SecurityContextImpl"));

            // A session stored by the version before: Java-serialised. The visitor logs in again, no error page.
            jdbc.sql("update spring_session_attributes set attribute_bytes = :old")
                    .param("old", SerializationUtils.serialize("stored before the change"))
                    .update();
            HttpResponse<String> afterUpgrade = browser.get("/signalen");
            assertThat(afterUpgrade.statusCode()).isEqualTo(302);
            assertThat(URI.create(afterUpgrade.headers().firstValue("Location").orElseThrow())
                            .getPath())
                    .isEqualTo("/inloggen");
        }
    }

    private static UUID accountId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** Keeps the session cookie itself: the JDK's cookie store sends no Secure cookie over http. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;
        private String cookie;

        Browser(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET());
        }

        HttpResponse<String> post(String path, String csrf, String... fields) throws Exception {
            StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                form.append('&')
                        .append(fields[i])
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("VERWIJSINDEX_SESSION="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }
    }
}

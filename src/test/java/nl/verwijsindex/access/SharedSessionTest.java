// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.VerwijsindexApplication;
import nl.verwijsindex.access.internal.TotpCodes;

/**
 * Two instances on one database, as behind a load balancer without sticky sessions (docs/adr/0017): a login
 * begun on one instance goes on on the other, the second factor's secret being set up is sealed in the shared
 * session store, and a session attribute that no longer reads (after an upgrade) logs the visitor out
 * instead of failing every request.
 */
class SharedSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7]+)</code>");
    private static final String PASSWORD = "correct horse battery";

    @Test
    void aLoginBegunOnOneInstanceGoesOnOnTheOtherAndTheSecretBeingSetUpIsNeverInTheStoreInPlaintext() throws Exception {
        try (ConfigurableApplicationContext first = start();
                ConfigurableApplicationContext second = start()) {
            Fixtures fixtures = new Fixtures(first);
            Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
            String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
            first.getBean(AccountAdministration.class)
                    .createWithChosenPassword(
                            NewAccount.professional(username, professional.name(), PASSWORD, professional.id()));
            Browser one = new Browser(port(first));
            Browser other = new Browser(port(second));

            // The password on the first instance, the set-up page of the second factor on the other.
            HttpResponse<String> loginPage = one.get("/inloggen");
            HttpResponse<String> afterPassword =
                    one.post("/inloggen", csrf(loginPage.body()), "gebruikersnaam", username, "wachtwoord", PASSWORD);
            assertThat(location(afterPassword)).isEqualTo("/inloggen/code-instellen");
            other.cookie = one.cookie;
            HttpResponse<String> enrol = other.get("/inloggen/code-instellen");
            assertThat(enrol.statusCode()).isEqualTo(200);
            Matcher secret = SECRET.matcher(enrol.body());
            assertThat(secret.find()).as("the set-up page shows the secret").isTrue();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select attribute_bytes from spring_session_attributes")
                            .query(byte[].class)
                            .list())
                    .as("the session store holds the secret only sealed")
                    .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(secret.group(1)));

            // The code on the first instance again; then both know the login.
            TotpCodes totp = first.getBean(TotpCodes.class);
            one.cookie = other.cookie;
            HttpResponse<String> confirmed = one.post(
                    "/inloggen/code-instellen",
                    csrf(enrol.body()),
                    "code",
                    totp.code(secret.group(1), totp.currentStep()));
            assertThat(location(confirmed)).isEqualTo("/");
            other.cookie = one.cookie;
            assertThat(one.get("/signalen").statusCode()).isEqualTo(200);
            HttpResponse<String> start = other.get("/");
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.body()).contains("Welkom, " + professional.name());

            // After an upgrade that changed a class in the session: logged out, not an error page.
            jdbc.sql("update spring_session_attributes set attribute_bytes = decode('aced0005', 'hex')")
                    .update();
            HttpResponse<String> afterUpgrade = other.get("/signalen");
            assertThat(afterUpgrade.statusCode()).isEqualTo(302);
            assertThat(location(afterUpgrade)).isEqualTo("/inloggen");
        }
    }

    private static ConfigurableApplicationContext start() {
        // The database TwoInstancesTest's two instances use as well, one test after the other: one server fewer.
        return new SpringApplicationBuilder(VerwijsindexApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-cluster");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Where a redirect goes, without the scheme and host (which the container may add). */
    private static String location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** A browser that keeps the session cookie itself: the JDK's cookie store sends no Secure cookie over http. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final int port;
        String cookie;

        Browser(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String csrf, String... fields) throws IOException, InterruptedException {
            StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                form.append('&')
                        .append(fields[i])
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            return cookie == null ? builder : builder.header("Cookie", cookie);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("VERWIJSINDEX_SESSION="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }
    }
}

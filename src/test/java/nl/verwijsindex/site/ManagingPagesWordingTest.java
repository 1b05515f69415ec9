// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.DemoRun;

/**
 * Issue 16 item 10: no rule ids, enum names, region or municipality codes or UUIDs are shown to people. Every page
 * a managing role of the demo can reach by following links from its start page is fetched as that person (logged in
 * through the login form) and the text people read is checked. Downloads and the logout are not followed.
 */
@DemoRun
class ManagingPagesWordingTest {

    /** More than every managing role has; a crawl that grows past it is following something endless. */
    private static final int MAX_PAGES = 200;

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z][A-Z0-9-]+\\b");
    /** An enum constant: capitals joined by underscores, or a long all-capital word that is no abbreviation. */
    private static final Pattern ENUM_NAME =
            Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{6,}\\b(?!\\.)");
    /** A municipality's CBS code as the index keeps it, or the demo region's code. */
    private static final Pattern CODE = Pattern.compile("\\bGM\\d{4}\\b|\\beemland\\b");

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"regievoerder", "regiocoordinator", "beheerder", "coordinator", "privacyloket", "fg"})
    void noPageOfAManagingRoleShowsAnIdAnEnumNameARuleIdOrACode(String username) throws Exception {
        cookies.clear();
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        logIn(client, username);

        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        List<String> findings = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = get(client, path);
            String type = page.headers().firstValue("Content-Type").orElse("");
            if (page.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            String html = page.body();
            for (String finding : findings(visibleText(html))) {
                findings.add(path + ": " + finding);
            }
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (follow(link) && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        // The data protection officer has three: the start page, the logbook and the password page.
        assertThat(seen).as("pages crawled as %s", username).hasSizeGreaterThanOrEqualTo(3);
        assertThat(findings).as("what people should not see, as %s", username).isEmpty();
    }

    /**
     * The data protection officer's logbook shows its lines only after a search (a POST, which the crawl does not
     * make): a search over the demo's last month, which holds the demo history's registrations and reads.
     */
    @Test
    void R_LOGBOOK_theDataProtectionOfficersLogbookSearchShowsNoIdEnumNameRuleIdOrCode() throws Exception {
        cookies.clear();
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        logIn(client, "fg");
        String form = get(client, "/fg/logboek").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String search = "van=" + LocalDate.now().minusDays(30) + "&tot=" + LocalDate.now() + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> result = send(
                client,
                request("/fg/logboek")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(search)));

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).as("lines found").contains("regels</caption>");
        assertThat(findings(visibleText(result.body())))
                .as("what the officer should not see")
                .isEmpty();
    }

    static List<String> findings(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(UUID, RULE_ID, ENUM_NAME, CODE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add("'" + m.group() + "' in \"" + text.substring(from, to).replaceAll("\\s+", " ") + "\"");
            }
        }
        return found;
    }

    /** The text of the page as it reads: without scripts, styles, comments and tags. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"");
    }

    private static boolean follow(String link) {
        return !link.startsWith("/webjars")
                && !link.startsWith("/css")
                && !link.startsWith("/js")
                && !link.startsWith("/vendor")
                && !link.startsWith("/uitloggen")
                && !link.startsWith("/api")
                && !link.startsWith("/swagger")
                && !link.startsWith("/v3")
                && !link.startsWith("/actuator")
                && !link.matches(".*\\.(csv|xlsx|pdf|json|jsonl|png|ico|svg)(\\?.*)?$")
                && !link.contains("download")
                && !link.contains("export");
    }

    private void logIn(HttpClient client, String username) throws IOException, InterruptedException {
        String login = get(client, "/inloggen").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "gebruikersnaam=" + username + "&wachtwoord=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> start = send(
                client,
                request("/inloggen")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(start.body()).as("logged in as %s", username).contains("Uitloggen");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return send(client, request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /**
     * Sends and follows redirects, keeping the cookies by hand: the session cookie is Secure, which Java's cookie
     * handler does not send over plain HTTP as browsers do to localhost.
     */
    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 5; hops++) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            String path = location.startsWith("http") ? URI.create(location).getRawPath() : location;
            response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private final Map<String, String> cookies = new LinkedHashMap<>();
}

package nl.verwijsindex.bench.drive;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import nl.verwijsindex.bench.common.Args;
import nl.verwijsindex.bench.common.Environment;

/**
 * Times the organisation coordinator's view (R-COORDINATOR, {@code /organisatie/opvolging}: the organisation's
 * matches past their deadline and its professionals' open coordination tasks) as an organisation coordinator sees it:
 * signed in through the login pages with a password and a code from an authenticator app, in a session of the
 * service. The coordinator is of the organisation with the most matches not consulted; the benchmark writes the
 * account into the database (as the loader writes the directory), with a password it makes up now and no second
 * factor yet, so the first login sets one up from the key the set-up page shows (TOTP, RFC 6238).
 *
 * <pre>java -cp ... nl.verwijsindex.bench.drive.CoordinatorView --base-url http://127.0.0.1:18080</pre>
 * Prints the median of three requests after one not counted, as run.sh's report timings do.
 */
public final class CoordinatorView {

    private static final String USERNAME = "bench-organisation-coordinator";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern KEY = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7 ]+)</code>");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    // The session cookie is Secure; java.net's cookie handler would not send it over http://127.0.0.1.
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private CoordinatorView(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, java.util.Set.of(), java.util.Set.of("base-url"));
        String baseUrl = args.string("base-url", "http://127.0.0.1:18080");
        String password = randomPassword();
        UUID organisation;
        long open;
        try (Connection connection = Environment.connect()) {
            Object[] busiest = busiestOrganisation(connection);
            organisation = (UUID) busiest[0];
            open = (Long) busiest[1];
            writeAccount(connection, organisation, password);
        }
        CoordinatorView view = new CoordinatorView(baseUrl);
        view.signIn(password);
        List<Long> times = new ArrayList<>();
        HttpResponse<String> page = null;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            page = view.get("/organisatie/opvolging");
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (page.statusCode() != 200) {
                throw new IllegalStateException("/organisatie/opvolging answered " + page.statusCode());
            }
            if (i > 0) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        System.out.printf("organisation %s: %,d matches not consulted; page %,d bytes, %d table rows%n", organisation,
                open, page.body().length(), count(page.body(), "<tr"));
        System.out.printf("RESULT coordinator_view_ms=%d%n", times.get(1));
    }

    /** The organisation with the most matches not consulted, first or second, and how many. */
    private static Object[] busiestOrganisation(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                select o, count(*) from (select organisation_a as o from coordination_match where consulted_at is null
                                         union all
                                         select organisation_b from coordination_match where consulted_at is null
                                           and organisation_b <> organisation_a) x
                group by o order by 2 desc, 1 limit 1""");
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The history has no coordination matches not consulted");
            }
            return new Object[] {rs.getObject(1, UUID.class), rs.getLong(2)};
        }
    }

    private static void writeAccount(Connection connection, UUID organisation, String password) throws Exception {
        try (PreparedStatement delete = connection.prepareStatement("delete from user_account where username = ?")) {
            delete.setString(1, USERNAME);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into user_account (id, username, display_name, password_hash, role, organisation_id, created_at)
                values (?, ?, 'Benchmark instellingscoördinator', ?, 'ORGANISATION_COORDINATOR', ?, now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, USERNAME);
            insert.setString(3, argon2(password));
            insert.setObject(4, organisation);
            insert.executeUpdate();
        }
    }

    private void signIn(String password) throws Exception {
        HttpResponse<String> login = get("/inloggen");
        HttpResponse<String> afterPassword = post("/inloggen",
                Map.of("gebruikersnaam", USERNAME, "wachtwoord", password, "_csrf", csrf(login)));
        String next = location(afterPassword);
        if (!next.contains("/inloggen")) {
            // The service asks no second factor (verwijsindex.accounts.second-factor-required=false): signed in.
            System.out.println("signed in with the password (the service asks no second factor)");
            return;
        }
        if (!next.contains("/inloggen/code-instellen")) {
            throw new IllegalStateException("after the password the service sent us to " + next);
        }
        HttpResponse<String> enrol = get("/inloggen/code-instellen");
        Matcher key = KEY.matcher(enrol.body());
        if (!key.find()) {
            throw new IllegalStateException("the set-up page shows no key");
        }
        HttpResponse<String> afterCode = post("/inloggen/code-instellen",
                Map.of("code", totp(key.group(1)), "_csrf", csrf(enrol)));
        String landing = location(afterCode);
        if (landing.contains("/inloggen")) {
            throw new IllegalStateException("the code was not accepted: " + landing);
        }
        System.out.println("signed in with the password and a code from the key the set-up page showed");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        request.timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect from " + response.uri() + ", got " + response.statusCode()));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The current code of a base32 key: HMAC-SHA1 of the 30-second step, 6 digits (RFC 6238). */
    static String totp(String base32) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32Decode(base32), "HmacSHA1"));
        long step = System.currentTimeMillis() / 1000 / 30;
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                continue;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /**
     * The password as the service's {@code DelegatingPasswordEncoder} stores it: {@code {argon2}} and Argon2id in the
     * encoding of Spring Security's {@code Argon2EncodingUtils} (the parameters are in the hash, so the service's own
     * settings need not be the same).
     */
    private static String argon2(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int memory = 19_456;
        int iterations = 2;
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withParallelism(1)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "{argon2}$argon2id$v=19$m=%d,t=%d,p=1$%s$%s".formatted(memory, iterations, b64.encodeToString(salt),
                b64.encodeToString(hash));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

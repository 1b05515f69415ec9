// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verwijsindex.national.client.NationalIndexRefused;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.SignalState;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retiring a key version while the hub runs (docs/adr/0045): rotate, refuse while a signal holds only the old version,
 * re-key, retire by the administrator's call, and a registration after the retirement still matches a youth registered
 * before it. On parties of its own (the shared hub's tests keep reporting under version 1), with hub and service
 * holding key versions 1 and 2 and one administrator.
 */
class HubKeyRetirementAtRuntimeTest {

    private static final String ADMINISTRATOR = "hub-operator";
    private static final LocalDate REGISTERED = LocalDate.of(2026, 4, 1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static NationalParties parties;
    private static SSLContext administrator;

    @BeforeAll
    static void start() throws IOException {
        parties = new NationalParties(
                Files.createTempDirectory("hub-retirement"), "--verwijsindex.hub.administrators=" + ADMINISTRATOR);
        administrator = parties.tls(ADMINISTRATOR);
    }

    @AfterAll
    static void stop() throws IOException {
        if (parties != null) {
            parties.close();
        }
    }

    @Test
    void R_NATIONAL_R_MATCH_YOUTH_aVersionIsRetiredAtRuntimeOnceReKeyedAndAYouthRegisteredBeforeStillMatches()
            throws Exception {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String c = parties.freshRegion();
        String youth = "900200001";
        String parent = "900200002";
        String other = "900200003";
        SignalReport registeredBefore = report("before-a", youth, List.of(parent), 1);
        SignalReport elsewhere = report("other-b", other, List.of(), 1);
        parties.client(a, 1).report(registeredBefore);
        parties.client(b, 1).report(elsewhere);

        // The current version (the highest in the key file) is never retired; nor is one the hub has no keys of.
        assertProblem(retire("2"), 409, "key-version-current");
        assertProblem(retire("7"), 422, "unknown-key-version");
        assertProblem(retire("x"), 422, "unknown-key-version");

        // Before the regions' round: both signals hold version 1 only, so it is refused, with the count per region.
        HttpResponse<String> refused = retire("1");
        assertProblem(refused, 409, "key-version-in-use");
        JsonNode counts = JSON.readTree(refused.body());
        assertThat(counts.get("signalsOnlyOnVersion").asLong()).isEqualTo(2);
        assertThat(counts.get("signalsOnlyOnVersionPerRegion").get(a).asLong()).isEqualTo(1);
        assertThat(counts.get("signalsOnlyOnVersionPerRegion").get(b).asLong()).isEqualTo(1);
        assertThat(versions()).as("a refusal deletes nothing").containsExactly(1);

        // The regions' round (docs/adr/0032 step 3): each signal again under version 2.
        parties.client(a, 2).report(again(registeredBefore, 2));
        JsonNode halfway = state();
        assertThat(halfway.get("signalsOnlyOnKeyVersion").get("1").asLong()).isEqualTo(1);
        assertProblem(retire("1"), 409, "key-version-in-use");
        parties.client(b, 2).report(again(elsewhere, 2));
        assertThat(state().get("signalsOnlyOnKeyVersion").get("1").asLong()).isZero();

        HttpResponse<String> retired = retire("1");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(retired.body());
        assertThat(answer.get("outcome").asString()).isEqualTo("retired");
        assertThat(answer.get("retiredBy").asString()).isEqualTo(ADMINISTRATOR);
        assertThat(answer.get("youthPseudonymsDeleted").asLong()).isEqualTo(2);
        assertThat(answer.get("parentPseudonymsDeleted").asLong()).isEqualTo(1);
        assertThat(versions()).as("no pseudonym of version 1 is left").containsExactly(2);
        assertThat(parties.hubDatabase()
                        .sql("select retired_by from hub.retired_key_version where key_version = 1")
                        .query(String.class)
                        .single())
                .isEqualTo(ADMINISTRATOR);
        assertThat(JSON.readTree(retire("1").body()).get("outcome").asString())
                .as("retiring again answers the first retirement")
                .isEqualTo("already-retired");
        JsonNode after = state();
        assertThat(after.get("retired").get(0).get("keyVersion").asInt()).isEqualTo(1);
        assertThat(after.get("signalsOnlyOnKeyVersion").has("1")).isFalse();

        // Without a restart: a report under version 1 is refused, though its keys are still in the key file.
        assertThatThrownBy(() -> parties.client(c, 1).report(report("late-c", youth, List.of(), 1)))
                .isInstanceOfSatisfying(
                        NationalIndexRefused.class, e -> assertThat(e.code()).isEqualTo("unknown-key-version"));
        assertThat(parties.hubDatabase()
                        .sql("select count(*) from hub.signal where region = :region")
                        .param("region", c)
                        .query(Long.class)
                        .single())
                .isZero();

        // A registration after the retirement, under version 2, matches the youth registered before it.
        parties.drain(a);
        parties.drain(b);
        parties.client(c, 2).report(report("after-c", youth, List.of(), 1));
        Delivery toC = assertThat(parties.drain(c)).singleElement().actual();
        assertThat(toC.kind()).isEqualTo(DeliveryKind.YOUTH_MATCH);
        assertThat(toC.other().region()).isEqualTo(a);
        assertThat(toC.other().name()).isEqualTo("Professional before-a");
        assertThat(parties.drain(a))
                .singleElement()
                .satisfies(d -> assertThat(d.ownSignalRef()).isEqualTo("before-a"));

        assertThat(parties.logLines())
                .anyMatch(line -> line.contains("key version retirement refused: administrator=" + ADMINISTRATOR
                        + " keyVersion=1 signalsOnlyOnVersion=2"))
                .anyMatch(line -> line.contains("key version retired: administrator=" + ADMINISTRATOR
                        + " keyVersion=1 youthPseudonymsDeleted=2 parentPseudonymsDeleted=1 outcome=retired"))
                .anyMatch(line -> line.contains("keyVersion=1 outcome=unknown-key-version"));

        // At a start, a version retired at runtime counts as gone, and a retired current version stops the start (a key
        // file restored from before a rotation would have every report refused).
        KeyRetirement atStart = parties.hub().getBean(KeyRetirement.class);
        atStart.run(null);
        assertThat(parties.logLines()).anyMatch(line -> line.contains("key versions: current=2 retired=[1]"));
        parties.hubDatabase()
                .sql("insert into hub.retired_key_version values (2, now(), 'test', 0, 0)")
                .update();
        try {
            assertThatThrownBy(() -> atStart.run(null))
                    .hasMessageContaining("key.2, the highest key version in the hub's key file")
                    .hasMessageContaining("verwijsindex.hub.keys-file");
        } finally {
            parties.hubDatabase()
                    .sql("delete from hub.retired_key_version where key_version = 2")
                    .update();
        }
    }

    @Test
    void R_NATIONAL_onlyAnAdministratorsCertificateReachesTheAdminApiAndItReachesNothingElse() throws Exception {
        String region = parties.freshRegion();
        HttpResponse<String> asRegion = parties.send(
                parties.tls(region),
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/admin/key-versions/1/retire"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertProblem(asRegion, 403, "unknown-party");
        assertProblem(
                parties.send(
                        parties.tls(region),
                        HttpRequest.newBuilder(parties.hubUri().resolve("v1/admin/key-versions"))
                                .build()),
                403,
                "unknown-party");
        assertProblem(
                parties.send(
                        administrator,
                        HttpRequest.newBuilder(parties.hubUri().resolve("v1/inbox"))
                                .build()),
                403,
                "unknown-party");
        assertThat(parties.send(
                                administrator,
                                HttpRequest.newBuilder(parties.hubUri().resolve("v1/admin/key-versions"))
                                        .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void R_NATIONAL_aReportWaitsWhileItsKeyVersionIsBeingRetired() throws Exception {
        String region = parties.freshRegion();
        DataSource hubDataSource = parties.hub().getBean(DataSource.class);
        ExecutorService reporter = Executors.newSingleThreadExecutor();
        try (Connection retiring = hubDataSource.getConnection()) {
            // What a retirement of version 2 holds while it counts and deletes (KeyVersionRetirement.retire).
            retiring.setAutoCommit(false);
            try (PreparedStatement lock = retiring.prepareStatement("select pg_advisory_xact_lock(?, 2)")) {
                lock.setInt(1, KeyVersionRetirement.LOCK_SPACE);
                lock.executeQuery().close();
            }
            Future<?> report = reporter.submit(
                    () -> parties.client(region, 2).report(report("waits-" + region, "900200009", List.of(), 1)));
            Thread.sleep(1_500);
            assertThat(report.isDone())
                    .as("the report waits for the retirement")
                    .isFalse();
            retiring.rollback();
            report.get(30, TimeUnit.SECONDS);
        } finally {
            reporter.shutdownNow();
        }
        assertThat(parties.hubDatabase()
                        .sql("select count(*) from hub.signal_youth where region = :region and key_version = 2")
                        .param("region", region)
                        .query(Long.class)
                        .single())
                .as("the retirement did not happen, so the report is applied once it may go on")
                .isOne();
    }

    private static HttpResponse<String> retire(String version) throws IOException, InterruptedException {
        return parties.send(
                administrator,
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/admin/key-versions/" + version + "/retire"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    private static JsonNode state() throws IOException, InterruptedException {
        HttpResponse<String> response = parties.send(
                administrator,
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/admin/key-versions"))
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<Integer> versions() {
        return parties.hubDatabase()
                .sql("select distinct key_version from hub.signal_youth union select key_version from"
                        + " hub.signal_parent order by 1")
                .query(Integer.class)
                .list();
    }

    private static SignalReport report(String ref, String youth, List<String> parents, long sequence) {
        return new SignalReport(
                ref,
                UUID.randomUUID(),
                sequence,
                SignalState.ACTIVE,
                youth,
                parents,
                null,
                REGISTERED,
                REGISTERED.plusYears(2),
                null,
                new ContactCard("Professional " + ref, "Wijkteam", null, ref + "@retirement.test", null));
    }

    private static SignalReport again(SignalReport report, long sequence) {
        return report(report.signalRef(), report.youthBsn(), report.parentBsns(), sequence);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}

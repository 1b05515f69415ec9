// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.youth.BsnProtection;

/**
 * The person checks (R-MOVE, R-DEATH) go on past a youth whose stored BSN cannot be decrypted (its key not
 * configured, a damaged row): that youth fails its own check, with a reason and a back-off, and does not hold up the
 * youths claimed in the same batch. The oldest
 * due youth is claimed first, so before this such a youth aborted every scheduled run at its start and left the rest
 * of its batch claimed for the lease's two minutes, run after run.
 */
@IntegrationTest
class UnreadableBsnTest extends IntegrationTestBase {

    /** Due before anything else of the shared context, so both youths come in the same (first) batch. */
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    BsnProtection protection;

    @Autowired
    PersonCheck check;

    private DueYouths youths;

    @BeforeEach
    void youths() {
        youths = new DueYouths(jdbc);
    }

    @AfterEach
    void removeTheYouths() {
        youths.removeAll();
    }

    @Test
    void R_MOVE_aYouthWhoseBsnCannotBeReadFailsItsOwnCheckAndTheRestOfTheBatchIsChecked() {
        // a ciphertext under the current key id whose tag does not verify: "wrong key or tampered data"
        byte[] damaged = DueYouths.random(1 + 12 + 16 + 9);
        damaged[0] = (byte) protection.currentKeyId();
        long unreadable = youths.byBsn(damaged, protection.currentKeyId(), LONG_AGO);
        long byNumber = youths.byNumber(LONG_AGO.plusSeconds(1), 0, null);

        // the scheduled check (every second in the tests) takes both up, and takes the failed one up again after its
        // back-off (one to two seconds): its row is read once between two claims
        Map<String, Object> failed = await(
                        "the one youth checked; the other failed, its claim released (not left claimed)")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> row(byNumber).get("sync_due_at") == null ? row(unreadable) : null,
                        r -> r != null
                                && RegisterPersonCheck.UNREADABLE.equals(r.get("sync_error"))
                                && r.get("sync_lease_until") == null);
        assertThat((Integer) failed.get("sync_attempts")).isPositive();
        assertThat(((OffsetDateTime) failed.get("sync_due_at")).toInstant())
                .as("retried later, with the back-off of any failure")
                .isAfter(LONG_AGO.toInstant());
        assertThat(check.status().failing())
                .as("counted as failing in the health component")
                .isPositive();
    }

    private Map<String, Object> row(long youth) {
        return jdbc.sql("select sync_due_at, sync_error, sync_attempts, sync_lease_until from youth_person"
                        + " where youth_id = :youth")
                .param("youth", youth)
                .query((rs, n) -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("sync_due_at", rs.getObject("sync_due_at", OffsetDateTime.class));
                    values.put("sync_error", rs.getString("sync_error"));
                    values.put("sync_attempts", rs.getInt("sync_attempts"));
                    values.put("sync_lease_until", rs.getObject("sync_lease_until", OffsetDateTime.class));
                    return values;
                })
                .single();
    }
}

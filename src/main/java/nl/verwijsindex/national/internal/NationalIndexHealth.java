// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import nl.verwijsindex.national.NationalOutbox;

/**
 * The outbox, visible to operators: how much waits for the hub, how much is being retried through an outage, and
 * how much the hub refused (parked: a message that will not go out until someone looks). DEGRADED while anything is
 * retried or parked, never OUT_OF_SERVICE: registering goes on without the hub.
 */
@Component("nationalIndex")
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class NationalIndexHealth implements HealthIndicator {

    private final NationalOutbox outbox;

    NationalIndexHealth(NationalOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        NationalOutbox.Status status = outbox.status();
        Health.Builder health =
                status.retrying() == 0 && status.parked() == 0 ? Health.up() : Health.status("DEGRADED");
        return health.withDetail("pending", status.pending())
                .withDetail("retrying", status.retrying())
                .withDetail("parked", status.parked())
                .withDetail("waitingForBsn", status.waitingForBsn())
                .withDetail(
                        "oldestPending",
                        status.oldestPending() == null
                                ? ""
                                : status.oldestPending().toString())
                .build();
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import nl.verwijsindex.retention.KeyRotation;

/**
 * ADR 0022, for the operator who rotates a key: the current key id, what each older key still holds (counts
 * only), and which older keys hold nothing and may be removed. Shows what the latest re-keying run counted,
 * so a health probe never counts every row. DOWN when rows are under a key that is no longer configured.
 */
@Component("keys")
class KeyRotationHealth implements HealthIndicator {

    private final KeyRotation rotation;

    KeyRotationHealth(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public Health health() {
        KeyRotation.Status status = rotation.lastStatus();
        if (status == null) {
            return Health.up().withDetail("counted", false).build();
        }
        Health.Builder health = status.unconfigured().isEmpty() ? Health.up() : Health.down();
        return health.withDetail("currentKeyId", status.currentKeyId())
                .withDetail("activeKeyIds", status.activeKeyIds())
                .withDetail("youthsByBsn", status.bsnYouths())
                .withDetail("youthsByViNumber", status.viYouths())
                .withDetail("personData", status.personData())
                .withDetail("retirable", status.retirable())
                .withDetail("unconfiguredButUsed", status.unconfigured())
                .build();
    }
}

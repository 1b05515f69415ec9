// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import nl.verwijsindex.person.PersonCheck;

/**
 * The degraded mode, visible to operators: registration goes on while the register is unreachable, and
 * the health endpoint shows how many youths wait for family and address matching. Reported as UP with
 * details, or as DEGRADED ("OUT_OF_SERVICE" would take the instance out of a load balancer for something
 * it handles).
 */
@Component("personRegister")
class PersonRegisterHealth implements HealthIndicator {

    private final PersonCheck check;

    PersonRegisterHealth(PersonCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        PersonCheck.Status status = check.status();
        Health.Builder health = status.connected() && status.failing() == 0 ? Health.up() : Health.status("DEGRADED");
        return health.withDetail("connected", status.connected())
                .withDetail("youthsWaiting", status.due())
                .withDetail("youthsFailing", status.failing())
                .withDetail("lastError", status.lastError() == null ? "" : status.lastError())
                .build();
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * R-SUPERVISE: the supervisors of each municipality, with their contact details and a credential for the supervisor
 * API; a token is {@code <supervisor id>.<secret>}, shown once.
 */
public interface MunicipalSupervisors {

    ApiClients.IssuedToken add(String municipalityCode, NewSupervisor supervisor);

    /** With a secret chosen by the caller (at least 32 characters): for the published demo tokens. */
    ApiClients.IssuedToken addWithSecret(
            SupervisorId id, String municipalityCode, NewSupervisor supervisor, String secret);

    /**
     * Replaces the supervisor's secret; the old token keeps working for {@code overlap} (at most 30 days; zero for
     * a leaked one), so their system can switch without an outage (issue 12).
     */
    ApiClients.IssuedToken rotate(String municipalityCode, SupervisorId supervisorId, Duration overlap);

    /** Ends the supervisor's credential; their notices stay. */
    void remove(String municipalityCode, SupervisorId supervisorId);

    /** The current supervisors of a municipality. */
    List<Supervisor> of(String municipalityCode);

    /** A supervisor who has not been removed. */
    Optional<Supervisor> find(SupervisorId supervisorId);

    Optional<MunicipalSupervisorPrincipal> authenticate(String token);

    record NewSupervisor(String name, String email, String phone) {}

    record Supervisor(SupervisorId id, String municipalityCode, String name, String email, String phone) {}
}

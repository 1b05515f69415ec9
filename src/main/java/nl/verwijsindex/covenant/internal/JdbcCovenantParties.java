// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.CovenantParties;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.ReferenceData;

/**
 * The directory's port for R-MELDER and its organisation overview: which covenants an organisation is party
 * to. Apart from {@link JdbcCovenants}, which asks the directory for names, so the beans do not depend on
 * each other in a circle.
 */
@Component
@Transactional(readOnly = true)
class JdbcCovenantParties implements CovenantParties {

    private final JdbcClient jdbc;

    /** Issue 18 (docs/adr/0060): each organisation's memberships, kept across transactions until one changes. */
    private final ReferenceData.Kept<OrganisationId, List<Membership>> memberships;

    JdbcCovenantParties(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.memberships = reference.kept();
    }

    /** A covenant the organisation joined, and left when {@code leftOn} is not null. */
    private record Membership(String regionCode, LocalDate joinedOn, LocalDate leftOn) {

        boolean on(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    @Override
    // Issue 18 (docs/adr/0051): one statement, so no transaction of its own when the caller has none (a registration's
    // authorisation): a BEGIN READ ONLY and a COMMIT fewer.
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<String> regionsOn(OrganisationId organisation, LocalDate day) {
        return memberships.get(organisation, this::membershipsOf).stream()
                .filter(m -> m.on(day))
                .map(Membership::regionCode)
                .toList();
    }

    private List<Membership> membershipsOf(OrganisationId organisation) {
        return List.copyOf(jdbc.sql("""
                        select region_code, joined_on, left_on from covenant_membership
                        where organisation_id = :org order by region_code""")
                .param("org", organisation.value())
                .query((rs, n) -> new Membership(
                        rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list());
    }

    @Override
    public Map<OrganisationId, List<String>> regionsEver(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(
                        "select organisation_id, region_code from covenant_membership where organisation_id = any(:ids) order by region_code")
                .param(
                        "ids",
                        organisations.stream()
                                .map(OrganisationId::value)
                                .distinct()
                                .toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new OrganisationId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}

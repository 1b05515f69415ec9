// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;

/** Makes fresh regions, organisations and professionals for one test, so tests never share data. */
public final class Fixtures {

    private final DirectoryAdministration directory;
    private final CovenantAdministration covenants;
    private final StaffAdministration staff;
    private final ApiClients apiClients;
    private final JdbcClient jdbc;

    public Fixtures(ApplicationContext context) {
        this.directory = context.getBean(DirectoryAdministration.class);
        this.covenants = context.getBean(CovenantAdministration.class);
        this.staff = context.getBean(StaffAdministration.class);
        this.apiClients = context.getBean(ApiClients.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public String region(boolean suppressSameOrganisationMatches) {
        String code = "r-" + UUID.randomUUID().toString().substring(0, 8);
        covenants.addRegion(code, "Regio " + code, suppressSameOrganisationMatches);
        return code;
    }

    /** A municipality of the region with a CBS code no other test uses. */
    public String municipality(String regionCode) {
        while (true) {
            // Above every real CBS code (they end below 2000): never one the demo data or the stand-in BRP uses.
            String code = "GM%04d"
                    .formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(2_000, 10_000));
            try {
                covenants.addMunicipality(code, "Gemeente " + code, regionCode);
                return code;
            } catch (nl.verwijsindex.shared.DomainException taken) {
                // another test has this code; draw again
            }
        }
    }

    public Organisation organisation(String regionCode) {
        return organisation(regionCode, "MUNICIPAL_YOUTH_TEAM");
    }

    public Organisation organisation(String regionCode, String category) {
        String name = "Organisatie " + UUID.randomUUID().toString().substring(0, 8);
        OrganisationId id = directory.addOrganisation(new NewOrganisation(
                null,
                name,
                null,
                "%08d".formatted(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000)),
                category,
                "Coördinator " + name,
                "coordinator@" + id8() + ".example",
                "030 123 45 67"));
        if (regionCode != null) {
            covenants.joinCovenant(id, regionCode, LocalDate.now().minusYears(1));
        }
        String token = apiClients.issue(id, "test").token();
        return new Organisation(id, name, token);
    }

    public Professional professional(Organisation organisation) {
        return professional(organisation, true);
    }

    public Professional professional(Organisation organisation, boolean designated) {
        String name = "Professional " + id8();
        String email = "p-" + id8() + "@test.example";
        ProfessionalId id = staff.addProfessional(
                new NewProfessional(null, organisation.id(), name, email, "06 1234 5678", designated));
        return new Professional(id, organisation, name, email);
    }

    /**
     * Makes the youths of these signals due for a person register check now, as the nightly re-check would
     * ({@code PersonCheck.recheckAll()}), but only them: the re-check of everything the suite has registered
     * takes tens of seconds in a shared context. The scheduled check picks them up within its interval.
     */
    public void dueForRegisterCheck(String... signalIds) {
        for (String signal : signalIds) {
            jdbc.sql("""
                            insert into youth_person (youth_id, state, sync_due_at)
                            select youth_id, 'NEVER_SYNCED', timestamptz '2000-01-01 00:00:00+00'
                              from signal where id = cast(:signal as uuid)
                            on conflict (youth_id) do update set sync_due_at = excluded.sync_due_at
                            """).param("signal", signal).update();
        }
    }

    public int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    public DirectoryAdministration directory() {
        return directory;
    }

    public CovenantAdministration covenants() {
        return covenants;
    }

    public StaffAdministration staff() {
        return staff;
    }

    private static String id8() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public record Organisation(OrganisationId id, String name, String token) {}

    public record Professional(ProfessionalId id, Organisation organisation, String name, String email) {

        public String signalsPath() {
            return "/api/v1/professionals/" + id + "/signals";
        }

        public String matchesPath() {
            return "/api/v1/professionals/" + id + "/matches";
        }

        public String inboxPath() {
            return "/api/v1/professionals/" + id + "/inbox";
        }

        public String token() {
            return organisation.token();
        }
    }
}

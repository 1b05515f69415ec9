// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.covenant.RegionCategory;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

/**
 * Who is who in the demo: its organisations with their API tokens, professionals, municipal supervisors and web
 * accounts, all with published credentials (never for real data: the demo profile only loads them into its own
 * embedded database). {@link DemoData} loads them; the README and docs/stand-in-brp.md name them.
 */
final class DemoCast {

    private DemoCast() {}

    static final String PASSWORD = "demo";

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation(1, "Jeugdteam Amersfoort", "MUNICIPAL_YOUTH_TEAM", List.of("eemland"), "jeugdteam"),
            new DemoOrganisation(
                    2, "GGD regio Utrecht, jeugdgezondheidszorg", "YOUTH_HEALTH_CARE", List.of("eemland"), "jgz"),
            new DemoOrganisation(
                    3, "Huisartsenpraktijk De Linde", "GENERAL_PRACTITIONER", List.of("eemland"), "huisarts"),
            new DemoOrganisation(4, "Eemland College", "SECONDARY_EDUCATION", List.of("eemland"), "school"),
            new DemoOrganisation(
                    5,
                    "Jeugdhulp Midden-Nederland",
                    "YOUTH_CARE_PROVIDER",
                    List.of("eemland", "holland-rijnland"),
                    "jeugdhulp"),
            new DemoOrganisation(
                    6, "Leerplicht Leiden", "ATTENDANCE_OFFICER", List.of("holland-rijnland"), "leerplicht"),
            new DemoOrganisation(7, "Politie eenheid Den Haag", "POLICE", List.of("holland-rijnland"), "politie"));

    static final List<DemoProfessional> PROFESSIONALS = List.of(
            new DemoProfessional(1, 1, "Sanne de Vries", "s.devries@jeugdteam-amersfoort.example", true, false),
            new DemoProfessional(2, 2, "Ahmed El Amrani", "a.elamrani@ggd-regio-utrecht.example", true, false),
            new DemoProfessional(3, 3, "Marieke Bakker", "m.bakker@delinde-huisartsen.example", false, false),
            new DemoProfessional(4, 4, "Joost van Dam", "j.vandam@eemlandcollege.example", true, false),
            new DemoProfessional(5, 4, "Lotte Jansen", "l.jansen@eemlandcollege.example", false, false),
            new DemoProfessional(6, 5, "Fatima Yilmaz", "f.yilmaz@jeugdhulp-mn.example", true, false),
            new DemoProfessional(7, 6, "Pieter de Groot", "p.degroot@leiden.example", false, false),
            new DemoProfessional(8, 7, "Kees Visser", "k.visser@politie.example", true, false),
            new DemoProfessional(9, 1, "Bram Hoekstra", "b.hoekstra@jeugdteam-amersfoort.example", true, true));

    /** R-SUPERVISE: one municipal supervisor per demo municipality. */
    static final List<DemoSupervisor> SUPERVISORS = List.of(
            new DemoSupervisor(1, "GM0307", "Amersfoort", "Ilse Verhoeven"),
            new DemoSupervisor(2, "GM0308", "Baarn", "Ruud Smit"),
            new DemoSupervisor(3, "GM0342", "Soest", "Noor Peters"),
            new DemoSupervisor(4, "GM0546", "Leiden", "Daan Mulder"),
            new DemoSupervisor(5, "GM0547", "Leiderdorp", "Esra Kaya"),
            new DemoSupervisor(6, "GM0537", "Katwijk", "Femke de Wit"));

    /** Web accounts, one or more per role; every password is {@link #PASSWORD}. */
    static final List<NewAccount> ACCOUNTS = List.of(
            NewAccount.professional("sanne", "Sanne de Vries", PASSWORD, professional(1)),
            NewAccount.professional("ahmed", "Ahmed El Amrani", PASSWORD, professional(2)),
            NewAccount.professional("joost", "Joost van Dam", PASSWORD, professional(4)),
            NewAccount.professional("fatima", "Fatima Yilmaz", PASSWORD, professional(6)),
            NewAccount.professional("kees", "Kees Visser", PASSWORD, professional(8)),
            NewAccount.organisationCoordinator(
                    "coordinator",
                    "Coördinator Jeugdteam Amersfoort",
                    PASSWORD,
                    new OrganisationId(UUID.fromString("11111111-0000-4000-8000-000000000001"))),
            NewAccount.municipalSupervisor("regievoerder", "Regievoerder Amersfoort", PASSWORD, "GM0307"),
            NewAccount.regionCoordinator("regiocoordinator", "Regiocoördinator Eemland", PASSWORD, "eemland"),
            NewAccount.privacyDesk("privacyloket", "Privacyloket Amersfoort", PASSWORD, "GM0307"),
            NewAccount.administrator("beheerder", "Functioneel beheerder", PASSWORD),
            NewAccount.dataProtectionOfficer("fg", "Functionaris gegevensbescherming", PASSWORD));

    static ProfessionalId professional(int number) {
        return new ProfessionalId(UUID.fromString("22222222-0000-4000-8000-%012d".formatted(number)));
    }

    record DemoOrganisation(int number, String name, String category, List<String> regions, String slug) {

        UUID id() {
            return UUID.fromString("11111111-0000-4000-8000-%012d".formatted(number));
        }

        UUID clientId() {
            return UUID.fromString("33333333-0000-4000-8000-%012d".formatted(number));
        }

        String secret() {
            return "demo-" + slug + "-secret-not-for-production";
        }

        String token() {
            return clientId() + "." + secret();
        }
    }

    record DemoSupervisor(int number, String municipalityCode, String municipality, String name) {

        SupervisorId id() {
            return new SupervisorId(UUID.fromString("44444444-0000-4000-8000-%012d".formatted(number)));
        }

        String slug() {
            return municipality.toLowerCase(Locale.ROOT);
        }

        String secret() {
            return "demo-supervisor-" + slug() + "-secret-not-for-production";
        }

        String token() {
            return id() + "." + secret();
        }
    }

    record DemoProfessional(int number, int organisation, String name, String email, boolean designated, boolean left) {

        String note() {
            if (left) {
                return "  (left: may not register)";
            }
            boolean independent =
                    ORGANISATIONS.get(organisation - 1).category().matches("GENERAL_PRACTITIONER|ATTENDANCE_OFFICER");
            return designated || independent ? "" : "  (not designated: may not register)";
        }

        UUID id() {
            return UUID.fromString("22222222-0000-4000-8000-%012d".formatted(number));
        }
    }

    /**
     * Regio Eemland's own settings as the seeds give a region: the categories it admits on top of the national list
     * (seed 001) and its agreements on when (not) to register, shown on the weigh step (seed 004).
     */
    static RegionSettings eemlandsOwnSettings(RegionSettings settings) {
        return settings.changeRegistrationGuidance("""
                        Registreer als de ontwikkeling van een jeugdige op den duur schade kan oplopen. \
                        Bij een eenvoudige opvoedvraag of alleen deelname aan een groepsactiviteit of cursus \
                        registreert u niet; de cursus 'Let op de kleintjes' is een uitzondering.
                        Bespreek de registratie eerst met de ouders of de jongere.""")
                .admitCategories(List.of(
                        new RegionCategory(null, "Kinderopvang", Domain.YOUTH_HEALTH_CARE),
                        new RegionCategory(null, "Verloskundigen", Domain.HEALTH_CARE),
                        new RegionCategory(null, "Peuterspeelzalen", Domain.EDUCATION),
                        new RegionCategory(null, "Jongerenwerk", Domain.SOCIAL_SUPPORT)));
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import static nl.verwijsindex.standalone.DemoCast.ACCOUNTS;
import static nl.verwijsindex.standalone.DemoCast.ORGANISATIONS;
import static nl.verwijsindex.standalone.DemoCast.PASSWORD;
import static nl.verwijsindex.standalone.DemoCast.PROFESSIONALS;
import static nl.verwijsindex.standalone.DemoCast.SUPERVISORS;
import static nl.verwijsindex.standalone.DemoCast.professional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.MunicipalSupervisors.NewSupervisor;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.standalone.DemoCast.DemoOrganisation;
import nl.verwijsindex.standalone.DemoCast.DemoProfessional;
import nl.verwijsindex.standalone.DemoCast.DemoSupervisor;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.youth.Bsn;

/**
 * Two covenant regions with municipalities and their supervisors, organisations of several categories,
 * professionals (one not designated, one who left), one API client per organisation and one credential per
 * supervisor, each with a published demo token. Loaded once
 * into an empty index; never in production ({@code verwijsindex.demo.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StaffAdministration staff;
    private final Covenants covenants;
    private final CovenantAdministration covenantAdministration;
    private final ApiClients apiClients;
    private final AccountAdministration accounts;
    private final MunicipalSupervisors supervisors;
    private final Clock clock;
    private final ObjectProvider<StandInBrp> standInBrp;
    private final SignalRegistration registration;
    private final boolean secondRegion;

    DemoData(
            StaffAdministration staff,
            Covenants covenants,
            CovenantAdministration covenantAdministration,
            ApiClients apiClients,
            AccountAdministration accounts,
            MunicipalSupervisors supervisors,
            Clock clock,
            ObjectProvider<StandInBrp> standInBrp,
            SignalRegistration registration,
            @Value("${verwijsindex.demo.second-region:false}") boolean secondRegion) {
        this.registration = registration;
        this.secondRegion = secondRegion;
        this.staff = staff;
        this.covenants = covenants;
        this.covenantAdministration = covenantAdministration;
        this.apiClients = apiClients;
        this.accounts = accounts;
        this.supervisors = supervisors;
        this.clock = clock;
        this.standInBrp = standInBrp;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!covenants.hasRegion("eemland")) {
            load();
            if (secondRegion) {
                signalAcrossRegions();
            } else {
                signalSiblings();
            }
        }
        // Also into an index loaded before there were accounts. Their password is published, not temporary:
        // the demo logs in with it as it is.
        ACCOUNTS.stream().filter(a -> !accounts.exists(a.username())).forEach(accounts::createWithChosenPassword);
        // Also into a demo database made before supervisors existed.
        for (DemoSupervisor s : SUPERVISORS) {
            if (supervisors.find(s.id()).isEmpty()) {
                supervisors.addWithSecret(
                        s.id(),
                        s.municipalityCode(),
                        new NewSupervisor(s.name(), "regie@" + s.slug() + ".example", "14 0%02d".formatted(s.number())),
                        s.secret());
            }
        }
        StringBuilder banner = new StringBuilder("""

                ===== Verwijsindex demo (never use these credentials in production) =====
                API tokens (Authorization: Bearer <token>, with X-Acting-User: <who in your system>) and their professionals:
                """);
        for (DemoOrganisation o : ORGANISATIONS) {
            banner.append("  ")
                    .append(o.name())
                    .append("\n    token: ")
                    .append(o.token())
                    .append('\n');
            PROFESSIONALS.stream()
                    .filter(p -> p.organisation() == o.number())
                    .forEach(p -> banner.append("    professional ")
                            .append(p.id())
                            .append("  ")
                            .append(p.name())
                            .append(p.note())
                            .append('\n'));
        }
        banner.append("Municipal supervisors (/api/v1/supervisor):\n");
        SUPERVISORS.forEach(s -> banner.append("  ")
                .append(s.municipality())
                .append(" (")
                .append(s.municipalityCode())
                .append("), ")
                .append(s.name())
                .append("\n    token: ")
                .append(s.token())
                .append('\n'));
        banner.append("Administrator token (/api/v1/admin): demo-admin-secret-not-for-production\n");
        banner.append("Web application: http://localhost:8080, log in with password '")
                .append(PASSWORD)
                .append("' as:\n");
        ACCOUNTS.forEach(a -> banner.append("  ")
                .append(a.username())
                .append("  (")
                .append(a.role())
                .append(", ")
                .append(a.displayName())
                .append(")\n"));
        banner.append("Received e-mail: http://localhost:8080/dev/mail\n");
        standInBrp.ifAvailable(
                brp -> banner.append("Stand-in BRP with synthetic persons (who is who: docs/stand-in-brp.md): ")
                        .append(brp.baseUrl())
                        .append("/personen\n"));
        log.info(banner.toString());
    }

    private void load() {
        LocalDate since = LocalDate.now(clock).minusYears(1);
        covenantAdministration.addRegion("eemland", "Regio Eemland", false);
        covenantAdministration.addRegion("holland-rijnland", "Holland Rijnland", true);
        covenantAdministration.addMunicipality("GM0307", "Amersfoort", "eemland");
        covenantAdministration.addMunicipality("GM0308", "Baarn", "eemland");
        covenantAdministration.addMunicipality("GM0342", "Soest", "eemland");
        covenantAdministration.addMunicipality("GM0546", "Leiden", "holland-rijnland");
        covenantAdministration.addMunicipality("GM0547", "Leiderdorp", "holland-rijnland");
        covenantAdministration.addMunicipality("GM0537", "Katwijk", "holland-rijnland");
        for (DemoOrganisation o : ORGANISATIONS) {
            OrganisationId id = covenantAdministration.addOrganisationInCovenants(
                    new NewOrganisation(
                            o.id(),
                            o.name(),
                            "0000000100000000%04d".formatted(o.number()),
                            null,
                            o.category(),
                            "Coördinator " + o.name(),
                            "coordinator@" + o.slug() + ".example",
                            "030 000 00%02d".formatted(o.number())),
                    o.regions(),
                    since);
            apiClients.registerWithSecret(o.clientId(), id, "Demo-koppeling " + o.name(), o.secret());
        }
        for (DemoProfessional p : PROFESSIONALS) {
            staff.addProfessional(new NewProfessional(
                    p.id(),
                    new OrganisationId(ORGANISATIONS.get(p.organisation() - 1).id()),
                    p.name(),
                    p.email(),
                    "06 0000 00%02d".formatted(p.number()),
                    p.designated()));
            if (p.left()) {
                staff.markLeft(new ProfessionalId(p.id()), since.plusMonths(6));
            }
        }
        log.info(
                "Demo data loaded: 2 regions, {} organisations, {} professionals",
                ORGANISATIONS.size(),
                PROFESSIONALS.size());
    }

    /**
     * R-MATCH-FAMILY in the demo: Joost (school) signals Noah Jansen and Fatima (youth care) his sister Emma,
     * two youths of the stand-in BRP's Jansen family. Once the index has asked the register, both get a
     * family-match notice that names neither child.
     */
    private void signalSiblings() {
        if (standInBrp.getIfAvailable() == null) {
            return;
        }
        LocalDate noahBorn = LocalDate.of(2013, 4, 2);
        LocalDate emmaBorn = LocalDate.of(2016, 9, 30);
        registration.register(new RegisterSignal(
                new OrganisationId(ORGANISATIONS.get(3).id()),
                professional(4),
                Bsn.parse("999907931"),
                noahBorn,
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
        registration.register(new RegisterSignal(
                new OrganisationId(ORGANISATIONS.get(4).id()),
                professional(6),
                Bsn.parse("999908881"),
                emmaBorn,
                true,
                Optional.of("eemland"),
                Optional.empty(),
                Actor.SYSTEM));
        log.info("Demo signals: Joost van Dam and Fatima Yilmaz on two siblings of the stand-in BRP (a family match)");
    }

    /**
     * R-NATIONAL in the two-region demo ({@code org.verwijsindex.demo.NationalDemo}): this index is the second
     * region, without the first's history. Kees (police) signals Noah Jansen, whom Joost signals in the first region,
     * so the national index makes a youth match with Joost and a family match with Fatima (Noah's sister Emma), and
     * both regions' professionals see them on <em>Mijn matches</em>.
     */
    private void signalAcrossRegions() {
        if (standInBrp.getIfAvailable() == null) {
            return;
        }
        registration.register(new RegisterSignal(
                new OrganisationId(ORGANISATIONS.get(6).id()),
                professional(8),
                Bsn.parse("999907931"),
                LocalDate.of(2013, 4, 2),
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
        log.info("Demo signal of the second region: Kees Visser on Noah Jansen (matches across regions)");
    }
}

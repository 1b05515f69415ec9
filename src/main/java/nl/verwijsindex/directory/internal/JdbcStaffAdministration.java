// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** Keeps the professionals right; every refusal is a clear error, never a constraint violation. */
@Service
@Transactional
class JdbcStaffAdministration implements StaffAdministration {

    private final JdbcClient jdbc;
    private final DirectoryAdministration organisations;
    private final Clock clock;

    JdbcStaffAdministration(JdbcClient jdbc, DirectoryAdministration organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public ProfessionalId addProfessional(NewProfessional p) {
        organisations.requireOrganisation(p.organisation());
        UUID id = p.id() != null ? p.id() : UUID.randomUUID();
        Duplicates.refuse(
                () -> jdbc.sql("""
                        insert into professional (id, organisation_id, name, email, phone, designated)
                        values (:id, :org, :name, :email, :phone, :designated)""")
                        .param("id", id)
                        .param("org", p.organisation().value())
                        .param("name", p.name())
                        .param("email", p.email())
                        .param("phone", p.phone())
                        .param("designated", p.designated())
                        .update(),
                "professional-exists",
                "Deze organisatie heeft al een professional met dit e-mailadres.");
        return new ProfessionalId(id);
    }

    @Override
    public void designate(ProfessionalId professional, boolean designated) {
        requireUpdated(jdbc.sql("update professional set designated = :designated where id = :id")
                .param("id", professional.value())
                .param("designated", designated)
                .update());
    }

    /**
     * Issue 12: a leaving date that has passed is final. Undoing it, or moving it, would give a leaver's account
     * back the organisation's youths; a new start is a new professional.
     */
    @Override
    public void markLeft(ProfessionalId professional, LocalDate leftOn) {
        int rows = jdbc.sql("""
                        update professional set left_on = :on
                        where id = :id and (left_on is null or left_on > :today)""")
                .param("id", professional.value())
                .param("on", leftOn)
                .param("today", LocalDate.now(clock))
                .update();
        if (rows == 0) {
            requireUpdated(jdbc.sql("select count(*) from professional where id = :id")
                    .param("id", professional.value())
                    .query(Integer.class)
                    .single());
            throw new DomainException(
                    Kind.CONFLICT,
                    "leaving-date-passed",
                    "Deze professional is al vertrokken. Een vertrekdatum die voorbij is, kan niet meer worden "
                            + "gewijzigd of teruggedraaid.");
        }
    }

    @Override
    public void changeContactDetails(ProfessionalId professional, String name, String email, String phone) {
        Duplicates.refuse(
                () -> requireUpdated(
                        jdbc.sql("update professional set name = :name, email = :email, phone = :phone where id = :id")
                                .param("id", professional.value())
                                .param("name", name)
                                .param("email", email)
                                .param("phone", phone)
                                .update()),
                "professional-exists",
                "Deze organisatie heeft al een professional met dit e-mailadres.");
    }

    private static void requireUpdated(int rows) {
        if (rows == 0) {
            throw JdbcDirectory.professionalNotFound();
        }
    }
}

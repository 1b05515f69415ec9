// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeping an organisation's professionals right (R-MELDER, R-COORDINATOR): by the administrator, the
 * organisation coordinator and the demo data. Every refusal is a clear error, never a constraint violation.
 */
public interface StaffAdministration {

    /** @throws nl.verwijsindex.shared.DomainException not found for an unknown organisation, conflict for an e-mail address the organisation has */
    ProfessionalId addProfessional(NewProfessional professional);

    /** R-MELDER: whether the organisation designated the professional to register signals. */
    void designate(ProfessionalId professional, boolean designated);

    /**
     * The day the professional left or leaves; their account is out from that day, at its next request.
     *
     * @throws nl.verwijsindex.shared.DomainException conflict when the leaving date already passed: it is final
     */
    void markLeft(ProfessionalId professional, LocalDate leftOn);

    /**
     * R-COORDINATOR: the organisation coordinator corrects a professional's contact details; notices not yet
     * delivered go to the new address, since an e-mail is addressed when it is sent.
     *
     * @throws nl.verwijsindex.shared.DomainException not found for an unknown professional, conflict when a
     *         colleague already has the e-mail address
     */
    void changeContactDetails(ProfessionalId professional, String name, String email, String phone);

    /** @param id fixed id, or null for a new random one (fixed ids are for demo data) */
    record NewProfessional(
            UUID id, OrganisationId organisation, String name, String email, String phone, boolean designated) {}
}

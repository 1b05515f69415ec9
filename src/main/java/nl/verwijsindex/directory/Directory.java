// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questions other modules ask about who takes part in the index. */
public interface Directory {

    /**
     * R-MELDER: the professional works for the acting organisation, has not left, is designated unless
     * the organisation's category needs no designation, and the organisation is party to a covenant on
     * {@code today} (asked of {@link CovenantParties}). With more than one covenant the caller names the region.
     *
     * @throws nl.verwijsindex.shared.DomainException with a Dutch message when any of it does not hold
     */
    Registrant authoriseRegistrant(
            OrganisationId actingOrganisation,
            ProfessionalId professional,
            Optional<String> regionCode,
            LocalDate today);

    /**
     * The professional, when they belong to the organisation; otherwise not found, so that an
     * organisation cannot learn about another's staff.
     */
    ProfessionalId requireProfessionalOf(OrganisationId organisation, ProfessionalId professional);

    Map<ProfessionalId, ProfessionalContact> contacts(Collection<ProfessionalId> professionals);

    Optional<ProfessionalContact> contact(ProfessionalId professional);

    List<ProfessionalSummary> professionalsOf(OrganisationId organisation);

    /**
     * R-LOGBOOK, issue 16: the professionals, also those who left, whose name or e-mail address contains the text
     * (ignoring case), an exact e-mail address first, then by name; at most {@code limit}. For the data protection
     * officer, who looks people up in the logbook by name instead of by id.
     */
    List<ProfessionalContact> professionalsMatching(String nameOrEmail, int limit);

    /**
     * R-COORDINATOR: the organisation's professionals with their contact details, designation and the day they
     * left, for the organisation coordinator who keeps them right. Only ever one organisation's own staff.
     */
    List<StaffMember> staffOf(OrganisationId organisation);

    /**
     * R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. Those who may not register by
     * other identifying data and never see a BSN.
     */
    boolean bsnAuthorised(OrganisationId organisation);

    /** R-CATEGORY: the category and domain of each organisation that exists; for the match director rules. */
    Map<OrganisationId, OrganisationCategory> categoriesOf(Collection<OrganisationId> organisations);

    /** The names of the organisations that exist. */
    Map<OrganisationId, String> organisationNames(Collection<OrganisationId> organisations);

    /**
     * R-REPORTS: how many professionals (not left) each organisation has, so that a report merges an organisation
     * of one or two into "other": its figures would be one professional's. Organisations without any are 0.
     */
    Map<OrganisationId, Integer> professionalCounts(Collection<OrganisationId> organisations);

    /** Whether the category exists (national or of a region). */
    boolean hasCategory(String categoryCode);

    record OrganisationCategory(String code, Domain domain) {}

    /** @param leftOn the day the professional left or leaves the organisation, or null */
    record StaffMember(
            ProfessionalId id, String name, String email, String phone, boolean designated, LocalDate leftOn) {}

    record ProfessionalSummary(ProfessionalId id, String name, String email, boolean designated, boolean active) {}
}

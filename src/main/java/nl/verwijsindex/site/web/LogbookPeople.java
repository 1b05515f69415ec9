// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.OrganisationOverview;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-LOGBOOK, issue 16: the data protection officer names the organisation and the professional of a logbook search
 * instead of typing their ids: the organisations to choose from by name, and the professional found by name or
 * e-mail address; when several are alike, they are the choices. An id copied from the CSV export still works.
 */
@Component
class LogbookPeople {

    static final int MAX_CHOICES = 10;

    private final Directory directory;
    private final DirectoryAdministration administration;

    LogbookPeople(Directory directory, DirectoryAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    /**
     * The professional the form names: {@code id} null when nothing was typed or with the error at the field;
     * {@code email} what the form shows back once one is found; {@code choices} the alike ones to choose from.
     */
    record Professional(UUID id, String email, List<ProfessionalContact> choices) {

        static final Professional NONE = new Professional(null, null, List.of());
    }

    /** Every organisation, by name, for the select. */
    List<OrganisationOverview> organisations() {
        return administration.organisations().stream()
                .sorted(Comparator.comparing(OrganisationOverview::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    Professional professional(LogbookSearchForm form, FormErrors errors) {
        Optional<ProfessionalContact> chosen =
                uuid(form.keuze()).flatMap(id -> directory.contact(new ProfessionalId(id)));
        if (chosen.isPresent()) {
            return found(chosen.get());
        }
        if (ContactForm.blank(form.professional())) {
            return Professional.NONE;
        }
        Optional<UUID> id = uuid(form.professional());
        if (id.isPresent()) {
            return new Professional(id.get(), null, List.of());
        }
        String typed = form.professional().strip();
        List<ProfessionalContact> alike = directory.professionalsMatching(typed, MAX_CHOICES + 1);
        Optional<UUID> organisation = uuid(form.organisatie());
        if (organisation.isPresent()
                && alike.stream().anyMatch(p -> p.organisationId().value().equals(organisation.get()))) {
            alike = alike.stream()
                    .filter(p -> p.organisationId().value().equals(organisation.get()))
                    .toList();
        }
        if (alike.size() == 1 || (!alike.isEmpty() && alike.get(0).email().equalsIgnoreCase(typed))) {
            return found(alike.get(0));
        }
        if (alike.isEmpty()) {
            errors.add("professional", "Er is geen professional met deze naam of dit e-mailadres.");
            return Professional.NONE;
        }
        if (alike.size() > MAX_CHOICES) {
            errors.add(
                    "professional",
                    "Meer dan " + MAX_CHOICES + " professionals lijken hierop. Vul meer van de naam in, of het"
                            + " e-mailadres.");
            return Professional.NONE;
        }
        errors.add("professional", alike.size() + " professionals lijken hierop. Kies hieronder wie u bedoelt.");
        return new Professional(null, null, alike);
    }

    private static Professional found(ProfessionalContact contact) {
        return new Professional(contact.id().value(), contact.email(), List.of());
    }

    static Optional<UUID> uuid(String text) {
        if (ContactForm.blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountOverview;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.LogbookSearch.Found;

/**
 * R-LOGBOOK, issue 16 item 10: the logbook's lines as the data protection officer reads them on the page: the action
 * in Dutch and people and organisations by name, never an id or a code. Ids stay in the CSV export, which is the
 * record for tools and for a complaint; a subject that is an id is left out here for that reason.
 */
@Component
class LogbookLines {

    private static final Pattern ID_OR_CODE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

    private final Directory directory;
    private final AccountAdministration accounts;
    private final Covenants covenants;

    LogbookLines(Directory directory, AccountAdministration accounts, Covenants covenants) {
        this.directory = directory;
        this.accounts = accounts;
        this.covenants = covenants;
    }

    /** One line of the page; each text is {@code -} when there is nothing to say. */
    record Line(
            OffsetDateTime occurredAt,
            String action,
            String actor,
            String actingUser,
            String professional,
            String organisation,
            String subject,
            String remoteAddress) {}

    List<Line> of(List<Found> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, String> organisations = directory.organisationNames(found.stream()
                .map(Found::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .map(OrganisationId::new)
                .toList());
        Map<UUID, String> accountNames = new HashMap<>();
        for (AccountOverview account : accounts.overview()) {
            accountNames.put(account.id().value(), account.displayName());
        }
        Map<UUID, String> professionals = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        covenants.regions().forEach(r -> places.put(r.code(), r.name()));
        return found.stream()
                .map(f -> new Line(
                        f.occurredAt(),
                        LogbookActionText.label(f.action()),
                        actor(f, accountNames, organisations),
                        orDash(f.actingUser()),
                        f.professionalId() == null
                                ? "-"
                                : professionals.computeIfAbsent(f.professionalId(), this::professionalName),
                        f.organisationId() == null
                                ? "-"
                                : organisations.getOrDefault(
                                        new OrganisationId(f.organisationId()), "Een organisatie die er niet meer is"),
                        subject(f.subjectId(), places),
                        orDash(f.remoteAddress())))
                .toList();
    }

    private String professionalName(UUID id) {
        return directory
                .contact(new ProfessionalId(id))
                .map(ProfessionalContact::name)
                .orElse("Een professional die er niet meer is");
    }

    private static String actor(Found f, Map<UUID, String> accountNames, Map<OrganisationId, String> organisations) {
        String id = f.actorId() == null ? "" : f.actorId();
        return switch (f.actorType() == null ? "" : f.actorType()) {
            case "SYSTEM" -> "De verwijsindex zelf";
            case "ANONYMOUS" -> "Onbekend (niet ingelogd)";
            case "API_CLIENT" ->
                f.organisationId() == null
                        ? "Een gekoppeld systeem"
                        : "Het systeem van "
                                + organisations.getOrDefault(new OrganisationId(f.organisationId()), "een organisatie");
            case "USER" -> user(id, accountNames);
            default -> "Onbekend";
        };
    }

    /** An account by its name; a token of a role (the API of a supervisor, region or privacy desk) by that role. */
    private static String user(String id, Map<UUID, String> accountNames) {
        if (id.startsWith("municipal-supervisor:")) {
            return "Regievoerder (via de API)";
        }
        if (id.startsWith("region-coordinator:")) {
            return "Regiocoördinator (via de API)";
        }
        if (id.startsWith("privacy-desk:")) {
            return "Privacyloket (via de API)";
        }
        return LogbookPeople.uuid(id).map(accountNames::get).orElse("Een gebruiker van de webapplicatie");
    }

    /** A region or municipality by its name (a region's settings, a supervisor's municipality); an id not at all. */
    private String subject(String subject, Map<String, String> places) {
        if (subject == null || subject.isBlank() || ID_OR_CODE.matcher(subject).find()) {
            return "-";
        }
        if (places.containsKey(subject)) {
            return places.get(subject);
        }
        if (subject.matches("GM[0-9]{4}")) {
            return covenants
                    .municipality(subject)
                    .map(m -> "Gemeente " + m.name())
                    .orElse("Een gemeente");
        }
        return subject;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}

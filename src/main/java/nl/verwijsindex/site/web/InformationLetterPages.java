// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.notification.NotificationProperties;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.YouthAge.WhoToInform;

/**
 * R-INFORM: the information letter for one of the professional's own signals, as PDF, for the audience the
 * youth's age names (or the one the professional picks). Someone else's signal is "not found", as everywhere.
 */
@Controller
class InformationLetterPages {

    private final Signals signals;
    private final PersonDetails personDetails;
    private final PersonIndex persons;
    private final Directory directory;
    private final Covenants covenants;
    private final InformationLetter letter;
    private final NotificationProperties notification;
    private final Clock clock;

    InformationLetterPages(
            Signals signals,
            PersonDetails personDetails,
            PersonIndex persons,
            Directory directory,
            Covenants covenants,
            InformationLetter letter,
            NotificationProperties notification,
            Clock clock) {
        this.signals = signals;
        this.personDetails = personDetails;
        this.persons = persons;
        this.directory = directory;
        this.covenants = covenants;
        this.letter = letter;
        this.notification = notification;
        this.clock = clock;
    }

    /**
     * @param audience {@code ouders}, {@code samen} or {@code jongere}; without it, the youth's age decides
     *     when the register knows the birth date, else the letter is for the legal representative
     * @param withBsn {@code ja} prints the BSN, for a letter the professional hands to the family
     */
    @GetMapping("/signalen/{id}/informatiebrief")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(name = "voor", required = false) String audience,
            @RequestParam(name = "bsn", required = false) String withBsn) {
        SignalView signal = signals.ownSignal(
                account.organisation(),
                account.professional(),
                new SignalId(id),
                Actor.user(account.accountId().toString()));
        PersonDetails.Details person = personDetails.of(
                signal,
                new Asker(Actor.user(account.accountId().toString()), account.organisation(), account.professional()));
        LocalDate today = LocalDate.now(clock);
        ProfessionalContact professional =
                directory.contact(signal.professionalId()).orElseThrow();
        String municipality = persons.municipalityOfYouthOfSignal(id)
                .flatMap(covenants::municipality)
                .map(Covenants.Municipality::name)
                .orElse(null);
        InformationLetter.Contents contents = new InformationLetter.Contents(
                audience(audience, person, today),
                today,
                covenants.indexDisplayName(signal.regionCode()),
                professional.name(),
                professional.organisationName(),
                blankToNull(professional.phone()),
                blankToNull(professional.email()),
                person.status() == PersonDetails.Status.SHOWN ? person.name() : null,
                "ja".equals(withBsn) && signal.bsn() != null ? signal.bsn().value() : null,
                municipality,
                signal.activeUntil(),
                notification.baseUrl().replaceAll("/+$", "") + "/informatie");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("informatiebrief-verwijsindex.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf(contents));
    }

    private static WhoToInform audience(String chosen, PersonDetails.Details person, LocalDate today) {
        Optional<WhoToInform> picked = Optional.ofNullable(chosen).map(c -> switch (c) {
            case "jongere" -> WhoToInform.YOUTH;
            case "samen" -> WhoToInform.YOUTH_AND_LEGAL_REPRESENTATIVE;
            case "ouders" -> WhoToInform.LEGAL_REPRESENTATIVE;
            default -> null;
        });
        if (picked.isPresent()) {
            return picked.get();
        }
        return person.birthDate() != null
                ? YouthAge.whoToInform(person.birthDate(), today)
                : WhoToInform.LEGAL_REPRESENTATIVE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

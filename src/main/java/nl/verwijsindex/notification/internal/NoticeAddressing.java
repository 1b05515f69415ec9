// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchRecipients;
import nl.verwijsindex.matching.MatchRecipients.PairRecipients;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.Signals;

/**
 * To whom a notice's e-mail goes and what it needs of its subject, read when it is sent (DESIGN decision 4): a
 * professional or a municipal supervisor still known, and a subject that still exists.
 */
@Component
class NoticeAddressing {

    private final Directory directory;
    private final Covenants covenants;
    private final MunicipalSupervisors supervisors;
    private final MatchRecipients matches;
    private final Signals signals;
    private final MatchCases cases;

    NoticeAddressing(
            Directory directory,
            Covenants covenants,
            MunicipalSupervisors supervisors,
            MatchRecipients matches,
            Signals signals,
            MatchCases cases) {
        this.directory = directory;
        this.covenants = covenants;
        this.supervisors = supervisors;
        this.matches = matches;
        this.signals = signals;
        this.cases = cases;
    }

    /** The recipient's current address; empty when the professional is unknown or the supervisor was removed. */
    private Optional<Recipient> recipient(Pending notice, Map<ProfessionalId, ProfessionalContact> contacts) {
        if (notice.professionalId() != null) {
            return Optional.ofNullable(contacts.get(notice.professionalId()))
                    .map(c -> new Recipient(
                            c.email(),
                            notice.professionalId().value(),
                            c.organisationId().value()));
        }
        return supervisors.find(notice.supervisorId()).map(s -> new Recipient(s.email(), null, null));
    }

    /**
     * What the e-mail needs of the notice's subject, read now: for a match, the recipient's own signal in the
     * pair while it is active; for a notice about one signal, that signal while it is active; for a notice about
     * a match case, the case while it exists.
     */
    private Optional<Target> target(Pending notice, Map<MatchPairId, PairRecipients> pairs) {
        if (notice.pairId() != null) {
            return Optional.ofNullable(pairs.get(notice.pairId())).stream()
                    .flatMap(r -> r.recipients().stream())
                    .filter(r -> r.professionalId().equals(notice.professionalId()))
                    .findFirst()
                    .map(r -> new Target(
                            r.regionCode(), r.youthIndex(), r.signalId().value()));
        }
        if (notice.regionCode() != null) {
            // R-REQUEST: about a request, with the region it names; its signal may be archived or gone.
            return Optional.of(new Target(
                    notice.regionCode(),
                    null,
                    notice.signalId() == null ? null : notice.signalId().value()));
        }
        if (notice.caseId() != null) {
            return cases.regionOf(notice.caseId()).map(region -> new Target(region, null, null));
        }
        return signals.active(notice.signalId()).map(s -> new Target(s.regionCode(), null, s.id().value()));
    }

    /**
     * What the notice's e-mail needs: its recipient, its subject and the index's name in the subject's region; empty
     * when the recipient or the subject is gone. In the caller's transaction (issue 18, docs/adr/0049: the claim's,
     * so a batch's reads take no transactions of their own) or, without one, each read in its own.
     */
    Optional<Addressed> address(Pending notice) {
        return address(List.of(notice)).get(notice);
    }

    /**
     * {@link #address(Pending)} for a claimed batch (issue 18): the professionals' contacts in one read and the pairs'
     * recipients in one read, where each notice read its own (and the two notices of a pair read the pair twice); the
     * index's name once per region and transaction.
     */
    Map<Pending, Optional<Addressed>> address(List<Pending> notices) {
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(notices.stream()
                .map(Pending::professionalId)
                .filter(Objects::nonNull)
                .toList());
        Map<MatchPairId, PairRecipients> pairs = new HashMap<>();
        matches.recipientsOf(notices.stream()
                        .map(Pending::pairId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(p -> pairs.put(p.pairId(), p));
        Map<Pending, Optional<Addressed>> addressed = new LinkedHashMap<>();
        for (Pending notice : notices) {
            Optional<Recipient> recipient = recipient(notice, contacts);
            Optional<Target> target = recipient.isEmpty() ? Optional.empty() : target(notice, pairs);
            addressed.put(
                    notice,
                    target.map(t -> new Addressed(recipient.get(), t, covenants.indexDisplayName(t.regionCode()))));
        }
        return addressed;
    }

    record Addressed(Recipient recipient, Target target, String indexDisplayName) {}

    /**
     * A claimed notice: exactly one of professional and supervisor is set, and one subject.
     *
     * @param outcomeUnknown its previous claim's lease ran out without SENT or FAILED recorded
     */
    record Pending(
            NoticeId id,
            ProfessionalId professionalId,
            SupervisorId supervisorId,
            MatchPairId pairId,
            SignalId signalId,
            MatchCaseId caseId,
            String regionCode,
            int attempts,
            boolean outcomeUnknown) {}

    /** @param professionalId null for a supervisor */
    record Recipient(String email, UUID professionalId, UUID organisationId) {}

    record Target(String regionCode, byte[] youthIndex, UUID signalId) {}
}

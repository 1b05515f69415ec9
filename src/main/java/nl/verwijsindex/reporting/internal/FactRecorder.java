// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.ConsultationRecorded;
import nl.verwijsindex.coordination.MatchesRecorded;
import nl.verwijsindex.coordination.RecordedMatch;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.OrganisationCategory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.reporting.internal.FactStore.Fact;
import nl.verwijsindex.signal.LeavingSignal;
import nl.verwijsindex.signal.SignalEnded;
import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.SignalsDeleted;
import nl.verwijsindex.signal.SignalsExpired;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REPORTS: writes the anonymous fact of each thing the reports count, as it happens. Plain synchronous listeners,
 * so every fact is written in the transaction of what it counts and stands or falls with it (docs/adr/0030): a
 * committed signal always has its fact, a rolled-back one never. Looks up what the event does not carry (the
 * organisation's category, the youth's municipality as far as the index knows it) and keeps only that.
 */
@Component
class FactRecorder {

    private final FactStore store;
    private final Directory directory;
    private final PersonIndex persons;
    private final Clock clock;

    FactRecorder(FactStore store, Directory directory, PersonIndex persons, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * A new youth's municipality is not known yet: the person check runs after the registration. The fact then
     * waits for the register's answer ({@link LateMunicipalities}, docs/adr/0040) instead of counting as "Onbekend".
     * The organisation's category comes with the event, read when the registrant was authorised (docs/adr/0049).
     */
    @EventListener
    void on(SignalRegistered registered) {
        String municipality = registered.youthNew()
                ? null // issue 18: a youth this registration created has no municipality yet, so not looked up
                : persons.municipalityOf(registered.youthId()).orElse(null);
        store.insert(
                List.of(new Fact(
                        FactKind.SIGNAL_REGISTERED,
                        LocalDate.now(clock),
                        registered.regionCode(),
                        municipality,
                        registered.organisationId().value(),
                        registered.organisationCategory(),
                        null,
                        null,
                        null,
                        false,
                        registered.firstOfYouth())),
                municipality == null ? registered.youthId() : null);
    }

    /** Published before the signal is deleted: the youth's municipality is still known. */
    @EventListener
    void on(SignalEnded ended) {
        LocalDate today = LocalDate.now(clock);
        String municipality = persons.municipalityOf(ended.youthId()).orElse(null);
        UUID organisation =
                ended.organisationId() == null ? null : ended.organisationId().value();
        String category = ended.organisationId() == null ? null : category(ended.organisationId());
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(
                FactKind.SIGNAL_ENDED,
                today,
                ended.regionCode(),
                municipality,
                organisation,
                category,
                ended.reason().name()));
        if (ended.deleted()) {
            facts.add(Fact.of(
                    FactKind.SIGNAL_DELETED, today, ended.regionCode(), municipality, organisation, category, "R-END"));
        }
        store.insert(facts);
    }

    @EventListener
    void on(SignalsExpired expired) {
        store.insert(leaving(FactKind.SIGNAL_EXPIRED, expired.signals(), "EXPIRED"));
    }

    /** Published before the youths are forgotten: their municipalities are still known. */
    @EventListener
    void on(SignalsDeleted deleted) {
        store.insert(leaving(FactKind.SIGNAL_DELETED, deleted.signals(), deleted.ruleId()));
    }

    /**
     * Counted under the municipality of the youth the case follows, as a registration (docs/adr/0042), as the case
     * opening read it in this transaction (issue 18: not read again here): when the index does not know it yet, the
     * facts wait for the register's answer ({@link LateMunicipalities}). Nothing is locked here: the case opening of
     * a new match holds the case's youths (docs/adr/0058), so no person check stores an answer about the followed
     * youth meanwhile; should a fact be left waiting all the same, the hourly {@link ReportingTasks} settles it.
     */
    @EventListener
    void on(MatchesRecorded recorded) {
        String municipality = recorded.municipalityCode();
        Optional<YouthId> waiting = Optional.empty();
        if (recorded.followedYouth() != null) {
            municipality = recorded.followedYouthMunicipality();
            waiting = municipality == null ? Optional.of(recorded.followedYouth()) : Optional.empty();
        }
        Map<OrganisationId, OrganisationCategory> categories = categories(recorded.matches());
        String counted = municipality;
        store.insert(
                recorded.matches().stream()
                        .map(m -> matchFact(
                                FactKind.MATCH_MADE,
                                m.matchedOn(),
                                recorded.regionCode(),
                                counted,
                                m,
                                categories,
                                m.kind()))
                        .toList(),
                waiting.orElse(null));
    }

    /**
     * One fact for the consultation, one per outcome chosen, and one per match it covered, dated the day the match
     * was made, so a period's matches and their follow-up are one cohort.
     */
    @EventListener
    void on(ConsultationRecorded recorded) {
        String region = recorded.regionCode();
        String municipality = recorded.municipalityCode();
        UUID organisation = recorded.directorOrganisation().value();
        String category = category(recorded.directorOrganisation());
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(
                FactKind.CONSULTATION, recorded.recordedOn(), region, municipality, organisation, category, null));
        recorded.outcomes().stream()
                .sorted()
                .forEach(o -> facts.add(Fact.of(
                        FactKind.CONSULTATION_OUTCOME,
                        recorded.recordedOn(),
                        region,
                        municipality,
                        organisation,
                        category,
                        o.name())));
        Map<OrganisationId, OrganisationCategory> categories = categories(recorded.consulted());
        recorded.consulted()
                .forEach(m -> facts.add(matchFact(
                        FactKind.MATCH_CONSULTED,
                        m.matchedOn(),
                        region,
                        municipality,
                        m,
                        categories,
                        recorded.recordedOn().isAfter(m.dueOn()) ? "LATE" : "IN_TIME")));
        store.insert(facts);
    }

    private List<Fact> leaving(FactKind kind, List<LeavingSignal> signals, String detail) {
        LocalDate today = LocalDate.now(clock);
        Map<YouthId, String> municipalities = persons.municipalitiesOf(
                signals.stream().map(LeavingSignal::youthId).toList());
        Map<OrganisationId, OrganisationCategory> categories = directory.categoriesOf(
                signals.stream().map(LeavingSignal::organisationId).distinct().toList());
        return signals.stream()
                .map(s -> Fact.of(
                        kind,
                        today,
                        s.regionCode(),
                        municipalities.get(s.youthId()),
                        s.organisationId().value(),
                        code(categories.get(s.organisationId())),
                        detail))
                .toList();
    }

    private static Fact matchFact(
            FactKind kind,
            LocalDate on,
            String region,
            String municipality,
            RecordedMatch m,
            Map<OrganisationId, OrganisationCategory> categories,
            String detail) {
        return new Fact(
                kind,
                on,
                region,
                municipality,
                m.organisationA().value(),
                code(categories.get(m.organisationA())),
                m.organisationB().value(),
                code(categories.get(m.organisationB())),
                detail,
                m.acrossRegions(),
                false);
    }

    private Map<OrganisationId, OrganisationCategory> categories(Collection<RecordedMatch> matches) {
        return directory.categoriesOf(matches.stream()
                .flatMap(m -> List.of(m.organisationA(), m.organisationB()).stream())
                .distinct()
                .toList());
    }

    private String category(OrganisationId organisation) {
        return code(directory.categoriesOf(List.of(organisation)).get(organisation));
    }

    private static String code(OrganisationCategory category) {
        return Objects.isNull(category) ? null : category.code();
    }
}

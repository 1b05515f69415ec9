// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.LogbookSearch;
import nl.verwijsindex.rights.AccessOverview.LogbookLine;
import nl.verwijsindex.rights.internal.OverviewReadModel;
import nl.verwijsindex.rights.internal.RequestStore;
import nl.verwijsindex.rights.internal.RequestYouth;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * R-REQUEST, access and copy: the overview of what the index holds on the youth of an access or copy request of the
 * desk's own municipality, logged as made. The logbook part comes from the logbook's own search by the youth's blind
 * index under every active key.
 */
@Service
public class AccessOverviews {

    private final RequestStore store;
    private final RequestYouth requestYouth;
    private final OverviewReadModel readModel;
    private final Youths youths;
    private final LogbookSearch logbookSearch;
    private final Logbook logbook;
    private final Clock clock;

    AccessOverviews(
            RequestStore store,
            RequestYouth requestYouth,
            OverviewReadModel readModel,
            Youths youths,
            LogbookSearch logbookSearch,
            Logbook logbook,
            Clock clock) {
        this.store = store;
        this.requestYouth = requestYouth;
        this.readModel = readModel;
        this.youths = youths;
        this.logbookSearch = logbookSearch;
        this.logbook = logbook;
        this.clock = clock;
    }

    @Transactional
    public AccessOverview of(PrivacyDesk desk, UUID requestId) {
        RequestView request =
                store.find(requestId, desk.municipalityCode(), false).orElseThrow(RightsRequests::notFound);
        if (request.kind() != RequestKind.ACCESS && request.kind() != RequestKind.COPY) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "overview-only-for-access",
                    "Een overzicht van de gegevens hoort bij een verzoek om inzage of een afschrift.");
        }
        Optional<YouthId> youth = requestYouth.youthOf(requestId);
        LocalDate today = LocalDate.now(clock);
        List<LogbookSearch.Found> found = logbookSearch.search(
                new LogbookSearch.Criteria(requestYouth.blindIndexesOf(requestId), null, null, null, null));
        Map<UUID, String> names = readModel.namesOf(found.stream()
                .flatMap(f -> Stream.of(f.professionalId(), f.organisationId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<LogbookLine> lines = found.stream()
                .map(f -> new LogbookLine(
                        f.occurredAt(),
                        f.action(),
                        f.actorType(),
                        f.professionalId() == null ? null : names.get(f.professionalId()),
                        f.organisationId() == null ? null : names.get(f.organisationId())))
                .toList();
        AccessOverview overview = new AccessOverview(
                requestId,
                today,
                youth.flatMap(youths::find)
                        .map(Youths.IdentifiedYouth::birthDate)
                        .orElse(null),
                youth.map(readModel::signalsOf).orElse(List.of()),
                youth.map(readModel::matchesOf).orElse(List.of()),
                lines);
        logbook.record(new LogbookEntry(
                Action.ACCESS_OVERVIEW_MADE,
                desk.actor(),
                null,
                null,
                requestYouth.logbookIndexOf(requestId),
                null,
                requestId.toString()));
        return overview;
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.verwijsindex.national.client.NationalIndex;
import org.verwijsindex.national.client.NationalIndexRefused;
import org.verwijsindex.national.client.NationalIndexUnavailable;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.national.protocol.RegionMunicipalities;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.national.CrossRegionKind;
import nl.verwijsindex.national.CrossRegionMatchReceived;
import nl.verwijsindex.national.NationalInbox;
import nl.verwijsindex.national.NationalProperties;
import nl.verwijsindex.national.YouthMovedInFromOtherRegion;
import nl.verwijsindex.signal.SignalId;

/**
 * Asks the hub for the deliveries after the highest one stored and applies each page in one transaction: stored once
 * under its id and announced in that transaction, so the notice stands or falls with it and a delivery that arrives
 * twice is applied once. Asking after a page acknowledges it, so a page is asked past only once it is committed. A
 * delivery about a signal the region no longer holds is stored and ignored.
 */
@Service
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class InboxFetcher implements NationalInbox {

    private static final Logger log = LoggerFactory.getLogger(InboxFetcher.class);
    /**
     * How long a delivery no signal holds (a move) is kept: as long as the signal it announced can be active without
     * an extension (R-ACTIVE-2Y), so the supervisor's work list shows it while it can matter.
     */
    static final Period KEEP_UNHELD = Period.ofYears(2);

    private final NationalIndex hub;
    private final DeliveryStore deliveries;
    private final SignalSnapshots signals;
    private final Covenants covenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final NationalProperties properties;
    /** The municipalities last told to the hub by this instance; null until it was told. */
    private final AtomicReference<List<String>> served = new AtomicReference<>();

    InboxFetcher(
            NationalIndex hub,
            DeliveryStore deliveries,
            SignalSnapshots signals,
            Covenants covenants,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            NationalProperties properties) {
        this.hub = hub;
        this.deliveries = deliveries;
        this.signals = signals;
        this.covenants = covenants;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public int fetch() {
        serveMunicipalities();
        deliveries.purgeUnheldBefore(deliveries.now().minus(KEEP_UNHELD));
        int stored = 0;
        try {
            while (true) {
                Inbox inbox = hub.inbox(deliveries.cursor(), properties.batchSize());
                Integer page = transactions.execute(status -> apply(inbox.deliveries()));
                stored += page == null ? 0 : page;
                if (!inbox.more() || inbox.deliveries().isEmpty()) {
                    return stored;
                }
            }
        } catch (NationalIndexUnavailable | NationalIndexRefused e) {
            log.warn(
                    "National index: inbox not fetched ({}); tried again later",
                    e.getClass().getSimpleName());
            return stored;
        }
    }

    /** R-MOVE: the hub learns which municipalities this region's supervisors serve, at start and after a change. */
    private void serveMunicipalities() {
        List<String> codes = covenants.regions().stream()
                .flatMap(r -> covenants.municipalitiesOf(r.code()).stream())
                .map(m -> MunicipalityCodes.toWire(m.cbsCode()))
                .sorted()
                .distinct()
                .toList();
        if (codes.equals(served.get())) {
            return;
        }
        try {
            hub.serveMunicipalities(new RegionMunicipalities(codes));
            served.set(codes);
        } catch (NationalIndexUnavailable | NationalIndexRefused e) {
            log.warn(
                    "National index: municipalities not sent ({}); tried again later",
                    e.getClass().getSimpleName());
        }
    }

    private int apply(List<Delivery> page) {
        long after = deliveries.lockCursor();
        int stored = 0;
        for (Delivery delivery : page.stream()
                .sorted(Comparator.comparingLong(Delivery::deliveryId))
                .toList()) {
            if (delivery.deliveryId() <= after || delivery.kind() == null) {
                continue;
            }
            if (apply(delivery)) {
                stored++;
            }
            deliveries.advanceCursor(delivery.deliveryId());
        }
        return stored;
    }

    private boolean apply(Delivery delivery) {
        if (delivery.kind() == DeliveryKind.MOVED_IN) {
            String municipality = MunicipalityCodes.fromWire(delivery.municipalityCode());
            Optional<String> region = Optional.ofNullable(municipality)
                    .flatMap(covenants::municipality)
                    .map(Covenants.Municipality::regionCode);
            boolean stored = deliveries.store(delivery, null, municipality, region.isPresent());
            if (stored && region.isPresent()) {
                events.publishEvent(new YouthMovedInFromOtherRegion(delivery.deliveryId(), municipality, region.get()));
            }
            return stored;
        }
        Optional<UUID> signal = uuid(delivery.ownSignalRef());
        Optional<ProfessionalId> professional = signal.flatMap(signals::activeProfessionalOf);
        boolean stored = deliveries.store(
                delivery, professional.isPresent() ? signal.get() : null, null, professional.isPresent());
        if (stored && professional.isPresent()) {
            events.publishEvent(new CrossRegionMatchReceived(
                    delivery.deliveryId(),
                    CrossRegionKind.valueOf(delivery.kind().name()),
                    new SignalId(signal.get()),
                    professional.get()));
        }
        return stored;
    }

    private static Optional<UUID> uuid(String ref) {
        try {
            return Optional.ofNullable(ref).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.Moments;

/**
 * What professionals and supervisors see of the hub's deliveries (R-VISIBLE): a professional the cross-region
 * matches and archive hits of their own active signals, with the other professional's contact card and region and
 * nothing about the other youth; a supervisor the youths who moved into their municipality from another region, with
 * the contact card of the professional there. A read model over {@code national_delivery} and {@code signal} (ADR
 * 0004); empty while the region takes no part in the national index.
 */
@Service
@Transactional(readOnly = true)
public class CrossRegionMatches {

    private final JdbcClient jdbc;
    private final Clock clock;

    CrossRegionMatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The professional's, of their active signals only (a transferred signal's go with it), newest first; an archive
     * hit only until {@link #archiveHitsShown} (R-ARCHIVE-HIT: shown once).
     */
    public List<CrossRegionMatch> ofProfessional(ProfessionalId professional) {
        return jdbc.sql("""
                        select d.delivery_id, d.kind, d.signal_id, d.other_name, d.other_organisation, d.other_phone,
                               d.other_email, d.other_region, d.other_registered_on, d.other_ended_on, d.received_at
                        from national_delivery d join signal s on s.id = d.signal_id
                        where s.professional_id = :professional and s.status = 'ACTIVE' and d.outcome = 'APPLIED'
                          and (d.kind <> 'ARCHIVE_HIT' or d.shown_at is null)
                        order by d.received_at desc, d.delivery_id desc""")
                .param("professional", professional.value())
                .query((rs, n) -> new CrossRegionMatch(
                        rs.getLong("delivery_id"),
                        CrossRegionKind.valueOf(rs.getString("kind")),
                        rs.getObject("signal_id", UUID.class),
                        new Contact(
                                rs.getString("other_name"),
                                rs.getString("other_organisation"),
                                rs.getString("other_phone"),
                                rs.getString("other_email"),
                                rs.getString("other_region")),
                        rs.getObject("other_registered_on", LocalDate.class),
                        rs.getObject("other_ended_on", LocalDate.class),
                        rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    /** R-ARCHIVE-HIT: these archive hits were shown to the professional of their signal, and are not shown again. */
    @Transactional
    public void archiveHitsShown(ProfessionalId professional, List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update national_delivery d set shown_at = :at
                        where d.delivery_id = any(:ids) and d.kind = 'ARCHIVE_HIT' and d.shown_at is null
                          and exists (select 1 from signal s where s.id = d.signal_id
                                                                and s.professional_id = :professional)""")
                .param("at", Moments.now(clock))
                .param("ids", deliveryIds.toArray(Long[]::new))
                .param("professional", professional.value())
                .update();
    }

    /** R-MOVE across regions: the youths who moved into the municipality from another region, newest first. */
    public List<MovedIn> movedInto(String municipalityCode) {
        return jdbc.sql("""
                        select delivery_id, municipality_code, other_name, other_organisation, other_phone, other_email,
                               other_region, received_at
                        from national_delivery
                        where kind = 'MOVED_IN' and municipality_code = :municipality and outcome = 'APPLIED'
                        order by received_at desc, delivery_id desc limit 500""")
                .param("municipality", municipalityCode)
                .query((rs, n) -> new MovedIn(
                        rs.getLong("delivery_id"),
                        rs.getString("municipality_code"),
                        new Contact(
                                rs.getString("other_name"),
                                rs.getString("other_organisation"),
                                rs.getString("other_phone"),
                                rs.getString("other_email"),
                                rs.getString("other_region")),
                        rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    /** The other professional as the hub passed them on: contact details only, and their region's code. */
    public record Contact(String name, String organisation, String phone, String email, String region) {}

    /**
     * A cross-region match or archive hit on one of the professional's own signals.
     *
     * @param otherEndedOn for an archive hit, the day the other signal went to the archive; otherwise null
     */
    public record CrossRegionMatch(
            long deliveryId,
            CrossRegionKind kind,
            UUID ownSignalId,
            Contact other,
            LocalDate otherRegisteredOn,
            LocalDate otherEndedOn,
            OffsetDateTime receivedAt) {}

    /** A youth who moved in from another region, by the professional there; nothing about the youth. */
    public record MovedIn(long deliveryId, String municipalityCode, Contact other, OffsetDateTime receivedAt) {}
}

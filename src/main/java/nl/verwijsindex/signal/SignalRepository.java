// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

@Repository
class SignalRepository {

    private static final String COLUMNS = """
            id, youth_id, professional_id, organisation_id, region_code, registered_at, active_until, status,
            ended_at, end_reason, archived_until""";

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Signal s) {
        jdbc.sql("""
                        insert into signal (id, youth_id, professional_id, organisation_id, region_code, grounds_confirmed,
                                            registered_at, active_until, status)
                        values (:id, :youth, :professional, :organisation, :region, true, :registeredAt, :activeUntil, 'ACTIVE')""")
                .param("id", s.id().value())
                .param("youth", s.youthId().value())
                .param("professional", s.professionalId().value())
                .param("organisation", s.organisationId().value())
                .param("region", s.regionCode())
                .param("registeredAt", s.registeredAt())
                .param("activeUntil", s.activeUntil())
                .update();
    }

    void saveEnding(Signal s) {
        jdbc.sql("""
                        update signal set status = :status, ended_at = :endedAt, end_reason = :reason, archived_until = :until
                        where id = :id""")
                .param("id", s.id().value())
                .param("status", s.status().name())
                .param("endedAt", s.endedAt())
                .param("reason", s.endReason() == null ? null : s.endReason().name())
                .param("until", s.archivedUntil())
                .update();
    }

    void saveTransfer(Signal s) {
        jdbc.sql("update signal set professional_id = :professional where id = :id")
                .param("id", s.id().value())
                .param("professional", s.professionalId().value())
                .update();
    }

    /** R-TRANSFER: the organisation's active signals whose professional has left, for the coordinator. */
    List<Signal> activeOfLeavers(OrganisationId organisation, LocalDate today) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "s.$1")
                        + " from signal s join professional p on p.id = s.professional_id"
                        + " where s.organisation_id = :organisation and s.status = 'ACTIVE' and p.left_on <= :today"
                        + " order by s.professional_id, s.registered_at")
                .param("organisation", organisation.value())
                .param("today", today)
                .query(this::map)
                .list();
    }

    void saveExtension(Signal s) {
        jdbc.sql("update signal set active_until = :until where id = :id")
                .param("id", s.id().value())
                .param("until", s.activeUntil())
                .update();
    }

    void delete(SignalId id) {
        jdbc.sql("delete from signal where id = :id").param("id", id.value()).update();
    }

    List<Signal> findActive(Collection<SignalId> ids) {
        return jdbc.sql("select " + COLUMNS + " from signal where id = any(:ids) and status = 'ACTIVE'")
                .param("ids", ids.stream().map(SignalId::value).distinct().toArray(UUID[]::new))
                .query(this::map)
                .list();
    }

    Optional<Signal> find(SignalId id) {
        return jdbc.sql("select " + COLUMNS + " from signal where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    /**
     * Everything registration needs to know of the signals already on a youth, in one query: the
     * professional's own active one, and (R-ARCHIVE-HIT) archived ones of others not shown to them before.
     */
    OnYouth onYouth(YouthId youth, ProfessionalId professional) {
        List<Signal> all = new ArrayList<>();
        Set<SignalId> shownBefore = new HashSet<>();
        jdbc.sql("select " + COLUMNS + ", exists (select 1 from archive_hit h join signal mine on mine.id = h.signal_id"
                        + " where h.archived_signal_id = s.id and mine.professional_id = :professional) as shown_before"
                        + " from signal s where youth_id = :youth")
                .param("youth", youth.value())
                .param("professional", professional.value())
                .query(rs -> {
                    Signal signal = map(rs, 0);
                    all.add(signal);
                    if (rs.getBoolean("shown_before")) {
                        shownBefore.add(signal.id());
                    }
                });
        Optional<Signal> ownActive = all.stream()
                .filter(s -> s.isActive() && s.professionalId().equals(professional))
                .findFirst();
        List<Signal> archiveHits = all.stream()
                .filter(s -> s.status() == SignalStatus.ARCHIVED
                        && !s.professionalId().equals(professional)
                        && !shownBefore.contains(s.id()))
                .toList();
        return new OnYouth(ownActive, archiveHits, !all.isEmpty());
    }

    /** @param any the youth has a signal in the index, active or archived */
    record OnYouth(Optional<Signal> ownActive, List<Signal> archiveHitsForNewcomer, boolean any) {

        /** A youth this transaction created: no signal can be on it yet, so none is read (issue 18). */
        static final OnYouth NEW_YOUTH = new OnYouth(Optional.empty(), List.of(), false);
    }

    List<Signal> ofProfessional(ProfessionalId professional, Optional<SignalStatus> status) {
        return jdbc.sql("select " + COLUMNS + " from signal where professional_id = :professional"
                        + " and (cast(:status as text) is null or status = :status) order by registered_at desc")
                .param("professional", professional.value())
                .param("status", status.map(Enum::name).orElse(null))
                .query(this::map)
                .list();
    }

    List<ActiveSignal> activeOnYouth(YouthId youth) {
        return activeOnYouths(List.of(youth)).getOrDefault(youth, List.of());
    }

    /** The same for many youths in one read (issue 18); a youth without active signals is not in the map. */
    Map<YouthId, List<ActiveSignal>> activeOnYouths(Collection<YouthId> youths) {
        Map<YouthId, List<ActiveSignal>> active = new HashMap<>();
        if (youths.isEmpty()) {
            return active;
        }
        jdbc.sql("""
                        select youth_id, id, professional_id, organisation_id, region_code from signal
                        where youth_id in (:youths) and status = 'ACTIVE'""")
                .param("youths", youths.stream().map(YouthId::value).distinct().toList())
                .query((rs, n) -> active.computeIfAbsent(new YouthId(rs.getLong("youth_id")), y -> new ArrayList<>())
                        .add(new ActiveSignal(
                                new SignalId(rs.getObject("id", UUID.class)),
                                new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getString("region_code"))))
                .list();
        return active;
    }

    /** Locks the youths of these signals {@code for no key update}, in id order; see {@link Signals#holdYouthsOf}. */
    void holdYouthsOf(Collection<SignalId> ids) {
        jdbc.sql("""
                        select y.id from youth y
                        where y.id in (select s.youth_id from signal s where s.id = any(:signals))
                        order by y.id for no key update of y""")
                .param("signals", ids.stream().map(SignalId::value).distinct().toArray(UUID[]::new))
                .query(Long.class)
                .list();
    }

    List<ActiveSignal> matchableOnYouth(YouthId youth) {
        return jdbc.sql("""
                        select id, professional_id, organisation_id, region_code from signal
                        where youth_id = :youth and status = 'ACTIVE'
                          and not exists (select 1 from youth_restriction r where r.youth_id = :youth)""")
                .param("youth", youth.value())
                .query((rs, n) -> new ActiveSignal(
                        new SignalId(rs.getObject("id", UUID.class)),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("region_code")))
                .list();
    }

    List<Signal> allOnYouth(YouthId youth) {
        return jdbc.sql("select " + COLUMNS + " from signal where youth_id = :youth")
                .param("youth", youth.value())
                .query(this::map)
                .list();
    }

    /** R-NOBSN: the signals of a youth known by a verwijsindex number go to the youth known by BSN. */
    void moveToYouth(YouthId from, YouthId to) {
        jdbc.sql("update signal set youth_id = :to where youth_id = :from")
                .param("from", from.value())
                .param("to", to.value())
                .update();
    }

    boolean anyOnYouth(YouthId youth) {
        return jdbc.sql("select exists (select 1 from signal where youth_id = :youth)")
                .param("youth", youth.value())
                .query(Boolean.class)
                .single();
    }

    List<YouthId> youthsWithActiveSignals(long afterYouthId, int limit) {
        return jdbc.sql(
                        "select distinct youth_id from signal where status = 'ACTIVE' and youth_id > :after order by youth_id limit :limit")
                .param("after", afterYouthId)
                .param("limit", limit)
                .query((rs, n) -> new YouthId(rs.getLong(1)))
                .list();
    }

    void recordArchiveHit(SignalId signal, SignalId archived, OffsetDateTime at) {
        jdbc.sql("insert into archive_hit (signal_id, archived_signal_id, created_at) values (:signal, :archived, :at)")
                .param("signal", signal.value())
                .param("archived", archived.value())
                .param("at", at)
                .update();
    }

    List<Signal> archiveHitsOf(SignalId signal) {
        return jdbc.sql(
                        "select " + COLUMNS.replaceAll("(\\w+)", "s.$1")
                                + " from archive_hit h join signal s on s.id = h.archived_signal_id where h.signal_id = :signal")
                .param("signal", signal.value())
                .query(this::map)
                .list();
    }

    private Signal map(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("end_reason");
        return new Signal(
                new SignalId(rs.getObject("id", UUID.class)),
                new YouthId(rs.getLong("youth_id")),
                new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("region_code"),
                rs.getObject("registered_at", OffsetDateTime.class),
                rs.getObject("active_until", LocalDate.class),
                SignalStatus.valueOf(rs.getString("status")),
                rs.getObject("ended_at", OffsetDateTime.class),
                reason == null ? null : EndReason.valueOf(reason),
                rs.getObject("archived_until", LocalDate.class));
    }

    /** Issue 16 item 6: how many active signals the organisation's professionals hold in the region. */
    long countActiveOfOrganisationInRegion(OrganisationId organisation, String regionCode) {
        return jdbc.sql("""
                        select count(*) from signal
                        where organisation_id = :organisation and region_code = :region and status = 'ACTIVE'""")
                .param("organisation", organisation.value())
                .param("region", regionCode)
                .query(Long.class)
                .single();
    }
}

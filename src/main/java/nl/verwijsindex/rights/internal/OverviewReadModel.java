// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.rights.AccessOverview.MatchLine;
import nl.verwijsindex.rights.AccessOverview.SignalLine;
import nl.verwijsindex.youth.YouthId;

/**
 * A read model (docs/adr/0004) of one youth's signals and matches, joining the signal, matching and directory
 * tables by id, for the access overview and the advice round. Reads only this youth's rows: of a pair with
 * another child only that it exists and this youth's own side.
 */
@Component
public class OverviewReadModel {

    private final JdbcClient jdbc;

    OverviewReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SignalLine> signalsOf(YouthId youth) {
        return jdbc.sql("""
                        select s.id, o.name as organisation, p.name as professional, p.email, p.phone, s.registered_at,
                               s.active_until, s.status, s.ended_at, s.end_reason, s.archived_until
                        from signal s
                        join professional p on p.id = s.professional_id
                        join organisation o on o.id = s.organisation_id
                        where s.youth_id = :youth
                        order by s.registered_at, s.id""")
                .param("youth", youth.value())
                .query((rs, n) -> new SignalLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("organisation"),
                        rs.getString("professional"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getObject("registered_at", OffsetDateTime.class),
                        rs.getObject("active_until", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("ended_at", OffsetDateTime.class),
                        rs.getString("end_reason"),
                        rs.getObject("archived_until", LocalDate.class)))
                .list();
    }

    /** Each signal on the youth with its professional, region and state: whom to ask for advice, what to delete. */
    public List<OnYouth> signalOwnersOf(YouthId youth) {
        return jdbc.sql("""
                        select id, professional_id, region_code, status from signal where youth_id = :youth
                        order by registered_at, id""")
                .param("youth", youth.value())
                .query((rs, n) -> new OnYouth(
                        rs.getObject("id", UUID.class),
                        rs.getObject("professional_id", UUID.class),
                        rs.getString("region_code"),
                        "ACTIVE".equals(rs.getString("status"))))
                .list();
    }

    public List<MatchLine> matchesOf(YouthId youth) {
        return jdbc.sql("""
                        select mp.kind, mp.created_at, a.youth_id = :youth as a_own, b.youth_id = :youth as b_own,
                               oa.name as organisation_a, ob.name as organisation_b
                        from match_pair mp
                        join signal a on a.id = mp.signal_a
                        join signal b on b.id = mp.signal_b
                        join organisation oa on oa.id = a.organisation_id
                        join organisation ob on ob.id = b.organisation_id
                        where a.youth_id = :youth or b.youth_id = :youth
                        order by mp.created_at, mp.id""")
                .params(Map.of("youth", youth.value()))
                .query((rs, n) -> {
                    boolean aOwn = rs.getBoolean("a_own");
                    boolean bOwn = rs.getBoolean("b_own");
                    List<String> organisations = aOwn && bOwn
                            ? List.of(rs.getString("organisation_a"), rs.getString("organisation_b"))
                            : List.of(aOwn ? rs.getString("organisation_a") : rs.getString("organisation_b"));
                    return new MatchLine(
                            rs.getString("kind"), rs.getObject("created_at", OffsetDateTime.class), organisations);
                })
                .list();
    }

    /** Names of the professionals and organisations the logbook lines refer to, by id. */
    public Map<UUID, String> namesOf(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                        select id, name from professional where id = any(:ids)
                        union all select id, name from organisation where id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    public record OnYouth(UUID signalId, UUID professionalId, String regionCode, boolean active) {}
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.exchange.ExchangeFormat;
import nl.verwijsindex.youth.BsnProtection;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A read model (ADR 0004) that writes the whole index in the exchange format: organisations with their covenants,
 * professionals, signals with the youth's BSN (decrypted only into the file) or verwijsindex index, and the current
 * matches with their coordination state. One transaction, so the file is one consistent moment.
 */
@Component
public class ExportReadModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final BsnProtection protection;

    private final ZoneId zone;

    ExportReadModel(JdbcClient jdbc, BsnProtection protection, Clock clock) {
        this.zone = clock.getZone();
        this.jdbc = jdbc;
        this.protection = protection;
    }

    /** @return the number of records written, the header not counted */
    @Transactional(readOnly = true)
    public int export(Writer out, String source, OffsetDateTime now) {
        Lines lines = new Lines(out);
        ObjectNode header = JSON.createObjectNode()
                .put("type", "header")
                .put("format", ExchangeFormat.NAME)
                .put("version", ExchangeFormat.VERSION)
                .put("source", source)
                .put("exportedAt", dateTime(now));
        lines.write(header);
        int before = lines.count;
        jdbc.sql("""
                        select o.id, o.name, o.oin, o.kvk_number, o.category_code, o.bsn_authorised, o.coordinator_name,
                               o.coordinator_email, o.coordinator_phone,
                               coalesce((select json_agg(json_build_object('region', m.region_code, 'joinedOn', m.joined_on,
                                                                           'leftOn', m.left_on) order by m.joined_on, m.region_code)
                                         from covenant_membership m where m.organisation_id = o.id), '[]') as covenants
                        from organisation o order by o.id""").query((RowCallbackHandler) rs -> lines.write(organisation(rs)));
        jdbc.sql(
                        "select id, organisation_id, name, email, phone, designated, left_on from professional order by organisation_id, id")
                .query((RowCallbackHandler) rs -> lines.write(professional(rs)));
        jdbc.sql("""
                        select s.id, s.professional_id, s.region_code, s.registered_at, s.active_until, s.status, s.ended_at,
                               s.end_reason, s.archived_until, y.bsn_encrypted, y.bsn_index, y.key_id, y.birth_date
                        from signal s join youth y on y.id = s.youth_id order by s.registered_at, s.id""").query((RowCallbackHandler) rs -> lines.write(signal(rs)));
        jdbc.sql("""
                        select p.signal_a, p.signal_b, m.matched_on, m.due_on, m.consulted_at, c.director_signal_id
                        from match_pair p
                        join signal a on a.id = p.signal_a and a.status = 'ACTIVE'
                        join signal b on b.id = p.signal_b and b.status = 'ACTIVE'
                        join coordination_match m on m.pair_id = p.id
                        join coordination_case c on c.match_case_id = m.match_case_id
                        where p.kind = 'YOUTH' order by p.created_at, p.id""").query((RowCallbackHandler) rs -> lines.write(match(rs, zone)));
        return lines.count - before;
    }

    private static ObjectNode organisation(ResultSet rs) throws SQLException {
        ObjectNode o = JSON.createObjectNode()
                .put("type", "organisation")
                .put("id", rs.getString("id"))
                .put("name", rs.getString("name"));
        putIfPresent(o, "oin", rs.getString("oin"));
        putIfPresent(o, "kvkNumber", rs.getString("kvk_number"));
        o.put("category", rs.getString("category_code")).put("bsnAuthorised", rs.getBoolean("bsn_authorised"));
        o.putObject("coordinator")
                .put("name", rs.getString("coordinator_name"))
                .put("email", rs.getString("coordinator_email"))
                .put("phone", rs.getString("coordinator_phone"));
        ArrayNode covenants = o.putArray("covenants");
        JSON.readTree(rs.getString("covenants")).forEach(c -> {
            ObjectNode covenant = covenants
                    .addObject()
                    .put("region", c.get("region").asString())
                    .put("joinedOn", c.get("joinedOn").asString());
            if (!c.get("leftOn").isNull()) {
                covenant.put("leftOn", c.get("leftOn").asString());
            }
        });
        return o;
    }

    private static ObjectNode professional(ResultSet rs) throws SQLException {
        ObjectNode p = JSON.createObjectNode()
                .put("type", "professional")
                .put("id", rs.getString("id"))
                .put("organisation", rs.getString("organisation_id"))
                .put("name", rs.getString("name"))
                .put("email", rs.getString("email"))
                .put("phone", rs.getString("phone"))
                .put("designated", rs.getBoolean("designated"));
        putIfPresent(p, "leftOn", rs.getObject("left_on", LocalDate.class));
        return p;
    }

    private ObjectNode signal(ResultSet rs) throws SQLException {
        ObjectNode s = JSON.createObjectNode().put("type", "signal").put("id", rs.getString("id"));
        ObjectNode youth = s.putObject("youth");
        byte[] encrypted = rs.getBytes("bsn_encrypted");
        if (encrypted != null) {
            youth.put("bsn", protection.decrypt(encrypted).value());
        } else {
            youth.put("viIndex", Base64.getEncoder().encodeToString(rs.getBytes("bsn_index")))
                    .put("keyId", rs.getInt("key_id"));
        }
        s.put("birthDate", rs.getObject("birth_date", LocalDate.class).toString())
                .put("professional", rs.getString("professional_id"))
                .put("region", rs.getString("region_code"))
                .put("registeredAt", dateTime(rs.getObject("registered_at", OffsetDateTime.class)))
                .put(
                        "activeUntil",
                        rs.getObject("active_until", LocalDate.class).toString())
                .put("state", rs.getString("status"));
        putIfPresent(s, "endReason", rs.getString("end_reason"));
        putIfPresent(s, "endedAt", rs.getObject("ended_at", OffsetDateTime.class));
        putIfPresent(s, "archivedUntil", rs.getObject("archived_until", LocalDate.class));
        return s;
    }

    private static ObjectNode match(ResultSet rs, ZoneId zone) throws SQLException {
        ObjectNode m = JSON.createObjectNode()
                .put("type", "match")
                .put("signalA", rs.getString("signal_a"))
                .put("signalB", rs.getString("signal_b"))
                .put("matchedOn", rs.getObject("matched_on", LocalDate.class).toString())
                .put("dueOn", rs.getObject("due_on", LocalDate.class).toString());
        OffsetDateTime consulted = rs.getObject("consulted_at", OffsetDateTime.class);
        if (consulted != null) {
            // The day it was on here, not in the database session's time zone.
            m.put("consultedOn", consulted.atZoneSameInstant(zone).toLocalDate().toString());
        }
        putIfPresent(m, "directorSignal", rs.getObject("director_signal_id", UUID.class));
        return m;
    }

    private static void putIfPresent(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value instanceof OffsetDateTime moment ? dateTime(moment) : value.toString());
        }
    }

    /**
     * RFC 3339, as the schema's {@code date-time} asks: always with seconds, where {@link OffsetDateTime#toString()}
     * leaves out ":00" (a signal registered on a whole minute made a line the schema refuses).
     */
    static String dateTime(OffsetDateTime moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }

    /** One record a line, {@code \n} after each. */
    private static final class Lines {
        private final Writer out;
        int count;

        Lines(Writer out) {
            this.out = out;
        }

        void write(ObjectNode record) {
            try {
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException("writing the export failed", e);
            }
        }
    }
}

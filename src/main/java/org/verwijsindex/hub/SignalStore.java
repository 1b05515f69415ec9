// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.SignalState;

/**
 * The tables {@code signal} and {@code signal_parent}: the hub's signals and the lookups matching needs. A signal read
 * back comes without its parents' pseudonyms: matching needs those of the incoming signal only.
 */
@Repository
class SignalStore {

    private static final String COLUMNS = "s.region, s.signal_ref, s.state, s.key_version, s.youth_pseudonym, "
            + "s.municipality_code, s.registered_on, s.active_until, s.archive_until, s.contact_name, "
            + "s.contact_organisation, s.contact_phone, s.contact_email, s.last_sequence";

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HubSignal> find(String region, String signalRef) {
        return jdbc.sql("select " + COLUMNS + " from signal s where s.region = :region and s.signal_ref = :ref")
                .param("region", region)
                .param("ref", signalRef)
                .query(SignalStore::row)
                .optional();
    }

    /** Inserts or replaces the signal and its parents' pseudonyms. */
    void save(HubSignal signal, Instant now) {
        jdbc.sql("""
                        insert into signal (region, signal_ref, state, key_version, youth_pseudonym, municipality_code,
                            registered_on, active_until, archive_until, contact_name, contact_organisation,
                            contact_phone, contact_email, last_sequence, updated_at)
                        values (:region, :ref, :state, :keyVersion, :youth, :municipality, :registeredOn,
                            :activeUntil, :archiveUntil, :name, :organisation, :phone, :email, :sequence, :now)
                        on conflict (region, signal_ref) do update set
                            state = excluded.state, key_version = excluded.key_version,
                            youth_pseudonym = excluded.youth_pseudonym, municipality_code = excluded.municipality_code,
                            registered_on = excluded.registered_on, active_until = excluded.active_until,
                            archive_until = excluded.archive_until, contact_name = excluded.contact_name,
                            contact_organisation = excluded.contact_organisation,
                            contact_phone = excluded.contact_phone, contact_email = excluded.contact_email,
                            last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
                        """)
                .param("region", signal.region())
                .param("ref", signal.signalRef())
                .param("state", signal.state().name())
                .param("keyVersion", signal.keyVersion())
                .param("youth", signal.youth())
                .param("municipality", signal.municipalityCode())
                .param("registeredOn", signal.registeredOn())
                .param("activeUntil", signal.activeUntil())
                .param("archiveUntil", signal.archiveUntil())
                .param("name", signal.card().name())
                .param("organisation", signal.card().organisation())
                .param("phone", signal.card().phone())
                .param("email", signal.card().email())
                .param("sequence", signal.sequence())
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from signal_parent where region = :region and signal_ref = :ref")
                .param("region", signal.region())
                .param("ref", signal.signalRef())
                .update();
        for (byte[] parent : signal.parents()) {
            jdbc.sql("""
                            insert into signal_parent (region, signal_ref, key_version, parent_pseudonym)
                            values (:region, :ref, :keyVersion, :parent) on conflict do nothing
                            """)
                    .param("region", signal.region())
                    .param("ref", signal.signalRef())
                    .param("keyVersion", signal.keyVersion())
                    .param("parent", parent)
                    .update();
        }
    }

    /** Deletes the signal and (by cascade) its parents' pseudonyms. */
    boolean delete(String region, String signalRef) {
        return jdbc.sql("delete from signal where region = :region and signal_ref = :ref")
                        .param("region", region)
                        .param("ref", signalRef)
                        .update()
                > 0;
    }

    /** Signals of other regions on the same youth pseudonym of the same key version, in the given state. */
    List<HubSignal> onYouth(HubSignal signal, SignalState state) {
        return jdbc.sql("select " + COLUMNS + """
                         from signal s
                        where s.key_version = :keyVersion and s.youth_pseudonym = :youth
                          and s.region <> :region and s.state = :state
                        order by s.region, s.signal_ref
                        """)
                .param("keyVersion", signal.keyVersion())
                .param("youth", signal.youth())
                .param("region", signal.region())
                .param("state", state.name())
                .query(SignalStore::row)
                .list();
    }

    /** Active signals of other regions on another youth with a parent pseudonym in common (R-MATCH-FAMILY). */
    List<HubSignal> activeSharingParent(HubSignal signal) {
        if (signal.parents().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct " + COLUMNS + """
                         from signal_parent p
                         join signal s on s.region = p.region and s.signal_ref = p.signal_ref
                        where p.key_version = :keyVersion and p.parent_pseudonym in (:parents)
                          and s.region <> :region and s.state = 'ACTIVE' and s.youth_pseudonym <> :youth
                        order by s.region, s.signal_ref
                        """)
                .param("keyVersion", signal.keyVersion())
                .param("parents", signal.parents())
                .param("region", signal.region())
                .param("youth", signal.youth())
                .query(SignalStore::row)
                .list();
    }

    private static HubSignal row(ResultSet rs, int n) throws SQLException {
        String region = rs.getString("region");
        return new HubSignal(
                region,
                rs.getString("signal_ref"),
                SignalState.valueOf(rs.getString("state")),
                rs.getInt("key_version"),
                rs.getBytes("youth_pseudonym"),
                List.of(),
                rs.getString("municipality_code"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getObject("active_until", LocalDate.class),
                rs.getObject("archive_until", LocalDate.class),
                new ContactCard(
                        rs.getString("contact_name"),
                        rs.getString("contact_organisation"),
                        rs.getString("contact_phone"),
                        rs.getString("contact_email"),
                        region),
                rs.getLong("last_sequence"));
    }
}

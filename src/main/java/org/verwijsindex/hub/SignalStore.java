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
 * The tables {@code signal}, {@code signal_youth} and {@code signal_parent}: the hub's signals, their pseudonyms per key
 * version (side by side during a rotation, docs/adr/0032) and the lookups matching needs. A signal read back comes
 * with the youth's pseudonym of one version and without its parents' pseudonyms: matching needs those of the incoming
 * signal only, and matches within one key version.
 */
@Repository
class SignalStore {

    private static final String COLUMNS = "s.region, s.signal_ref, s.state, y.key_version, y.youth_pseudonym, "
            + "s.municipality_code, s.registered_on, s.active_until, s.archive_until, s.contact_name, "
            + "s.contact_organisation, s.contact_phone, s.contact_email, s.last_sequence";

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HubSignal> find(String region, String signalRef) {
        return jdbc.sql("select " + COLUMNS + """
                         from signal s
                         join lateral (select key_version, youth_pseudonym from signal_youth y
                                        where y.region = s.region and y.signal_ref = s.signal_ref
                                        order by key_version desc limit 1) y on true
                        where s.region = :region and s.signal_ref = :ref
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .query(SignalStore::row)
                .optional();
    }

    /** Whether the hub holds pseudonyms of the key version for the signal. */
    boolean holds(String region, String signalRef, int keyVersion) {
        return jdbc.sql("""
                        select exists (select 1 from signal_youth
                                        where region = :region and signal_ref = :ref and key_version = :keyVersion)
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .param("keyVersion", keyVersion)
                .query(Boolean.class)
                .single();
    }

    /**
     * Inserts or replaces the signal and its pseudonyms of the message's key version; those of other versions stay
     * until their version retires ({@link KeyRetirement}).
     */
    void save(HubSignal signal, Instant now) {
        jdbc.sql("""
                        insert into signal (region, signal_ref, state, municipality_code,
                            registered_on, active_until, archive_until, contact_name, contact_organisation,
                            contact_phone, contact_email, last_sequence, updated_at)
                        values (:region, :ref, :state, :municipality, :registeredOn,
                            :activeUntil, :archiveUntil, :name, :organisation, :phone, :email, :sequence, :now)
                        on conflict (region, signal_ref) do update set
                            state = excluded.state, municipality_code = excluded.municipality_code,
                            registered_on = excluded.registered_on, active_until = excluded.active_until,
                            archive_until = excluded.archive_until, contact_name = excluded.contact_name,
                            contact_organisation = excluded.contact_organisation,
                            contact_phone = excluded.contact_phone, contact_email = excluded.contact_email,
                            last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
                        """)
                .param("region", signal.region())
                .param("ref", signal.signalRef())
                .param("state", signal.state().name())
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
        jdbc.sql("""
                        insert into signal_youth (region, signal_ref, key_version, youth_pseudonym)
                        values (:region, :ref, :keyVersion, :youth)
                        on conflict (region, signal_ref, key_version) do update set
                            youth_pseudonym = excluded.youth_pseudonym
                        """)
                .param("region", signal.region())
                .param("ref", signal.signalRef())
                .param("keyVersion", signal.keyVersion())
                .param("youth", signal.youth())
                .update();
        jdbc.sql("delete from signal_parent where region = :region and signal_ref = :ref and key_version = :keyVersion")
                .param("region", signal.region())
                .param("ref", signal.signalRef())
                .param("keyVersion", signal.keyVersion())
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
                         from signal_youth y
                         join signal s on s.region = y.region and s.signal_ref = y.signal_ref
                        where y.key_version = :keyVersion and y.youth_pseudonym = :youth
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
                         join signal_youth y on y.region = p.region and y.signal_ref = p.signal_ref
                                            and y.key_version = p.key_version
                        where p.key_version = :keyVersion and p.parent_pseudonym in (:parents)
                          and s.region <> :region and s.state = 'ACTIVE' and y.youth_pseudonym <> :youth
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

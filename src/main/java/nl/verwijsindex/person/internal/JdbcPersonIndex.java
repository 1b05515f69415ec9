// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.youth.YouthId;

@Service
class JdbcPersonIndex implements PersonIndex {

    private final JdbcClient jdbc;
    private final Covenants covenants;
    private final AddressKeys addressKeys;
    private final PersonData data;

    JdbcPersonIndex(JdbcClient jdbc, Covenants covenants, AddressKeys addressKeys, PersonData data) {
        this.jdbc = jdbc;
        this.covenants = covenants;
        this.addressKeys = addressKeys;
        this.data = data;
    }

    @Override
    public List<Relative> familyOf(YouthId youth) {
        return jdbc.sql("""
                        select other.youth_id, array_agg(own.parent_index order by own.parent_index) as shared_parents
                        from youth_parent own
                        join youth_parent other on other.parent_index = own.parent_index and other.youth_id <> own.youth_id
                        where own.youth_id = :youth
                        group by other.youth_id
                        order by other.youth_id""")
                .param("youth", youth.value())
                .query((rs, n) -> new Relative(new YouthId(rs.getLong(1)), keys(rs.getArray(2))))
                .list();
    }

    @Override
    public Optional<CoResidence> coResidentsOf(YouthId youth) {
        // Issue 18: the youths this transaction's person check found at the address are not read again.
        return data.writtenInThisTransaction(youth)
                .filter(written -> written.addressKey() != null)
                .flatMap(
                        written -> written.othersAtAddress().map(known -> new CoResidence(written.addressKey(), known)))
                .or(() -> addressKeyOf(youth).map(key -> new CoResidence(key, data.knownAt(key, youth))));
    }

    @Override
    public boolean isInstitution(byte[] addressKey, Collection<String> regionCodes) {
        return covenants.institutionAddresses(regionCodes).stream()
                .anyMatch(id -> Arrays.equals(addressKeys.of(id), addressKey));
    }

    /** Issue 18: what this transaction's person check stored is not read again. */
    private Optional<byte[]> addressKeyOf(YouthId youth) {
        Optional<PersonData.Written> written = data.writtenInThisTransaction(youth);
        if (written.isPresent()) {
            return Optional.ofNullable(written.get().addressKey());
        }
        return jdbc.sql("select address_index from youth_person where youth_id = :youth and address_index is not null")
                .param("youth", youth.value())
                .query(byte[].class)
                .optional();
    }

    @Override
    public Optional<String> municipalityOf(YouthId youth) {
        Optional<Optional<String>> known = data.municipalityInThisTransaction(youth);
        if (known.isPresent()) {
            return known.get();
        }
        return jdbc.sql(
                        "select municipality_code from youth_person where youth_id = :youth and municipality_code is not null")
                .param("youth", youth.value())
                .query(String.class)
                .optional();
    }

    @Override
    public Map<YouthId, String> municipalitiesOf(Collection<YouthId> youths) {
        if (youths.isEmpty()) {
            return Map.of();
        }
        Map<YouthId, String> found = new HashMap<>();
        jdbc.sql(
                        "select youth_id, municipality_code from youth_person where youth_id = any(:youths) and municipality_code is not null")
                .param("youths", youths.stream().map(YouthId::value).distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(new YouthId(rs.getLong("youth_id")), rs.getString("municipality_code")))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    @Override
    public Optional<String> municipalityOfYouthOfSignal(UUID signalId) {
        return jdbc.sql("""
                        select yp.municipality_code from signal s join youth_person yp on yp.youth_id = s.youth_id
                        where s.id = :signal and yp.municipality_code is not null""").param("signal", signalId).query(String.class).optional();
    }

    @Override
    public Optional<YouthOfSignal> youthOfSignal(UUID signalId) {
        return jdbc.sql("""
                        select s.youth_id, yp.municipality_code from signal s
                        left join youth_person yp on yp.youth_id = s.youth_id
                        where s.id = :signal""")
                .param("signal", signalId)
                .query((rs, n) -> new YouthOfSignal(
                        new YouthId(rs.getLong("youth_id")), Optional.ofNullable(rs.getString("municipality_code"))))
                .optional();
    }

    private static List<byte[]> keys(Array array) throws SQLException {
        List<byte[]> keys = new ArrayList<>();
        for (Object key : (Object[]) array.getArray()) {
            keys.add((byte[]) key);
        }
        return keys;
    }
}

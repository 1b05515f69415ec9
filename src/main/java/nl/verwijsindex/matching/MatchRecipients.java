// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.signal.SignalId;

/**
 * Who a match concerns (R-NOTICE): the professionals of a pair's signals that are still active, for the notices.
 * A read model: it joins the signal and youth tables by id (docs/adr/0004).
 */
@Service
@Transactional(readOnly = true)
public class MatchRecipients {

    private final JdbcClient jdbc;

    MatchRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who must hear of a pair now (R-NOTICE): the professionals of its signals that are still active. Empty
     * when the pair no longer exists.
     */
    public Optional<PairRecipients> recipientsOf(MatchPairId pair) {
        List<PairRecipients.Recipient> recipients = jdbc.sql("""
                        select s.id, s.professional_id, s.region_code, y.bsn_index
                        from match_pair mp
                        join signal s on s.id in (mp.signal_a, mp.signal_b)
                        join youth y on y.id = s.youth_id
                        where mp.id = :pair and s.status = 'ACTIVE'""")
                .param("pair", pair.value())
                .query((rs, n) -> new PairRecipients.Recipient(
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        new SignalId(rs.getObject("id", UUID.class)),
                        rs.getString("region_code"),
                        rs.getBytes("bsn_index")))
                .list();
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new PairRecipients(pair, recipients));
    }

    /**
     * {@link #recipientsOf(MatchPairId)} for the pairs of one event in one read (issue 18): the pairs that still
     * have an active signal, in no particular order.
     */
    public List<PairRecipients> recipientsOf(Collection<MatchPairId> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<MatchPairId, List<PairRecipients.Recipient>> byPair = new LinkedHashMap<>();
        jdbc.sql("""
                        select mp.id as pair_id, s.id, s.professional_id, s.region_code, y.bsn_index
                        from match_pair mp
                        join signal s on s.id in (mp.signal_a, mp.signal_b)
                        join youth y on y.id = s.youth_id
                        where mp.id = any(:pairs) and s.status = 'ACTIVE'""")
                .param("pairs", pairs.stream().map(MatchPairId::value).toArray(UUID[]::new))
                .query(rs -> {
                    byPair.computeIfAbsent(new MatchPairId(rs.getObject("pair_id", UUID.class)), p -> new ArrayList<>())
                            .add(new PairRecipients.Recipient(
                                    new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                                    new SignalId(rs.getObject("id", UUID.class)),
                                    rs.getString("region_code"),
                                    rs.getBytes("bsn_index")));
                });
        return byPair.entrySet().stream()
                .map(e -> new PairRecipients(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The professionals a pair concerns. */
    public record PairRecipients(MatchPairId pairId, List<Recipient> recipients) {

        public record Recipient(
                ProfessionalId professionalId, SignalId signalId, String regionCode, byte[] youthIndex) {}
    }
}

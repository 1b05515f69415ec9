package nl.verwijsindex.bench.drive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the run left in the database: the HTTP answers say a signal was registered, these counts say what
 * followed from it, including the work the service does after answering (notices and their e-mails run
 * asynchronously, from the event publication registry).
 */
record RunCounters(long signals, long matchPairs, long notices, long noticesNotSent, long incompleteEvents) {

    /**
     * Counts through the run's own Idempotency-Keys (the key table holds only a day of keys), so that on
     * millions of signals this takes milliseconds and does not disturb what it measures.
     */
    static RunCounters of(Connection connection, String keyPrefix, Instant since) throws SQLException {
        String sql = """
                with run_signal as (
                    select s.id from signal_idempotency i join signal s on s.id = i.signal_id
                    where i.idempotency_key like ? and s.registered_at >= ?),
                run_pair as (
                    select mp.id from match_pair mp join run_signal s on mp.signal_a = s.id
                    union
                    select mp.id from match_pair mp join run_signal s on mp.signal_b = s.id)
                select (select count(*) from run_signal), (select count(*) from run_pair),
                       (select count(*) from notice n join run_pair p on p.id = n.match_pair_id),
                       (select count(*) from notice where mail_state in ('QUEUED', 'FAILED')),
                       (select count(*) from event_publication where completion_date is null)""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, keyPrefix.replace("_", "\\_") + "%");
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RunCounters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    /** The asynchronous work still outstanding: cheap enough to poll (a partial index and a small table). */
    static long pending(Connection connection) throws SQLException {
        String sql = """
                select (select count(*) from notice where mail_state in ('QUEUED', 'FAILED'))
                     + (select count(*) from event_publication where completion_date is null)""";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Event publications not yet completed: the after-commit work still to do. */
    static long incompleteEvents(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                        "select count(*) from event_publication where completion_date is null");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean settled() {
        return noticesNotSent == 0 && incompleteEvents == 0;
    }

    void print(String when) {
        System.out.printf("  %s: %,d signals registered, %,d new matches (pairs), %,d notices (%,d in the index not yet e-mailed), "
                + "%,d incomplete event publications%n", when, signals, matchPairs, notices, noticesNotSent, incompleteEvents);
    }
}

package nl.verwijsindex.bench.load;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.verwijsindex.bench.common.Args;
import nl.verwijsindex.bench.common.BsnCrypto;
import nl.verwijsindex.bench.common.Bsns;
import nl.verwijsindex.bench.common.Environment;
import nl.verwijsindex.bench.load.History.SignalRecord;
import nl.verwijsindex.bench.load.History.YouthRecord;

/**
 * Loads a national-scale history straight into the service's (freshly migrated, empty) database: the
 * directory, youths with protected BSNs, signals, and what the service derives from them (matches, notices, the
 * logbook, the coordination of the matches). Over HTTP this
 * would take days; through COPY it takes minutes.
 *
 * <pre>java -cp ... nl.verwijsindex.bench.load.HistoryLoader --signals 2500000 [--youths N] [--regions 65]
 *      [--organisations 2200] [--professionals 20000] [--no-expired]</pre>
 * {@code --no-expired} ends every archived signal with RISK_GONE instead of partly EXPIRED.
 */
public final class HistoryLoader {

    private static final long PROGRESS_EVERY = 500_000;

    private HistoryLoader() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, Set.of("no-expired"), Set.of("signals", "youths", "regions", "organisations", "professionals"));
        long signals = args.number("signals", 2_500_000);
        long youths = args.number("youths", Math.max(1, Math.round(signals / 2.5)));
        int regions = (int) args.number("regions", 65);
        int organisations = (int) args.number("organisations", 2_200);
        int professionals = (int) args.number("professionals", 20_000);
        long seed = Environment.seed();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, History.NETHERLANDS);

        long start = System.nanoTime();
        try (Connection connection = Environment.connect()) {
            requireEmpty(connection);
            Directory directory = Directory.generate(seed, regions, organisations, professionals, today);
            DirectoryWriter.write(connection, directory, seed, today.minusYears(8), now);
            System.out.printf("Directory: %d regions, %d organisations, %d professionals (%d may register), %.1f s%n",
                    directory.regions.size(), directory.organisations.size(), directory.professionals.size(),
                    directory.designatedCount(), seconds(start));

            History history = new History(directory, seed, (double) signals / youths,
                    args.flag("no-expired") ? 0 : History.EXPIRED_SHARE, now);
            writeYouths(connection, history, youths);
            System.out.printf("Youths: %d, %.1f s%n", youths, seconds(start));
            DeferredIndexes signalIndexes = DeferredIndexes.drop(connection, "signal");
            long written = writeSignals(connection, history, youths);
            System.out.printf("Signals: %d, %.1f s%n", written, seconds(start));
            // Rebuilding the unique partial index also proves one active signal per professional per youth.
            signalIndexes.recreate(connection);
            System.out.printf("Signal indexes: %.1f s%n", seconds(start));
            System.out.println("Derived history:");
            DerivedHistory.build(connection);
            System.out.println("Coordination of the matches:");
            CoordinationHistory.build(connection);
            printCounts(connection);
        }
        System.out.printf("Loaded in %.1f s%n", seconds(start));
        System.out.printf("RESULT load_seconds=%.1f%n", seconds(start));
    }

    private static void writeYouths(Connection connection, History history, long youths) throws Exception {
        BsnCrypto crypto = Environment.bsnCrypto();
        SecureRandom nonces = new SecureRandom();
        Bsns.HistorySequence bsns = new Bsns.HistorySequence();
        try (CopyRows rows = new CopyRows(connection, "youth", "id, bsn_index, bsn_encrypted, birth_date, created_at")) {
            for (long id = 1; id <= youths; id++) {
                YouthRecord youth = history.youth(id);
                String bsn = bsns.next();
                // The identity column takes the given id (COPY behaves as OVERRIDING SYSTEM VALUE), so a
                // signal can name its youth without a round trip; the sequence is moved past it afterwards.
                rows.row(id, crypto.blindIndex(bsn), crypto.encrypt(bsn, nonces), youth.birthDate(), youth.createdAt());
                progress("youths", id);
            }
        }
    }

    private static long writeSignals(Connection connection, History history, long youths) throws Exception {
        try (CopyRows rows = new CopyRows(connection, "signal", """
                id, youth_id, professional_id, organisation_id, region_code, grounds_confirmed, registered_at,
                active_until, status, ended_at, end_reason, archived_until""")) {
            for (long id = 1; id <= youths; id++) {
                for (SignalRecord s : history.youth(id).signals()) {
                    rows.row(s.id(), id, s.registrant().professionalId(), s.registrant().organisationId(),
                            s.registrant().region().code(), true, s.registeredAt(), s.activeUntil(),
                            s.active() ? "ACTIVE" : "ARCHIVED", s.endedAt(), s.endReason(), s.archivedUntil());
                    progress("signals", rows.rows());
                }
            }
            return rows.rows();
        }
    }

    private static void requireEmpty(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select (select count(*) from region) + (select count(*) from youth)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database is not empty: load into a freshly created one (run.sh does)");
            }
        }
    }

    private static void printCounts(Connection connection) throws Exception {
        String sql = """
                select (select count(*) from youth), (select count(*) from signal),
                       (select count(*) from signal where status = 'ACTIVE'), (select count(*) from match_case),
                       (select count(*) from match_pair), (select count(*) from notice), (select count(*) from logbook_entry),
                       pg_size_pretty(pg_database_size(current_database()))""";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            System.out.printf("Database: %,d youths, %,d signals (%,d active), %,d match cases, %,d match pairs, "
                            + "%,d notices, %,d logbook entries; %s%n", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8));
        }
    }

    private static void progress(String what, long count) {
        if (count % PROGRESS_EVERY == 0) {
            System.out.printf("  ... %,d %s%n", count, what);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

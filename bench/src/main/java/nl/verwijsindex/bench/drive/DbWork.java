package nl.verwijsindex.bench.drive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The work the database did for this database only, counted by PostgreSQL itself: statements (from
 * pg_stat_statements, when the server preloads it and run.sh created the extension) and transactions (from
 * pg_stat_database). Unlike throughput and CPU, these counts do not depend on what else runs on the machine,
 * so they compare builds on a shared machine.
 */
record DbWork(long statements, long begins, long transactions, boolean statementsKnown) {

    static DbWork take(Connection connection) throws SQLException {
        long transactions;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")) {
            rs.next();
            transactions = rs.getLong(1);
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select coalesce(sum(calls) filter (where query !~* '^\\s*(begin|commit|rollback|end)\\M'), 0),
                            coalesce(sum(calls) filter (where query ~* '^\\s*begin\\M'), 0)
                     from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""")) {
            rs.next();
            return new DbWork(rs.getLong(1), rs.getLong(2), transactions, true);
        } catch (SQLException e) {
            // no pg_stat_statements in this database (not preloaded, or the extension not created)
            return new DbWork(0, 0, transactions, false);
        }
    }

    /** Per signal the run registered, from before the warm-up until the after-commit work settled. */
    static String perSignal(DbWork before, DbWork after, long signals) {
        if (signals <= 0) {
            return "no signals registered";
        }
        String transactions = "%.1f transactions (pg_stat_database)".formatted(
                (after.transactions - before.transactions) / (double) signals);
        if (!before.statementsKnown || !after.statementsKnown) {
            return transactions + "; statements unknown (pg_stat_statements not available)";
        }
        return "%.1f statements in %.1f BEGINs (pg_stat_statements), %s".formatted(
                (after.statements - before.statements) / (double) signals,
                (after.begins - before.begins) / (double) signals, transactions);
    }
}

package nl.verwijsindex.bench.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;

/**
 * What run.sh hands to both programs through the environment: the database, and the service's two keys
 * (the same variables the service itself reads), so the loader writes youths the service can find.
 */
public final class Environment {

    private Environment() {
    }

    public static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(require("BENCH_JDBC_URL"), require("BENCH_DB_USER"),
                require("BENCH_DB_PASSWORD"));
        connection.setAutoCommit(true);
        return connection;
    }

    public static BsnCrypto bsnCrypto() {
        return new BsnCrypto(key("VERWIJSINDEX_KEYS_BLIND_INDEX_KEY"), key("VERWIJSINDEX_KEYS_ENCRYPTION_KEY"));
    }

    /** The seed from which the directory, the history and the API secrets are derived. */
    public static long seed() {
        return Long.parseLong(require("BENCH_SEED"));
    }

    private static byte[] key(String name) {
        return Base64.getDecoder().decode(require(name).trim());
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set (run through bench/run.sh)");
        }
        return value;
    }
}

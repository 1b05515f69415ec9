package nl.verwijsindex.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the indexes of some tables that back no constraint, and later builds them again from the
 * definitions PostgreSQL itself reported (so they match the migrations, whatever those say). Building an
 * index once, by sorting, is many times faster than keeping it up to date through millions of random
 * inserts in a small buffer cache. Primary keys and unique constraints stay, so every row is still checked.
 */
final class DeferredIndexes {

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    static DeferredIndexes drop(Connection connection, String... tables) throws SQLException {
        String sql = """
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i
                where i.indrelid = any (select to_regclass(t) from unnest(?::text[]) as t)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)""";
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setArray(1, connection.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return new DeferredIndexes(definitions);
    }

    void recreate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
            statement.execute("reset maintenance_work_mem");
        }
    }
}

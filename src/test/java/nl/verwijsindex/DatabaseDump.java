// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of every table, as text: what a database dump would hold, for the BSN scans. */
public final class DatabaseDump {

    private DatabaseDump() {}

    public static String of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select table_schema || '."' || table_name || '"' from information_schema.tables
                        where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'""").query(String.class).list();
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            dump.append(table)
                    .append('\n')
                    .append(jdbc.sql("select coalesce(string_agg(t::text, E'\\n'), '') from " + table + " t")
                            .query(String.class)
                            .single())
                    .append('\n');
        }
        return dump.toString();
    }
}

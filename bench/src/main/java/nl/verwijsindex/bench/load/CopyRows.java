package nl.verwijsindex.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format: by far the
 * fastest way to put millions of rows in, and it still runs every constraint, index and foreign key.
 */
final class CopyRows implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();

    private final PGCopyOutputStream out;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin", 1 << 16);
    }

    /** Values: null, String, byte[] (bytea), Boolean, or anything whose toString() PostgreSQL reads (UUID, numbers, LocalDate, Instant). */
    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    private void append(Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof byte[] bytes) {
            // bytea in hex; the backslash itself is escaped for the COPY text format
            line.append("\\\\x").append(HEX.formatHex(bytes));
        } else if (value instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        } else {
            line.append(value);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

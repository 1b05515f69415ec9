package nl.verwijsindex.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import nl.verwijsindex.bench.common.ApiSecrets;
import nl.verwijsindex.bench.load.Directory.Municipality;
import nl.verwijsindex.bench.load.Directory.Organisation;
import nl.verwijsindex.bench.load.Directory.Professional;
import nl.verwijsindex.bench.load.Directory.Region;

/** Writes the directory: regions, municipalities, organisations, covenants, professionals and API clients. */
final class DirectoryWriter {

    private DirectoryWriter() {
    }

    /**
     * @param covenantsSince when every organisation joined its covenants: before the history starts, so no
     *                       signal of the history predates its organisation's membership
     */
    static void write(Connection connection, Directory directory, long seed, LocalDate covenantsSince, Instant now)
            throws SQLException, IOException {
        try (CopyRows rows = new CopyRows(connection, "region", "code, name, suppress_same_organisation_matches")) {
            for (Region r : directory.regions) {
                rows.row(r.code(), r.name(), r.suppressSameOrganisation());
            }
        }
        try (CopyRows rows = new CopyRows(connection, "municipality", "cbs_code, name, region_code")) {
            for (Municipality m : directory.municipalities) {
                rows.row(m.cbsCode(), m.name(), m.region().code());
            }
        }
        try (CopyRows rows = new CopyRows(connection, "organisation",
                "id, name, oin, category_code, coordinator_name, coordinator_email, coordinator_phone")) {
            for (Organisation o : directory.organisations) {
                rows.row(o.id(), o.name(), "%020d".formatted(100_000_000_000L + o.number()), o.category().code(),
                        "Coördinator " + o.number(), "coordinator@org%d.example".formatted(o.number()),
                        "030 %07d".formatted(o.number()));
            }
        }
        try (CopyRows rows = new CopyRows(connection, "covenant_membership", "organisation_id, region_code, joined_on")) {
            for (Organisation o : directory.organisations) {
                for (Region r : o.regions()) {
                    rows.row(o.id(), r.code(), covenantsSince);
                }
            }
        }
        try (CopyRows rows = new CopyRows(connection, "professional", "id, organisation_id, name, email, phone, designated, left_on")) {
            for (Professional p : directory.professionals) {
                Organisation o = p.organisation();
                rows.row(p.id(), o.id(), "Professional %d-%d".formatted(o.number(), p.number()),
                        "p%d@org%d.example".formatted(p.number(), o.number()), "06 %08d".formatted(o.number() * 1000L + p.number()),
                        p.designated(), p.leftOn());
            }
        }
        try (CopyRows rows = new CopyRows(connection, "api_client", "id, organisation_id, description, secret_sha256, created_at")) {
            for (Organisation o : directory.organisations) {
                rows.row(o.clientId(), o.id(), "Benchmark-koppeling " + o.name(),
                        ApiSecrets.sha256(ApiSecrets.secret(seed, o.clientId())), now);
            }
        }
    }
}

package nl.verwijsindex.bench.drive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import nl.verwijsindex.bench.drive.PopulationWriter.Household;
import nl.verwijsindex.bench.drive.PopulationWriter.Municipality;
import nl.verwijsindex.bench.drive.PopulationWriter.Person;
import nl.verwijsindex.bench.drive.PopulationWriter.Youth;

/**
 * The two files {@link PopulationWriter} writes: the population in the stand-in register's fixture format (JSON, by
 * hand: the benchmark has no JSON library; docs/stand-in-brp.md) and the youths for the load generator (tab-separated).
 * Each is written next to its place and moved there when complete.
 */
final class PopulationFile {

    private PopulationFile() {
    }

    /** @return the number of persons written */
    static long writePopulation(Path file, String runId, List<Municipality> municipalities, List<Household> households)
            throws IOException {
        long persons = 0;
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.US_ASCII), 1 << 16)) {
            out.write("{\"about\": ");
            quote(out, "bench/run.sh: the population of the stand-in register for run " + runId + " (PopulationWriter):"
                    + " youths of the benchmark's index and new ones, in households with their parents at one address."
                    + " Synthetic: generated BSNs (elfproef), invented names and addresses.");
            out.write(",\n\"municipalities\": {");
            for (int i = 0; i < municipalities.size(); i++) {
                Municipality m = municipalities.get(i);
                out.write(i == 0 ? "\n  " : ",\n  ");
                quote(out, m.code());
                out.write(": ");
                quote(out, m.name());
            }
            out.write("},\n\"addresses\": [");
            boolean first = true;
            for (Household h : households) {
                out.write(first ? "\n  " : ",\n  ");
                first = false;
                String digits = "%08d".formatted(h.number());
                out.write("{\"key\": ");
                quote(out, "b-" + h.number());
                out.write(", \"adresseerbaarObjectIdentificatie\": ");
                quote(out, h.municipality().code() + "0188" + digits);
                out.write(", \"nummeraanduidingIdentificatie\": ");
                quote(out, h.municipality().code() + "2088" + digits);
                out.write(", \"street\": \"Benchstraat\", \"houseNumber\": ");
                out.write(Integer.toString(h.houseNumber()));
                out.write(", \"postcode\": ");
                quote(out, postcode(h));
                out.write(", \"town\": ");
                quote(out, h.municipality().name());
                out.write(", \"municipality\": ");
                quote(out, h.municipality().code());
                out.write('}');
            }
            out.write("],\n\"persons\": [");
            first = true;
            for (Household h : households) {
                for (Person p : h.members()) {
                    out.write(first ? "\n  " : ",\n  ");
                    first = false;
                    out.write("{\"bsn\": ");
                    quote(out, p.bsn());
                    out.write(", \"givenNames\": ");
                    quote(out, p.givenNames());
                    if (p.prefix() != null) {
                        out.write(", \"prefix\": ");
                        quote(out, p.prefix());
                    }
                    out.write(", \"surname\": ");
                    quote(out, p.surname());
                    out.write(", \"gender\": ");
                    quote(out, p.gender());
                    out.write(", \"birthDate\": ");
                    quote(out, p.birthDate().toString());
                    out.write(", \"parents\": [");
                    for (int i = 0; i < p.parents().size(); i++) {
                        out.write(i == 0 ? "" : ", ");
                        quote(out, p.parents().get(i));
                    }
                    out.write("], \"address\": ");
                    quote(out, "b-" + h.number());
                    out.write('}');
                    persons++;
                }
            }
            out.write("]}\n");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return persons;
    }

    /** A made-up postcode (four digits, not starting with 0, and two letters) per municipality and street part. */
    private static String postcode(Household h) {
        int digits = 1000 + (Integer.parseInt(h.municipality().code()) * 25 + h.houseNumber() / 500) % 9000;
        int letters = (h.houseNumber() / 20) % (26 * 26);
        return "%04d%c%c".formatted(digits, (char) ('A' + letters / 26), (char) ('A' + letters % 26));
    }

    static void writeYouths(Path file, List<Youth> known, List<Youth> newYouths) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.US_ASCII), 1 << 16)) {
            out.write("# bsn\tbirth date\tregion code (empty: none)\t1 known to the index, 0 new (registered in this order)\n");
            for (Youth y : known) {
                writeYouth(out, y);
            }
            for (Youth y : newYouths) {
                writeYouth(out, y);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeYouth(Writer out, Youth y) throws IOException {
        out.write(y.bsn + '\t' + y.birthDate + '\t' + (y.regionCode == null ? "" : y.regionCode) + '\t'
                + (y.known ? '1' : '0') + '\n');
    }

    /** A JSON string: quotes, backslashes, control and non-ASCII characters escaped. */
    static void quote(Writer out, String value) throws IOException {
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.write("\\u%04x".formatted((int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}

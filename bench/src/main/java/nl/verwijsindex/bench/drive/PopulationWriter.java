package nl.verwijsindex.bench.drive;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.verwijsindex.bench.common.Args;
import nl.verwijsindex.bench.common.BsnCrypto;
import nl.verwijsindex.bench.common.Bsns;
import nl.verwijsindex.bench.common.Environment;

/**
 * The population of the stand-in person register (BRP) for a run, and the youths the load generator registers
 * from it, so that the service's person check after a registration finds the youth with their parents and
 * address, and the residents there: the family and address matches, not "not in the register".
 *
 * <ul>
 *   <li>Known youths: a sample of the index, taken as {@link Workload} takes it (youths still under 23 for a while,
 *       with the region of their latest signal, the BSN decrypted, the birth date from the database).</li>
 *   <li>New youths: a pool of fresh BSNs ({@link Bsns#fresh}, none in the index yet), born as Workload makes them up
 *       (any age under 23, at least yesterday), that the load generator registers each once in this file's
 *       order.</li>
 *   <li>Households: 1, 2 or 3 children (55%, 30%, 15%), known and new mixed at random, the known youths of one
 *       household of one region; 2 parents (90%) or 1, new persons 20-40 years older than the eldest child, all at
 *       one address in a municipality of the region of the known youths' latest signal (any municipality when they
 *       have none or when the household has only new youths; the new youths take that municipality's region).</li>
 * </ul>
 *
 * Writes the population as the stand-in's fixture format (JSON, by hand: the benchmark has no JSON library) and the
 * youths as tab-separated lines: BSN, birth date, region code (empty when none), 1 (known) or 0 (new). Households,
 * names and parents come from the run's seed; the new youths' and parents' BSNs from the seed and a run id, so
 * a second run on the same database ({@code --skip-load}) does not take the first run's new youths as new.
 */
public final class PopulationWriter {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** The built-in fixture's BSNs all start with this: a person there and in the file would be refused. */
    private static final String FIXTURE_PREFIX = "9999";
    private PopulationWriter() {
    }

    record Municipality(String code, String name, String regionCode) {
    }

    /** A youth of the population: region is their latest signal's (known) or their home's (new), null when none. */
    static final class Youth {
        final String bsn;
        final LocalDate birthDate;
        final boolean known;
        String regionCode;

        Youth(String bsn, LocalDate birthDate, String regionCode, boolean known) {
            this.bsn = bsn;
            this.birthDate = birthDate;
            this.regionCode = regionCode;
            this.known = known;
        }
    }

    record Person(String bsn, String givenNames, String prefix, String surname, String gender, LocalDate birthDate,
                  List<String> parents) {
    }

    record Household(int number, Municipality municipality, int houseNumber, List<Person> members) {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, Set.of(), Set.of("population", "youths", "fresh", "sample", "run-id"));
        Path populationFile = Path.of(args.string("population", "population.json"));
        Path youthsFile = Path.of(args.string("youths", "youths.tsv"));
        int freshCount = (int) args.number("fresh", 35_000);
        int sampleSize = (int) args.number("sample", 100_000);
        String runId = args.string("run-id", Long.toString(System.currentTimeMillis(), 36));
        long seed = Environment.seed();
        long start = System.nanoTime();

        List<Municipality> municipalities;
        List<Workload.SampledYouth> sample;
        BsnCrypto crypto = Environment.bsnCrypto();
        try (Connection connection = Environment.connect()) {
            municipalities = readMunicipalities(connection);
            sample = Workload.sampleKnownYouths(connection, crypto, sampleSize);
            System.out.printf("Read %,d municipalities and a sample of %,d known youths (%.1f s)%n",
                    municipalities.size(), sample.size(), seconds(start));

            Set<String> taken = new HashSet<>();
            List<Youth> known = new ArrayList<>();
            int leftOut = 0;
            for (Workload.SampledYouth youth : sample) {
                if (youth.bsn().startsWith(FIXTURE_PREFIX) || !taken.add(youth.bsn())) {
                    leftOut++; // the built-in fixture has (or may have) this BSN: the stand-in would refuse it
                } else {
                    known.add(new Youth(youth.bsn(), youth.birthDate(), youth.regionCode(), true));
                }
            }
            // New youths and parents: fresh BSNs (the space of the load generator's new youths), none of them in the
            // index already (a youth a previous run on this database registered) nor twice in the file.
            FreshBsns fresh = new FreshBsns(new SplittableRandom(seed ^ runId.hashCode() ^ 0x5ca1ab1eL), taken,
                    connection, crypto);
            LocalDate today = LocalDate.now(NETHERLANDS);
            SplittableRandom birthDates = new SplittableRandom(seed ^ runId.hashCode());
            List<Youth> newYouths = new ArrayList<>(freshCount);
            for (String bsn : fresh.next(freshCount)) {
                // Any age under 23, born at least yesterday (as Workload makes up a new youth).
                newYouths.add(new Youth(bsn, today.minusDays(1 + birthDates.nextInt(23 * 365 - 10)), null, false));
            }

            int[] bySize = new int[4];
            List<Household> households = Households.build(new SplittableRandom(seed), municipalities, known, newYouths, fresh, bySize);
            int parents = households.stream().mapToInt(h -> h.members().size()).sum() - known.size() - newYouths.size();
            long persons = PopulationFile.writePopulation(populationFile, runId, municipalities, households);
            PopulationFile.writeYouths(youthsFile, known, newYouths);
            System.out.printf("Population of the stand-in register: %,d youths known to the index and %,d new "
                            + "(%,d of the sample left out: BSN starting with %s, as the built-in fixture's), "
                            + "%,d parents, %,d households (%,d / %,d / %,d with 1 / 2 / 3 children) at as many "
                            + "addresses; %,d persons; fresh BSNs already in the index skipped: %,d (%.1f s)%n",
                    known.size(), newYouths.size(), leftOut, FIXTURE_PREFIX, parents, households.size(),
                    bySize[1], bySize[2], bySize[3], persons, fresh.inIndex, seconds(start));
            System.out.printf("  %s%n  %s%n", populationFile, youthsFile);
            System.out.printf("RESULT population=%,d youths of the index and %,d new, %,d parents, in %,d households "
                            + "(%,d persons)%n", known.size(), newYouths.size(), parents, households.size(), persons);
        }
    }

    private static List<Municipality> readMunicipalities(Connection connection) throws SQLException {
        List<Municipality> municipalities = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select cbs_code, name, region_code from municipality order by cbs_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String cbs = rs.getString(1);
                // The service maps the register's municipality code NNNN to its own GMNNNN.
                if (!cbs.matches("GM[0-9]{4}")) {
                    throw new IllegalStateException("Municipality code " + cbs + " is not GM and four digits");
                }
                municipalities.add(new Municipality(cbs.substring(2), rs.getString(2), rs.getString(3)));
            }
        }
        if (municipalities.isEmpty()) {
            throw new IllegalStateException("No municipalities: is the history loaded?");
        }
        return municipalities;
    }

    /** Fresh BSNs, none twice, none starting with 9999, none a youth's in the index already. */
    private static final class FreshBsns implements Households.BsnSource {

        private final SplittableRandom random;
        private final Set<String> taken;
        private final Connection connection;
        private final BsnCrypto crypto;
        int inIndex;

        FreshBsns(SplittableRandom random, Set<String> taken, Connection connection, BsnCrypto crypto) {
            this.random = random;
            this.taken = taken;
            this.connection = connection;
            this.crypto = crypto;
        }

        @Override
        public List<String> next(int count) throws SQLException {
            List<String> result = new ArrayList<>(count);
            while (result.size() < count) {
                List<String> batch = new ArrayList<>();
                while (batch.size() < Math.min(count - result.size(), 10_000)) {
                    String bsn = Bsns.fresh(random);
                    if (!bsn.startsWith(FIXTURE_PREFIX) && taken.add(bsn)) {
                        batch.add(bsn);
                    }
                }
                Set<String> indexed = inIndex(batch);
                inIndex += indexed.size();
                batch.stream().filter(bsn -> !indexed.contains(bsn)).forEach(result::add);
            }
            return result;
        }

        /** Those of these BSNs whose blind index a youth of the index has. */
        private Set<String> inIndex(List<String> bsns) throws SQLException {
            Map<String, String> byIndex = new HashMap<>();
            byte[][] indexes = new byte[bsns.size()][];
            for (int i = 0; i < bsns.size(); i++) {
                indexes[i] = crypto.blindIndex(bsns.get(i));
                byIndex.put(hex(indexes[i]), bsns.get(i));
            }
            Set<String> found = new HashSet<>();
            Array array = connection.createArrayOf("bytea", indexes);
            try (PreparedStatement ps = connection.prepareStatement("select bsn_index from youth where bsn_index = any(?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(byIndex.get(hex(rs.getBytes(1))));
                    }
                }
            } finally {
                array.free();
            }
            return found;
        }

        private static String hex(byte[] bytes) {
            StringBuilder s = new StringBuilder(bytes.length * 2);
            for (byte b : bytes) {
                s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return s.toString();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

package nl.verwijsindex.bench.drive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private static final double[] HOUSEHOLD_SIZE_SHARES = {0.55, 0.30, 0.15};
    private static final double TWO_PARENTS_SHARE = 0.9;

    private static final String[] BOYS = {"Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Milan", "Jesse", "Bram",
            "Thomas", "Mohammed", "Adam", "Luuk", "Ruben", "Sam", "Gijs", "Mees", "Omar", "Jayden", "Stijn"};
    private static final String[] GIRLS = {"Emma", "Julia", "Mila", "Tess", "Sophie", "Zoe", "Sara", "Nora", "Anna",
            "Evi", "Lotte", "Fleur", "Yara", "Noor", "Liv", "Saar", "Lina", "Fenna", "Isa", "Amira"};
    private static final String[] MEN = {"Jeroen", "Mark", "Dennis", "Peter", "Erik", "Ahmed", "Kevin", "Martijn",
            "Bas", "Rick", "Mustafa", "Joost", "Sander", "Wouter", "Tim", "Niels"};
    private static final String[] WOMEN = {"Linda", "Sandra", "Esther", "Anouk", "Fatima", "Marieke", "Iris", "Sanne",
            "Femke", "Laura", "Naima", "Ingrid", "Kim", "Judith", "Eva", "Petra"};
    /** Surnames, some with a prefix (voorvoegsel) as the BRP keeps it apart. */
    private static final String[][] SURNAMES = {{null, "Jansen"}, {"de", "Vries"}, {"van den", "Berg"},
            {"van", "Dijk"}, {null, "Bakker"}, {null, "Visser"}, {null, "Smit"}, {null, "Meijer"}, {"de", "Boer"},
            {null, "Mulder"}, {"de", "Groot"}, {null, "Bos"}, {null, "Vos"}, {null, "Peters"}, {null, "Hendriks"},
            {"van", "Leeuwen"}, {null, "Dekker"}, {null, "Brouwer"}, {"de", "Wit"}, {null, "Dijkstra"},
            {null, "Yilmaz"}, {null, "Kaya"}, {null, "Demir"}, {null, "El Amrani"}, {null, "Bulut"},
            {"van der", "Linden"}, {null, "Kok"}, {null, "Willems"}, {"van", "Beek"}, {null, "Koster"}};

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
            List<Household> households = build(new SplittableRandom(seed), municipalities, known, newYouths, fresh, bySize);
            int parents = households.stream().mapToInt(h -> h.members().size()).sum() - known.size() - newYouths.size();
            long persons = writePopulation(populationFile, runId, municipalities, households);
            writeYouths(youthsFile, known, newYouths);
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

    /** Where the parents' BSNs come from. */
    interface BsnSource {
        List<String> next(int count) throws SQLException;
    }

    /**
     * The households of these youths, each at an address of its own; a new youth takes the region of their
     * household's municipality.
     *
     * @param bySize counts households by their number of children (index 1-3)
     */
    static List<Household> build(SplittableRandom random, List<Municipality> municipalities, List<Youth> known,
                                 List<Youth> newYouths, BsnSource parentBsnSource, int[] bySize) throws SQLException {
        List<List<Youth>> groups = households(random, known, newYouths);
        Map<String, List<Municipality>> byRegion = new HashMap<>();
        for (Municipality m : municipalities) {
            byRegion.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(m);
        }
        int parentsNeeded = 0;
        List<Integer> parentCounts = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            int count = random.nextDouble() < TWO_PARENTS_SHARE ? 2 : 1;
            parentCounts.add(count);
            parentsNeeded += count;
        }
        List<String> parentBsns = parentBsnSource.next(parentsNeeded);

        Map<String, Integer> houseNumbers = new HashMap<>();
        List<Household> households = new ArrayList<>(groups.size());
        int parentIndex = 0;
        for (int h = 0; h < groups.size(); h++) {
            List<Youth> children = groups.get(h);
            String region = children.stream().filter(y -> y.known && y.regionCode != null)
                    .map(y -> y.regionCode).findFirst().orElse(null);
            List<Municipality> choice = region == null ? null : byRegion.get(region);
            if (choice == null || choice.isEmpty()) {
                choice = municipalities;
            }
            Municipality municipality = choice.get(random.nextInt(choice.size()));
            LocalDate eldest = children.stream().map(y -> y.birthDate).min(LocalDate::compareTo).orElseThrow();
            String[] family = SURNAMES[random.nextInt(SURNAMES.length)];
            List<Person> members = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            int count = parentCounts.get(h);
            boolean motherFirst = random.nextBoolean();
            for (int p = 0; p < count; p++) {
                boolean woman = count == 1 ? random.nextDouble() < 0.8 : (p == 0) == motherFirst;
                String[] surname = p == 0 ? family : SURNAMES[random.nextInt(SURNAMES.length)];
                // 20 to 40 years older than the eldest child
                LocalDate born = eldest.minusYears(20 + random.nextInt(20)).minusDays(random.nextInt(365));
                String bsn = parentBsns.get(parentIndex++);
                parents.add(bsn);
                members.add(new Person(bsn, pick(random, woman ? WOMEN : MEN), surname[0], surname[1],
                        woman ? "V" : "M", born, List.of()));
            }
            for (Youth child : children) {
                if (!child.known) {
                    child.regionCode = municipality.regionCode();
                }
                boolean girl = random.nextBoolean();
                members.add(new Person(child.bsn, pick(random, girl ? GIRLS : BOYS), family[0], family[1],
                        girl ? "V" : "M", child.birthDate, List.copyOf(parents)));
            }
            bySize[children.size()]++;
            households.add(new Household(h + 1, municipality,
                    houseNumbers.merge(municipality.code(), 1, Integer::sum), members));
        }
        return households;
    }

    /**
     * Known youths grouped by region (regions and youths in a random order) merged at random with the new youths,
     * then cut into households of 1, 2 or 3; a household ends early rather than take a known youth of another
     * region than its first known youth's.
     */
    static List<List<Youth>> households(SplittableRandom random, List<Youth> known, List<Youth> newYouths) {
        Map<String, List<Youth>> byRegion = new LinkedHashMap<>();
        for (Youth youth : known) {
            byRegion.computeIfAbsent(youth.regionCode == null ? "" : youth.regionCode, k -> new ArrayList<>()).add(youth);
        }
        List<List<Youth>> regions = new ArrayList<>(byRegion.values());
        shuffle(regions, random);
        List<Youth> knownOrdered = new ArrayList<>(known.size());
        for (List<Youth> region : regions) {
            shuffle(region, random);
            knownOrdered.addAll(region);
        }
        List<Youth> newShuffled = new ArrayList<>(newYouths);
        shuffle(newShuffled, random);
        List<Youth> merged = new ArrayList<>(known.size() + newYouths.size());
        int k = 0;
        int n = 0;
        while (k < knownOrdered.size() || n < newShuffled.size()) {
            int knownLeft = knownOrdered.size() - k;
            int newLeft = newShuffled.size() - n;
            merged.add(random.nextInt(knownLeft + newLeft) < knownLeft ? knownOrdered.get(k++) : newShuffled.get(n++));
        }
        List<List<Youth>> households = new ArrayList<>();
        int i = 0;
        while (i < merged.size()) {
            int size = householdSize(random);
            List<Youth> children = new ArrayList<>(size);
            String region = null;
            while (children.size() < size && i < merged.size()) {
                Youth youth = merged.get(i);
                if (youth.known) {
                    String own = youth.regionCode == null ? "" : youth.regionCode;
                    if (region != null && !region.equals(own)) {
                        break;
                    }
                    region = own;
                }
                children.add(youth);
                i++;
            }
            households.add(children);
        }
        return households;
    }

    private static int householdSize(SplittableRandom random) {
        double x = random.nextDouble();
        for (int size = 1; size < HOUSEHOLD_SIZE_SHARES.length; size++) {
            x -= HOUSEHOLD_SIZE_SHARES[size - 1];
            if (x < 0) {
                return size;
            }
        }
        return HOUSEHOLD_SIZE_SHARES.length;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    private static String pick(SplittableRandom random, String[] names) {
        return names[random.nextInt(names.length)];
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
    private static final class FreshBsns implements BsnSource {

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

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

package nl.verwijsindex.bench.drive;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.verwijsindex.bench.common.ApiSecrets;
import nl.verwijsindex.bench.common.BsnCrypto;
import nl.verwijsindex.bench.common.Bsns;

/**
 * Who registers whom. Read once from the loaded database: everyone who may register (with their
 * organisation's token, re-derived from the seed) per region, and a sample of the youths already known,
 * whose BSNs are decrypted with the service's key. A registration is then a professional of the youth's
 * region (sometimes another) registering either a new youth or a known one, which is what makes matches.
 *
 * <p>With a youths file ({@link PopulationWriter}: the youths the stand-in person register knows, with their
 * parents and addresses), the known youths are that file's and the new ones are taken from it in its order,
 * each once (then around again), so every registration is of a youth the register knows. Without one, a new
 * youth is a random BSN the register does not know.
 */
final class Workload {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final double OWN_REGION_SHARE = 0.8;

    /** A professional who may register, acting under one region; regionCode is sent only when it must be. */
    record Registrant(UUID professionalId, String token, String regionCode) {
    }

    /** A youth to register: region is the index of the region of their latest signal (or home), -1 for none. */
    record KnownYouth(String bsn, LocalDate birthDate, int region) {
    }

    /** A youth of the sample of the index, with the region code of their latest signal (null when none). */
    record SampledYouth(String bsn, LocalDate birthDate, String regionCode) {
    }

    /** One request to send. */
    record Registration(UUID professionalId, String token, String body) {
    }

    private final List<List<Registrant>> registrantsByRegion;
    private final List<Registrant> allRegistrants;
    private final List<KnownYouth> knownYouths;
    /** The new youths of the youths file, registered in this order; null without a file (random BSNs). */
    private final List<KnownYouth> freshYouths;
    private final AtomicInteger freshTaken = new AtomicInteger();
    /** Where the youths come from. */
    private final String source;
    private final double existingShare;
    private final LocalDate today = LocalDate.now(NETHERLANDS);

    private Workload(List<List<Registrant>> registrantsByRegion, List<KnownYouth> knownYouths,
                     List<KnownYouth> freshYouths, String source, double existingShare) {
        this.registrantsByRegion = registrantsByRegion;
        this.allRegistrants = registrantsByRegion.stream().flatMap(List::stream).toList();
        this.knownYouths = knownYouths;
        this.freshYouths = freshYouths;
        this.source = source;
        this.existingShare = existingShare;
    }

    static Workload read(Connection connection, BsnCrypto crypto, long seed, int sampleSize, double existingShare)
            throws SQLException {
        Map<String, Integer> regionIndex = new HashMap<>();
        List<List<Registrant>> byRegion = readRegistrants(connection, seed, regionIndex);
        List<KnownYouth> known = new ArrayList<>();
        for (SampledYouth youth : sampleKnownYouths(connection, crypto, sampleSize)) {
            known.add(new KnownYouth(youth.bsn(), youth.birthDate(), regionIndex.getOrDefault(youth.regionCode(), -1)));
        }
        return new Workload(byRegion, known, null, "sampled from the database", known.isEmpty() ? 0 : existingShare);
    }

    /**
     * The registrants from the database, the youths from a file of {@link PopulationWriter}: one line a youth,
     * tab-separated BSN, birth date (yyyy-MM-dd), region code (empty when none) and 1 (known to the index) or
     * 0 (new); lines starting with # are comments.
     */
    static Workload read(Connection connection, long seed, Path youthsFile, double existingShare)
            throws SQLException, IOException {
        Map<String, Integer> regionIndex = new HashMap<>();
        List<List<Registrant>> byRegion = readRegistrants(connection, seed, regionIndex);
        List<KnownYouth> known = new ArrayList<>();
        List<KnownYouth> fresh = new ArrayList<>();
        readYouths(youthsFile, regionIndex, known, fresh);
        double share = known.isEmpty() ? 0 : existingShare;
        if (fresh.isEmpty() && share < 1) {
            throw new IllegalStateException(youthsFile + " has no new youths, and "
                    + Math.round((1 - share) * 100) + "% of the registrations are of new youths");
        }
        return new Workload(byRegion, known, fresh, "from " + youthsFile, share);
    }

    /** The youths of a youths file: those known to the index into known, the new ones into fresh (in order). */
    static void readYouths(Path youthsFile, Map<String, Integer> regionIndex, List<KnownYouth> known,
                           List<KnownYouth> fresh) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(youthsFile, StandardCharsets.US_ASCII)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4 || !(fields[3].equals("0") || fields[3].equals("1"))) {
                    throw new IllegalArgumentException(youthsFile + " line " + number
                            + ": expected bsn, birth date, region code, 1 (known) or 0 (new), tab-separated");
                }
                KnownYouth youth = new KnownYouth(fields[0], LocalDate.parse(fields[1]),
                        fields[2].isEmpty() ? -1 : regionIndex.getOrDefault(fields[2], -1));
                (fields[3].equals("1") ? known : fresh).add(youth);
            }
        }
    }

    private static List<List<Registrant>> readRegistrants(Connection connection, long seed,
                                                          Map<String, Integer> regionIndex) throws SQLException {
        List<List<Registrant>> byRegion = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select code from region order by code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regionIndex.put(rs.getString(1), byRegion.size());
                byRegion.add(new ArrayList<>());
            }
        }
        // The rules of R-MELDER, as the service applies them: present, designated where the category
        // requires it, and with the organisation party to an active covenant.
        String registrants = """
                select p.id, c.id as client_id,
                       array(select m.region_code from covenant_membership m
                             where m.organisation_id = p.organisation_id and m.joined_on <= current_date
                               and (m.left_on is null or m.left_on > current_date) order by 1) as regions
                from professional p
                join organisation o on o.id = p.organisation_id
                join organisation_category oc on oc.code = o.category_code
                join api_client c on c.organisation_id = o.id and c.revoked_at is null
                where (p.left_on is null or p.left_on > current_date) and (p.designated or not oc.designation_required)""";
        try (PreparedStatement ps = connection.prepareStatement(registrants); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID professional = rs.getObject("id", UUID.class);
                String token = ApiSecrets.token(seed, rs.getObject("client_id", UUID.class));
                Array array = rs.getArray("regions");
                String[] regions = (String[]) array.getArray();
                for (String region : regions) {
                    byRegion.get(regionIndex.get(region)).add(new Registrant(professional, token,
                            regions.length > 1 ? region : null));
                }
            }
        }
        if (byRegion.stream().allMatch(List::isEmpty)) {
            throw new IllegalStateException("No professional may register: is the history loaded?");
        }
        return byRegion;
    }

    /**
     * A random sample of the youths in the index still under 23 for a while (Dutch calendar), with the region
     * of their latest signal and their BSN decrypted. The load generator's known youths, and those of the
     * population of the stand-in register (PopulationWriter).
     */
    static List<SampledYouth> sampleKnownYouths(Connection connection, BsnCrypto crypto, int sampleSize)
            throws SQLException {
        String sample = """
                with pick as (
                    select id, bsn_encrypted, birth_date from youth
                    where birth_date > current_date - interval '23 years' + interval '3 days'
                    order by random() limit ?)
                select p.bsn_encrypted, p.birth_date,
                       (select s.region_code from signal s where s.youth_id = p.id order by s.registered_at desc limit 1)
                from pick p""";
        List<SampledYouth> known = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sample)) {
            ps.setInt(1, sampleSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(new SampledYouth(crypto.decrypt(rs.getBytes(1)), rs.getObject(2, LocalDate.class),
                            rs.getString(3)));
                }
            }
        }
        return known;
    }

    int registrantCount() {
        return allRegistrants.size();
    }

    /** The new youths of the youths file, or -1 without one (new youths are then random BSNs). */
    int freshYouthCount() {
        return freshYouths == null ? -1 : freshYouths.size();
    }

    /** With a youths file: how many registrations of its new youths were made (beyond its size, it went around). */
    int freshYouthsTaken() {
        return freshTaken.get();
    }

    /** How many youths of each kind, and where from: for the Workload line. */
    String youths() {
        return freshYouths == null
                ? "%,d known youths %s; new youths are random BSNs the stand-in register does not know"
                        .formatted(knownYouths.size(), source)
                : ("%,d known and %,d new youths %s, all in the stand-in register's population; each new youth "
                        + "registered once, in the file's order (then around again)")
                        .formatted(knownYouths.size(), freshYouths.size(), source);
    }

    /** The next registration. Not thread-safe in the random it is given: one per caller thread. */
    Registration next(SplittableRandom random) {
        String bsn;
        LocalDate birthDate;
        int region = -1;
        if (random.nextDouble() < existingShare) {
            KnownYouth youth = knownYouths.get(random.nextInt(knownYouths.size()));
            bsn = youth.bsn();
            birthDate = youth.birthDate();
            if (random.nextDouble() < OWN_REGION_SHARE) {
                region = youth.region();
            }
        } else if (freshYouths != null) {
            // In the file's order, shared by every client thread: each once, then around again (a second signal,
            // which another professional may register).
            KnownYouth youth = freshYouths.get(Math.floorMod(freshTaken.getAndIncrement(), freshYouths.size()));
            bsn = youth.bsn();
            birthDate = youth.birthDate();
            if (random.nextDouble() < OWN_REGION_SHARE) {
                region = youth.region();
            }
        } else {
            bsn = Bsns.fresh(random);
            // Any age under 23, born at least yesterday.
            birthDate = today.minusDays(1 + random.nextInt(23 * 365 - 10));
        }
        Registrant registrant = pick(random, region);
        StringBuilder body = new StringBuilder(120)
                .append("{\"bsn\":\"").append(bsn)
                .append("\",\"birthDate\":\"").append(birthDate)
                .append("\",\"groundsConfirmed\":true");
        if (registrant.regionCode() != null) {
            body.append(",\"regionCode\":\"").append(registrant.regionCode()).append('"');
        }
        return new Registration(registrant.professionalId(), registrant.token(), body.append('}').toString());
    }

    private Registrant pick(SplittableRandom random, int region) {
        List<Registrant> pool = region >= 0 ? registrantsByRegion.get(region) : List.of();
        if (pool.isEmpty()) {
            // Any region, in proportion to how many may register there (a stand-in for its size).
            pool = allRegistrants;
        }
        return pool.get(random.nextInt(pool.size()));
    }
}

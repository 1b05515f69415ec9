package nl.verwijsindex.bench.drive;

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

import nl.verwijsindex.bench.common.ApiSecrets;
import nl.verwijsindex.bench.common.BsnCrypto;
import nl.verwijsindex.bench.common.Bsns;

/**
 * Who registers whom. Read once from the loaded database: everyone who may register (with their
 * organisation's token, re-derived from the seed) per region, and a sample of the youths already known,
 * whose BSNs are decrypted with the service's key. A registration is then a professional of the youth's
 * region (sometimes another) registering either a new youth or a known one, which is what makes matches.
 */
final class Workload {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final double OWN_REGION_SHARE = 0.8;

    /** A professional who may register, acting under one region; regionCode is sent only when it must be. */
    record Registrant(UUID professionalId, String token, String regionCode) {
    }

    record KnownYouth(String bsn, LocalDate birthDate, int region) {
    }

    /** One request to send. */
    record Registration(UUID professionalId, String token, String body) {
    }

    private final List<List<Registrant>> registrantsByRegion;
    private final List<Registrant> allRegistrants;
    private final List<KnownYouth> knownYouths;
    private final double existingShare;
    private final LocalDate today = LocalDate.now(NETHERLANDS);

    private Workload(List<List<Registrant>> registrantsByRegion, List<KnownYouth> knownYouths, double existingShare) {
        this.registrantsByRegion = registrantsByRegion;
        this.allRegistrants = registrantsByRegion.stream().flatMap(List::stream).toList();
        this.knownYouths = knownYouths;
        this.existingShare = existingShare;
    }

    static Workload read(Connection connection, BsnCrypto crypto, long seed, int sampleSize, double existingShare)
            throws SQLException {
        Map<String, Integer> regionIndex = new HashMap<>();
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
        // Youths still under 23 for a while (Dutch calendar), with the region of their latest signal.
        String sample = """
                with pick as (
                    select id, bsn_encrypted, birth_date from youth
                    where birth_date > current_date - interval '23 years' + interval '3 days'
                    order by random() limit ?)
                select p.bsn_encrypted, p.birth_date,
                       (select s.region_code from signal s where s.youth_id = p.id order by s.registered_at desc limit 1)
                from pick p""";
        List<KnownYouth> known = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sample)) {
            ps.setInt(1, sampleSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer region = regionIndex.get(rs.getString(3));
                    known.add(new KnownYouth(crypto.decrypt(rs.getBytes(1)), rs.getObject(2, LocalDate.class),
                            region == null ? -1 : region));
                }
            }
        }
        if (byRegion.stream().allMatch(List::isEmpty)) {
            throw new IllegalStateException("No professional may register: is the history loaded?");
        }
        return new Workload(byRegion, known, known.isEmpty() ? 0 : existingShare);
    }

    int registrantCount() {
        return allRegistrants.size();
    }

    int knownYouthCount() {
        return knownYouths.size();
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

package nl.verwijsindex.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.verwijsindex.bench.load.Directory.Region;
import nl.verwijsindex.bench.load.Directory.Registrant;

/**
 * Seven years of signals, youth by youth. Each youth's history comes from its own seeded generator, so
 * it can be generated twice (once to write the youth, once to write its signals) and comes out the same.
 *
 * <p>The shape: youths of every age under 23 (some close to 23); per youth a geometric number of signals
 * (mean signals/youths) from distinct professionals, mostly of the youth's own region. Half the signals
 * date from the last two years, of which most are still active; the rest are archived, having ended
 * because the risk was gone or because they expired after two years, and are kept five years.
 */
final class History {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final long YEAR_SECONDS = Math.round(365.2425 * 86_400);
    private static final int MAX_SIGNALS_PER_YOUTH = 12;
    private static final double RECENT_SHARE = 0.5;
    private static final double STILL_ACTIVE_SHARE = 0.8;
    private static final double OWN_REGION_SHARE = 0.9;
    private static final double NEAR_23_SHARE = 0.01;
    /** Of the archived signals old enough, the share that ended by expiry rather than by the professional. */
    static final double EXPIRED_SHARE = 0.6;

    record SignalRecord(UUID id, Registrant registrant, Instant registeredAt, LocalDate activeUntil, boolean active,
                        Instant endedAt, String endReason, LocalDate archivedUntil) {
    }

    record YouthRecord(long id, LocalDate birthDate, Instant createdAt, List<SignalRecord> signals) {
    }

    private final Directory directory;
    private final long seed;
    private final double meanSignalsPerYouth;
    private final double expiredShare;
    private final Instant now;
    private final LocalDate today;

    History(Directory directory, long seed, double meanSignalsPerYouth, double expiredShare, Instant now) {
        this.directory = directory;
        this.seed = seed;
        this.meanSignalsPerYouth = meanSignalsPerYouth;
        this.expiredShare = expiredShare;
        this.now = now;
        this.today = LocalDate.ofInstant(now, NETHERLANDS);
    }

    /** @param id the youth's id, from 1 */
    YouthRecord youth(long id) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
        LocalDate birthDate = birthDate(random);
        Region home = directory.pickRegion(random);
        int count = signalCount(random);
        long maxAgeSeconds = Math.min(7 * YEAR_SECONDS - 2 * 86_400,
                Duration.between(birthDate.atStartOfDay(NETHERLANDS).toInstant(), now).getSeconds());
        List<SignalRecord> signals = new ArrayList<>(count);
        Set<UUID> professionals = new HashSet<>();
        Instant createdAt = now;
        for (int attempt = 0; signals.size() < count && attempt < count * 4; attempt++) {
            Region region = random.nextDouble() < OWN_REGION_SHARE ? home : directory.pickRegion(random);
            List<Registrant> pool = directory.registrantsByRegion.get(region.index());
            if (pool.isEmpty()) {
                continue;
            }
            Registrant registrant = pool.get(random.nextInt(pool.size()));
            // One signal per professional per youth keeps the one-active-per-professional index satisfied.
            if (!professionals.add(registrant.professionalId())) {
                continue;
            }
            SignalRecord signal = signal(random, registrant, maxAgeSeconds);
            signals.add(signal);
            if (signal.registeredAt().isBefore(createdAt)) {
                createdAt = signal.registeredAt();
            }
        }
        return new YouthRecord(id, birthDate, createdAt, signals);
    }

    private LocalDate birthDate(SplittableRandom random) {
        LocalDate twentyThreeYearsAgo = today.minusYears(23);
        if (random.nextDouble() < NEAR_23_SHARE) {
            // Turns 23 within the next two months; the earliest still has two days to go.
            return twentyThreeYearsAgo.plusDays(2 + random.nextInt(60));
        }
        long days = today.toEpochDay() - twentyThreeYearsAgo.toEpochDay();
        return today.minusDays(1 + random.nextLong(days - 2));
    }

    private int signalCount(SplittableRandom random) {
        double stop = 1 / meanSignalsPerYouth;
        int count = 1;
        while (count < MAX_SIGNALS_PER_YOUTH && random.nextDouble() > stop) {
            count++;
        }
        return count;
    }

    private SignalRecord signal(SplittableRandom random, Registrant registrant, long maxAgeSeconds) {
        long ageSeconds = random.nextDouble() < RECENT_SHARE
                ? random.nextLong(2 * YEAR_SECONDS)
                : 2 * YEAR_SECONDS + random.nextLong(5 * YEAR_SECONDS - 2 * 86_400);
        if (ageSeconds >= maxAgeSeconds) {
            ageSeconds = random.nextLong(Math.max(1, maxAgeSeconds));
        }
        Instant registeredAt = now.minusSeconds(ageSeconds).minusNanos(random.nextInt(1_000_000) * 1000L);
        LocalDate activeUntil = LocalDate.ofInstant(registeredAt, NETHERLANDS).plusYears(2);
        Instant expiry = activeUntil.atStartOfDay(NETHERLANDS).toInstant();
        UUID id = Directory.uuid(random);
        if (activeUntil.isAfter(today) && random.nextDouble() < STILL_ACTIVE_SHARE) {
            return new SignalRecord(id, registrant, registeredAt, activeUntil, true, null, null, null);
        }
        Instant endedAt;
        String reason;
        // The nightly expiry run ends a signal on the day it reaches two years.
        Instant expiredAt = expiry.plus(Duration.ofHours(2));
        if (expiredAt.isBefore(now) && random.nextDouble() < expiredShare) {
            endedAt = expiredAt;
            reason = "EXPIRED";
        } else {
            // Ended by the professional; not so long ago that the five-year archive would have purged it.
            Instant from = max(registeredAt, now.minus(Duration.ofDays(5 * 365)));
            Instant to = min(expiry, now);
            endedAt = to.isAfter(from) ? from.plusSeconds(random.nextLong(Duration.between(from, to).getSeconds() + 1)) : to;
            reason = "RISK_GONE";
        }
        LocalDate archivedUntil = LocalDate.ofInstant(endedAt, NETHERLANDS).plusYears(5);
        return new SignalRecord(id, registrant, registeredAt, activeUntil, false, endedAt, reason, archivedUntil);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

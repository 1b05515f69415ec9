package nl.verwijsindex.bench.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.verwijsindex.bench.common.Args;
import nl.verwijsindex.bench.common.Bsns;

/**
 * Writes an exchange file (ADR 0031) for the import benchmark (issue 18): organisations of 40 professionals in one
 * region, then N signals on N * 0.4 youths (two or three signals a youth, from distinct professionals, so mean
 * 2.5), registered over the last two years; 60% still active (their matches are derived by the import, as
 * carried over; the ones registered in the oldest four weeks are due for an expiry reminder at the first retention
 * sweep), the rest ended as {@code RISK_GONE} and archived for five years.
 *
 * <pre>java -cp ... nl.verwijsindex.bench.exchange.ExchangeFileGenerator --signals 1000000 --region bench-import
 *     --out file.jsonl [--youths N] [--seed S]</pre>
 */
public final class ExchangeFileGenerator {

    private static final int PROFESSIONALS_PER_ORGANISATION = 40;
    private static final int SIGNALS_PER_PROFESSIONAL = 50;

    private ExchangeFileGenerator() {
    }

    public static void main(String[] argv) throws IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("signals", "youths", "region", "out", "seed"));
        long signals = args.number("signals", 1_000_000);
        long youths = args.number("youths", Math.round(signals * 0.4));
        String region = args.string("region", "bench-import");
        Path out = Path.of(args.string("out", "import.jsonl"));
        SplittableRandom random = new SplittableRandom(args.number("seed", 18));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        int professionals = (int) Math.max(3, signals / SIGNALS_PER_PROFESSIONAL);
        UUID[] staff = new UUID[professionals];
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"header\",\"format\":\"verwijsindex-exchange\",\"version\":1,\"source\":\"oud-systeem\"}\n");
            UUID organisation = null;
            for (int p = 0; p < professionals; p++) {
                if (p % PROFESSIONALS_PER_ORGANISATION == 0) {
                    organisation = new UUID(random.nextLong(), random.nextLong());
                    w.write(("{\"type\":\"organisation\",\"id\":\"%s\",\"name\":\"Jeugdteam %d\",\"kvkNumber\":\"%d\","
                            + "\"category\":\"MUNICIPAL_YOUTH_TEAM\",\"bsnAuthorised\":true,\"coordinator\":{\"name\":"
                            + "\"Coördinator\",\"email\":\"coord-%s@example.org\",\"phone\":\"030-1234567\"},"
                            + "\"covenants\":[{\"region\":\"%s\",\"joinedOn\":\"2018-01-01\"}]}\n")
                            .formatted(organisation, p, 10_000_000 + p, organisation, region));
                }
                staff[p] = new UUID(random.nextLong(), random.nextLong());
                w.write(("{\"type\":\"professional\",\"id\":\"%s\",\"organisation\":\"%s\",\"name\":\"Professional %d\","
                        + "\"email\":\"p-%s@example.org\",\"phone\":\"06-12345678\",\"designated\":true}\n")
                        .formatted(staff[p], organisation, p, staff[p]));
            }
            Bsns.HistorySequence bsns = new Bsns.HistorySequence();
            long written = 0;
            for (long y = 0; y < youths && written < signals; y++) {
                String bsn = bsns.next();
                LocalDate birthDate = today.minusDays(2 * 365 + random.nextInt(18 * 365));
                long left = signals - written;
                long youthsLeft = youths - y;
                int count = (int) Math.min(left, youthsLeft == 1 ? left : (left >= 3 * youthsLeft ? 3 : 2 + random.nextInt(2)));
                int first = random.nextInt(professionals);
                for (int i = 0; i < count; i++) {
                    UUID professional = staff[(first + i * 7) % professionals];
                    OffsetDateTime registeredAt = now.minusMinutes(60 + random.nextInt(729 * 24 * 60));
                    LocalDate activeUntil = registeredAt.toLocalDate().plusYears(2);
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    if (random.nextInt(10) < 6) {
                        w.write(("{\"type\":\"signal\",\"id\":\"%s\",\"youth\":{\"bsn\":\"%s\"},\"birthDate\":\"%s\","
                                + "\"professional\":\"%s\",\"region\":\"%s\",\"registeredAt\":\"%s\",\"activeUntil\":"
                                + "\"%s\",\"state\":\"ACTIVE\"}\n")
                                .formatted(id, bsn, birthDate, professional, region, registeredAt, activeUntil));
                    } else {
                        long span = ChronoUnit.MINUTES.between(registeredAt, now);
                        OffsetDateTime endedAt = registeredAt.plusMinutes(1 + random.nextLong(Math.max(1, span - 1)));
                        w.write(("{\"type\":\"signal\",\"id\":\"%s\",\"youth\":{\"bsn\":\"%s\"},\"birthDate\":\"%s\","
                                + "\"professional\":\"%s\",\"region\":\"%s\",\"registeredAt\":\"%s\",\"activeUntil\":"
                                + "\"%s\",\"state\":\"ARCHIVED\",\"endReason\":\"RISK_GONE\",\"endedAt\":\"%s\","
                                + "\"archivedUntil\":\"%s\"}\n")
                                .formatted(id, bsn, birthDate, professional, region, registeredAt, activeUntil,
                                        endedAt, endedAt.toLocalDate().plusYears(5)));
                    }
                    written++;
                }
            }
            System.out.printf("Exchange file %s: %d professionals, %d signals on %d youths%n", out, professionals,
                    written, youths);
        }
    }
}

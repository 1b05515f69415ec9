// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes exchange files for tests, one record a line, as another vendor's system would. */
final class ExchangeFile {

    private final List<String> lines = new ArrayList<>();

    ExchangeFile(String source) {
        lines.add("{\"type\":\"header\",\"format\":\"verwijsindex-exchange\",\"version\":1,\"source\":\"" + source
                + "\"}");
    }

    /** @return the organisation's id */
    UUID organisation(String region) {
        return organisation(region, "MUNICIPAL_YOUTH_TEAM");
    }

    /** An organisation of the given category (R-CATEGORY) in one region's covenant. @return its id */
    UUID organisation(String region, String category) {
        UUID id = UUID.randomUUID();
        String kvk = String.valueOf(10_000_000 + Math.floorMod(id.hashCode(), 89_999_999));
        line("""
                {"type":"organisation","id":"%s","name":"Jeugdteam %s","kvkNumber":"%s","category":"%s",\
                "bsnAuthorised":true,"coordinator":{"name":"Coördinator","email":"coord-%s@example.org","phone":"030-1234567"},\
                "covenants":[{"region":"%s","joinedOn":"2020-01-01"}]}""".formatted(id, id, kvk, category, id, region));
        return id;
    }

    /** @return the professional's id */
    UUID professional(UUID organisation) {
        UUID id = UUID.randomUUID();
        line("""
                {"type":"professional","id":"%s","organisation":"%s","name":"Professional %s","email":"p-%s@example.org",\
                "phone":"06-12345678","designated":true}""".formatted(id, organisation, id, id));
        return id;
    }

    /** An active signal registered on the given moment, active two years from then. @return its id */
    UUID activeSignal(UUID professional, String region, String bsn, LocalDate birthDate, OffsetDateTime registeredAt) {
        UUID id = UUID.randomUUID();
        line("""
                {"type":"signal","id":"%s","youth":{"bsn":"%s"},"birthDate":"%s","professional":"%s","region":"%s",\
                "registeredAt":"%s","activeUntil":"%s","state":"ACTIVE"}""".formatted(
                        id,
                        bsn,
                        birthDate,
                        professional,
                        region,
                        registeredAt,
                        registeredAt.toLocalDate().plusYears(2)));
        return id;
    }

    /** A signal ended because the risk was gone, in the archive for five years from its end. @return its id */
    UUID archivedSignal(
            UUID professional,
            String region,
            String bsn,
            LocalDate birthDate,
            OffsetDateTime registeredAt,
            OffsetDateTime endedAt) {
        UUID id = UUID.randomUUID();
        line("""
                {"type":"signal","id":"%s","youth":{"bsn":"%s"},"birthDate":"%s","professional":"%s","region":"%s",\
                "registeredAt":"%s","activeUntil":"%s","state":"ARCHIVED","endReason":"RISK_GONE","endedAt":"%s",\
                "archivedUntil":"%s"}""".formatted(
                        id,
                        bsn,
                        birthDate,
                        professional,
                        region,
                        registeredAt,
                        registeredAt.toLocalDate().plusYears(2),
                        endedAt,
                        endedAt.toLocalDate().plusYears(5)));
        return id;
    }

    ExchangeFile line(String text) {
        lines.add(text);
        return this;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Line numbers count from 1, the header included. */
    int lastLine() {
        return lines.size();
    }

    Path write() {
        return write(lines);
    }

    static Path write(List<String> lines) {
        try {
            Path file = Files.createTempFile("exchange-", ".jsonl");
            // The file holds (synthetic) BSNs, as an exchange file does; none is left behind in the temp directory.
            file.toFile().deleteOnExit();
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

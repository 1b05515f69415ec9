// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.verwijsindex.exchange.ExchangeFormat;
import nl.verwijsindex.exchange.ExchangeProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line on its own: well-formed JSON, a known record type, every field as the schema says, and the rules
 * one line can break by itself (R-DATA, R-YOUTH, R-ARCHIVE-5Y, no date in the future, a BSN that passes the
 * elfproef). What needs other lines or the index is {@link FileCheck}'s.
 */
final class LineParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HEADER = Set.of("type", "format", "version", "source", "exportedAt");
    private static final Set<String> ORGANISATION =
            Set.of("type", "id", "name", "oin", "kvkNumber", "category", "bsnAuthorised", "coordinator", "covenants");
    private static final Set<String> CONTACT = Set.of("name", "email", "phone");
    private static final Set<String> COVENANT = Set.of("region", "joinedOn", "leftOn");
    private static final Set<String> PROFESSIONAL =
            Set.of("type", "id", "organisation", "name", "email", "phone", "designated", "leftOn");
    private static final Set<String> MATCH =
            Set.of("type", "signalA", "signalB", "matchedOn", "dueOn", "consultedOn", "directorSignal");
    static final String EMAIL = "[^@\\s]+@[^@\\s]+";
    static final String REGION = "[a-z0-9-]{2,40}";

    private final Clock clock;

    LineParser(Clock clock) {
        this.clock = clock;
    }

    Optional<ExchangeRecord> parse(String text, int line, List<ExchangeProblem> problems) {
        int before = problems.size();
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            // Never the parser's message: it quotes the line, which may hold a BSN.
            problems.add(new ExchangeProblem(line, ExchangeProblem.WHOLE_LINE, "Deze regel is geen geldige JSON."));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add(new ExchangeProblem(line, ExchangeProblem.WHOLE_LINE, "Deze regel is geen JSON-object."));
            return Optional.empty();
        }
        Fields f = new Fields(node, line, "", problems);
        String type = f.text("type", 20);
        if (type == null) {
            return Optional.empty();
        }
        ExchangeRecord record = switch (type) {
            case "header" -> header(f, line);
            case "organisation" -> organisation(f, line);
            case "professional" -> professional(f, line);
            case "signal" -> SignalLine.read(f, line, clock);
            case "match" -> match(f, line);
            default -> {
                f.problem(
                        "type",
                        "Onbekend soort record: toegestaan zijn header, organisation, professional, signal en match.");
                yield null;
            }
        };
        return problems.size() == before ? Optional.ofNullable(record) : Optional.empty();
    }

    private ExchangeRecord header(Fields f, int line) {
        f.onlyKnown(HEADER);
        String format = f.text("format", 40);
        if (format != null && !format.equals(ExchangeFormat.NAME)) {
            f.problem("format", "Dit is geen bestand in het uitwisselformaat " + ExchangeFormat.NAME + ".");
        }
        Integer version = f.integer("version");
        if (version != null && version != ExchangeFormat.VERSION) {
            f.problem(
                    "version",
                    "Deze versie van het formaat kent de index niet; ondersteund is versie " + ExchangeFormat.VERSION
                            + ".");
        }
        String source = f.text("source", 100);
        OffsetDateTime exportedAt = f.optionalDateTime("exportedAt");
        return version == null ? null : new ExchangeRecord.Header(line, version, source, exportedAt);
    }

    private ExchangeRecord organisation(Fields f, int line) {
        f.onlyKnown(ORGANISATION);
        var id = f.uuid("id");
        String name = f.text("name", 200);
        String oin = f.optionalMatching("oin", "[0-9]{20}", "Een OIN heeft 20 cijfers.");
        String kvk = f.optionalMatching("kvkNumber", "[0-9]{8}", "Een KvK-nummer heeft 8 cijfers.");
        if (!f.has("oin") && !f.has("kvkNumber")) {
            f.problem("oin", "Geef een OIN of een KvK-nummer van de organisatie.");
        }
        String category = f.text("category", 60);
        Boolean bsnAuthorised = f.bool("bsnAuthorised");
        Fields coordinator = f.object("coordinator");
        String cName = null, cEmail = null, cPhone = null;
        if (coordinator != null) {
            coordinator.onlyKnown(CONTACT);
            cName = coordinator.text("name", 200);
            cEmail = coordinator.matching("email", EMAIL, "Dit is geen geldig e-mailadres.");
            cPhone = coordinator.text("phone", 40);
        }
        List<ExchangeRecord.Covenant> covenants = new ArrayList<>();
        List<Fields> items = f.objects("covenants");
        if (items.isEmpty() && f.has("covenants")) {
            f.problem("covenants", "Een organisatie is partij bij ten minste één convenant.");
        }
        for (Fields c : items) {
            c.onlyKnown(COVENANT);
            String region = c.matching("region", REGION, "Dit is geen geldige regiocode.");
            LocalDate joined = c.date("joinedOn");
            LocalDate left = c.optionalDate("leftOn");
            if (joined != null && left != null && left.isBefore(joined)) {
                c.problem("leftOn", "De datum van vertrek ligt voor de datum van toetreden.");
            }
            covenants.add(new ExchangeRecord.Covenant(region, joined, left));
        }
        return new ExchangeRecord.Organisation(
                line,
                id,
                name,
                oin,
                kvk,
                category,
                Boolean.TRUE.equals(bsnAuthorised),
                cName,
                cEmail,
                cPhone,
                covenants);
    }

    private ExchangeRecord professional(Fields f, int line) {
        f.onlyKnown(PROFESSIONAL);
        return new ExchangeRecord.Professional(
                line,
                f.uuid("id"),
                f.uuid("organisation"),
                f.text("name", 200),
                f.matching("email", EMAIL, "Dit is geen geldig e-mailadres."),
                f.text("phone", 40),
                Boolean.TRUE.equals(f.bool("designated")),
                f.optionalDate("leftOn"));
    }

    private ExchangeRecord match(Fields f, int line) {
        f.onlyKnown(MATCH);
        var a = f.uuid("signalA");
        var b = f.uuid("signalB");
        if (a != null && a.equals(b)) {
            f.problem("signalB", "Een match is er tussen twee verschillende signalen.");
        }
        LocalDate matchedOn = f.date("matchedOn");
        LocalDate dueOn = f.date("dueOn");
        LocalDate consultedOn = f.optionalDate("consultedOn");
        LocalDate today = LocalDate.now(clock);
        if (matchedOn != null && matchedOn.isAfter(today)) {
            f.problem("matchedOn", "Deze datum ligt in de toekomst.");
        }
        if (consultedOn != null && consultedOn.isAfter(today)) {
            f.problem("consultedOn", "Deze datum ligt in de toekomst.");
        }
        if (matchedOn != null && dueOn != null && dueOn.isBefore(matchedOn)) {
            f.problem("dueOn", "De termijn eindigt voor de match er was.");
        }
        return new ExchangeRecord.Match(line, a, b, matchedOn, dueOn, consultedOn, f.optionalUuid("directorSignal"));
    }
}

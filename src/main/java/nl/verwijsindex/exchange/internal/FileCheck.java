// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.exchange.ExchangeProblem;
import nl.verwijsindex.signal.SignalStatus;

/**
 * What one line cannot tell by itself: references to records earlier in the file or already in the index, and
 * duplicates (one id twice, or two active signals of one professional on one youth, R-DATA). The same for a dry
 * run and a real run, so a dry run reports what the real run would refuse. Keeps ids and blind indexes only.
 */
final class FileCheck {

    private final IndexLookups index;
    private final Map<UUID, Integer> organisations = new HashMap<>();
    private final Map<UUID, Set<String>> organisationRegions = new HashMap<>();
    private final Map<UUID, Integer> professionals = new HashMap<>();
    private final Map<UUID, UUID> professionalOrganisation = new HashMap<>();
    private final Map<UUID, Integer> signals = new HashMap<>();
    private final Set<UUID> activeSignals = new HashSet<>();
    private final Map<String, Integer> activeOfProfessionalOnYouth = new HashMap<>();
    private final Set<String> matches = new HashSet<>();
    private final Map<String, Boolean> categories = new HashMap<>();
    private final Map<String, Optional<String>> categoryRegions = new HashMap<>();
    private final Map<String, Boolean> regions = new HashMap<>();

    FileCheck(IndexLookups index) {
        this.index = index;
    }

    /** @return whether the record may be written; each reason it may not is added to {@code problems} */
    boolean check(ExchangeRecord record, List<ExchangeProblem> problems) {
        int before = problems.size();
        if (record instanceof ExchangeRecord.Organisation o) {
            organisation(o, problems);
        } else if (record instanceof ExchangeRecord.Professional p) {
            professional(p, problems);
        } else if (record instanceof ExchangeRecord.Signal s) {
            signal(s, problems);
        } else if (record instanceof ExchangeRecord.Match m) {
            match(m, problems);
        } else {
            problems.add(new ExchangeProblem(record.line(), "type", "Een bestand heeft één kopregel, de eerste."));
        }
        return problems.size() == before;
    }

    private void organisation(ExchangeRecord.Organisation o, List<ExchangeProblem> problems) {
        int before = problems.size();
        Integer earlier = organisations.get(o.id());
        if (earlier != null) {
            problems.add(
                    new ExchangeProblem(o.line(), "id", "Dubbel: deze organisatie staat al op regel " + earlier + "."));
            return;
        }
        boolean knownCategory = categories.computeIfAbsent(o.category(), index::hasCategory);
        if (!knownCategory) {
            problems.add(new ExchangeProblem(o.line(), "category", "Deze categorie kent de index niet (R-CATEGORY)."));
        }
        Set<String> regions = new HashSet<>();
        for (int i = 0; i < o.covenants().size(); i++) {
            String region = o.covenants().get(i).region();
            if (!hasRegion(region)) {
                problems.add(new ExchangeProblem(
                        o.line(),
                        "covenants[" + i + "].region",
                        "Deze regio kent de index niet; voeg haar eerst toe."));
            }
            regions.add(region);
        }
        if (knownCategory) {
            categoryOfTheRegions(o, regions, problems);
        }
        if (problems.size() == before) {
            organisations.put(o.id(), o.line());
            organisationRegions.put(o.id(), regions);
        }
    }

    /**
     * R-CATEGORY: a region's own category is only for an organisation party to that region's covenant, as when the
     * administrator adds one; checked here too so that a dry run reports it on its field, not only the real run.
     */
    private void categoryOfTheRegions(
            ExchangeRecord.Organisation o, Set<String> regions, List<ExchangeProblem> problems) {
        categoryRegions
                .computeIfAbsent(o.category(), index::regionOfCategory)
                .filter(region -> !regions.contains(region))
                .ifPresent(region -> problems.add(new ExchangeProblem(
                        o.line(),
                        "category",
                        "Deze categorie geldt alleen in regio " + region + ", en de organisatie heeft geen convenant"
                                + " met die regio. Kies een landelijke categorie of neem die regio op in"
                                + " 'covenants' (R-CATEGORY).")));
    }

    private void professional(ExchangeRecord.Professional p, List<ExchangeProblem> problems) {
        Integer earlier = professionals.get(p.id());
        if (earlier != null) {
            problems.add(new ExchangeProblem(
                    p.line(), "id", "Dubbel: deze professional staat al op regel " + earlier + "."));
            return;
        }
        if (!organisations.containsKey(p.organisation()) && !index.hasOrganisation(p.organisation())) {
            problems.add(new ExchangeProblem(
                    p.line(),
                    "organisation",
                    "Deze organisatie staat niet eerder in het bestand en niet in de index."));
            return;
        }
        professionals.put(p.id(), p.line());
        professionalOrganisation.put(p.id(), p.organisation());
    }

    private void signal(ExchangeRecord.Signal s, List<ExchangeProblem> problems) {
        Integer earlier = signals.get(s.id());
        if (earlier != null) {
            problems.add(new ExchangeProblem(s.line(), "id", "Dubbel: dit signaal staat al op regel " + earlier + "."));
            return;
        }
        UUID organisation = professionalOrganisation.get(s.professional());
        if (organisation == null) {
            organisation = index.organisationOfProfessional(s.professional()).orElse(null);
        }
        if (organisation == null) {
            problems.add(new ExchangeProblem(
                    s.line(),
                    "professional",
                    "Deze professional staat niet eerder in het bestand en niet in de index."));
            return;
        }
        Set<String> regions = organisationRegions.get(organisation);
        if (regions != null ? !regions.contains(s.region()) : !hasRegion(s.region())) {
            problems.add(new ExchangeProblem(
                    s.line(),
                    "region",
                    "De organisatie van de professional is geen partij bij het convenant van deze regio."));
            return;
        }
        if (s.viIndex() != null && s.viKeyId() != index.currentKeyId()) {
            problems.add(new ExchangeProblem(
                    s.line(),
                    "youth.keyId",
                    "Deze blinde index is niet gemaakt met de huidige sleutel van deze index."));
            return;
        }
        if (s.state() == SignalStatus.ACTIVE) {
            byte[] youthKey = index.youthKey(s);
            String key = HexFormat.of().formatHex(youthKey) + "|" + s.professional();
            Integer other = activeOfProfessionalOnYouth.get(key);
            if (other != null) {
                problems.add(new ExchangeProblem(
                        s.line(),
                        "youth",
                        "Dubbel: deze professional heeft op regel " + other
                                + " al een actief signaal op deze jeugdige."));
                return;
            }
            if (index.hasActiveSignal(youthKey, s.professional()) && !index.hasSignal(s.id())) {
                problems.add(new ExchangeProblem(
                        s.line(),
                        "youth",
                        "Dubbel: deze professional heeft al een actief signaal op deze jeugdige in de index."));
                return;
            }
            activeOfProfessionalOnYouth.put(key, s.line());
            activeSignals.add(s.id());
        }
        signals.put(s.id(), s.line());
    }

    private void match(ExchangeRecord.Match m, List<ExchangeProblem> problems) {
        activeInFile(m.line(), "signalA", m.signalA(), problems);
        activeInFile(m.line(), "signalB", m.signalB(), problems);
        String pair = m.signalA().compareTo(m.signalB()) < 0
                ? m.signalA() + "|" + m.signalB()
                : m.signalB() + "|" + m.signalA();
        if (!matches.add(pair)) {
            problems.add(
                    new ExchangeProblem(m.line(), "signalB", "Dubbel: deze match staat al eerder in het bestand."));
        }
    }

    private void activeInFile(int line, String field, UUID signal, List<ExchangeProblem> problems) {
        if (!activeSignals.contains(signal)) {
            problems.add(new ExchangeProblem(
                    line, field, "Dit signaal staat niet eerder in het bestand als actief signaal."));
        }
    }

    private boolean hasRegion(String region) {
        return regions.computeIfAbsent(region, index::hasRegion);
    }
}

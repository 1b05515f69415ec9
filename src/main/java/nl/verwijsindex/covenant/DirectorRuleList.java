// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-DIRECTOR: a region's ordered list of rules for appointing the match director, as the region keeps it. This
 * type only holds and checks the list; the coordination module's {@code DirectorRules} applies it to the
 * professionals of a match. At most {@value #MAX_RULES} rules, each kind once, not both the earliest and the
 * latest signal.
 */
public record DirectorRuleList(List<Rule> rules) {

    public static final int MAX_RULES = 10;
    public static final int MAX_RANKING = 50;

    public enum RuleKind {
        CATEGORY_PRIORITY(true, "Voorrang voor soorten organisaties"),
        DOMAIN_PRIORITY(true, "Voorrang voor domeinen"),
        ORGANISATION_PRIORITY(true, "Voorrang voor organisaties"),
        EARLIEST_SIGNAL(false, "Het eerste signaal"),
        LATEST_SIGNAL(false, "Het laatste signaal");

        private final boolean ranked;
        private final String dutchName;

        RuleKind(boolean ranked, String dutchName) {
            this.ranked = ranked;
            this.dutchName = dutchName;
        }

        /** How people read the rule, in the messages and on the region coordinator's page. */
        public String dutchName() {
            return dutchName;
        }

        /** Whether the rule needs a list (of categories, domains or organisations). */
        public boolean ranked() {
            return ranked;
        }
    }

    /** One rule: a kind and, for the priority rules, the list in order of priority. */
    public record Rule(RuleKind kind, List<String> ranking) {

        public Rule {
            Objects.requireNonNull(kind, "kind");
            ranking = ranking == null ? List.of() : List.copyOf(ranking);
            if (kind.ranked() && ranking.isEmpty()) {
                throw invalid(
                        "director-rule-needs-list",
                        "De regel '" + kind.dutchName() + "' heeft een lijst nodig, in volgorde van voorrang.");
            }
            if (!kind.ranked() && !ranking.isEmpty()) {
                throw invalid("director-rule-takes-no-list", "De regel '" + kind.dutchName() + "' heeft geen lijst.");
            }
            if (ranking.size() > MAX_RANKING) {
                throw invalid(
                        "director-rule-list-too-long",
                        "Een regel heeft een lijst van ten hoogste " + MAX_RANKING + " keuzes.");
            }
            if (new HashSet<>(ranking).size() != ranking.size()) {
                throw invalid(
                        "director-rule-duplicate-item",
                        "Iets staat twee keer in de lijst van de regel '" + kind.dutchName() + "'.");
            }
        }

        public static Rule of(RuleKind kind, String... ranking) {
            return new Rule(kind, List.of(ranking));
        }
    }

    public DirectorRuleList {
        rules = List.copyOf(rules);
        if (rules.size() > MAX_RULES) {
            throw invalid("too-many-director-rules", "Een regio heeft ten hoogste " + MAX_RULES + " regels.");
        }
        Set<RuleKind> kinds = new HashSet<>();
        for (Rule rule : rules) {
            if (!kinds.add(rule.kind())) {
                throw invalid(
                        "duplicate-director-rule",
                        "De regel '" + rule.kind().dutchName() + "' staat twee keer in de lijst.");
            }
        }
        if (kinds.contains(RuleKind.EARLIEST_SIGNAL) && kinds.contains(RuleKind.LATEST_SIGNAL)) {
            throw invalid("conflicting-director-rules", "Kies het eerste of het laatste signaal, niet allebei.");
        }
    }

    /**
     * The default until a region sets its own (RULES.md): the municipal youth team, then other youth care, then
     * youth health care; among equals the earliest signal.
     */
    public static DirectorRuleList defaults() {
        return new DirectorRuleList(List.of(
                Rule.of(RuleKind.CATEGORY_PRIORITY, "MUNICIPAL_YOUTH_TEAM"),
                Rule.of(RuleKind.DOMAIN_PRIORITY, Domain.YOUTH_CARE.name(), Domain.YOUTH_HEALTH_CARE.name()),
                Rule.of(RuleKind.EARLIEST_SIGNAL)));
    }

    private static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }
}

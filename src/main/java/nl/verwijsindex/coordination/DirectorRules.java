package nl.verwijsindex.coordination;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-DIRECTOR: which of the professionals in a match directs it, by an ordered list of rules that a region
 * keeps as data. Each rule ranks the candidates; the next rule only decides among those the rules before it
 * ranked equal. When every rule leaves a tie, the final tie-breaker is fixed: the earliest signal, then the
 * lowest signal id, so the same candidates always give the same director.
 *
 * <ul>
 *   <li>{@code CATEGORY_PRIORITY}: organisations of the listed categories first, in list order; categories
 *       not listed come after all listed ones, equal among themselves.</li>
 *   <li>{@code DOMAIN_PRIORITY}: the same by domain (youth care, education, ...).</li>
 *   <li>{@code ORGANISATION_PRIORITY}: the named organisations first, in list order.</li>
 *   <li>{@code EARLIEST_SIGNAL} / {@code LATEST_SIGNAL}: by when the signal was registered.</li>
 * </ul>
 */
public final class DirectorRules {

    static final int MAX_RULES = 10;
    static final int MAX_RANKING = 50;

    public enum RuleKind {
        CATEGORY_PRIORITY(true, "Voorrang voor soorten organisaties"), DOMAIN_PRIORITY(true, "Voorrang voor domeinen"),
        ORGANISATION_PRIORITY(true, "Voorrang voor organisaties"), EARLIEST_SIGNAL(false, "Het eerste signaal"),
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
                throw invalid("director-rule-needs-list", "De regel '" + kind.dutchName() + "' heeft een lijst nodig, in volgorde van voorrang.");
            }
            if (!kind.ranked() && !ranking.isEmpty()) {
                throw invalid("director-rule-takes-no-list", "De regel '" + kind.dutchName() + "' heeft geen lijst.");
            }
            if (ranking.size() > MAX_RANKING) {
                throw invalid("director-rule-list-too-long", "Een regel heeft een lijst van ten hoogste " + MAX_RANKING + " keuzes.");
            }
            if (new HashSet<>(ranking).size() != ranking.size()) {
                throw invalid("director-rule-duplicate-item", "Iets staat twee keer in de lijst van de regel '" + kind.dutchName() + "'.");
            }
        }

        public static Rule of(RuleKind kind, String... ranking) {
            return new Rule(kind, List.of(ranking));
        }
    }

    /** A professional with an active signal in the match, as the rules see them. */
    public record Candidate(UUID signalId, UUID professionalId, UUID organisationId, String categoryCode, String domain,
                            OffsetDateTime registeredAt) {
    }

    /**
     * @param decidedBy the rule that singled the director out, {@code TIE_BREAKER} when no rule did, or
     *                  {@code ONLY_CANDIDATE}
     */
    public record Appointment(Candidate director, String decidedBy) {
    }

    public static final String TIE_BREAKER = "TIE_BREAKER";
    public static final String ONLY_CANDIDATE = "ONLY_CANDIDATE";

    private static final Comparator<Candidate> FINAL_TIE_BREAKER = Comparator.comparing(Candidate::registeredAt)
            .thenComparing(c -> c.signalId().toString());

    private final List<Rule> rules;

    public DirectorRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        if (this.rules.size() > MAX_RULES) {
            throw invalid("too-many-director-rules", "Een regio heeft ten hoogste " + MAX_RULES + " regels.");
        }
        Set<RuleKind> kinds = new HashSet<>();
        for (Rule rule : this.rules) {
            if (!kinds.add(rule.kind())) {
                throw invalid("duplicate-director-rule", "De regel '" + rule.kind().dutchName() + "' staat twee keer in de lijst.");
            }
        }
        if (kinds.contains(RuleKind.EARLIEST_SIGNAL) && kinds.contains(RuleKind.LATEST_SIGNAL)) {
            throw invalid("conflicting-director-rules", "Kies het eerste of het laatste signaal, niet allebei.");
        }
    }

    /**
     * The default until a region sets its own: the municipal youth team, then other youth care, then youth
     * health care; among equals the earliest signal.
     */
    public static DirectorRules defaults() {
        return new DirectorRules(List.of(
                Rule.of(RuleKind.CATEGORY_PRIORITY, "MUNICIPAL_YOUTH_TEAM"),
                Rule.of(RuleKind.DOMAIN_PRIORITY, "YOUTH_CARE", "YOUTH_HEALTH_CARE"),
                Rule.of(RuleKind.EARLIEST_SIGNAL)));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The director among the candidates (at least one). */
    public Appointment appoint(Collection<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        if (candidates.size() == 1) {
            return new Appointment(candidates.iterator().next(), ONLY_CANDIDATE);
        }
        List<Candidate> remaining = new ArrayList<>(candidates);
        for (Rule rule : rules) {
            ToLongFunction<Candidate> rank = rankOf(rule);
            long best = remaining.stream().mapToLong(rank).min().orElseThrow();
            remaining.removeIf(c -> rank.applyAsLong(c) != best);
            if (remaining.size() == 1) {
                return new Appointment(remaining.get(0), rule.kind().name());
            }
        }
        return new Appointment(remaining.stream().min(FINAL_TIE_BREAKER).orElseThrow(), TIE_BREAKER);
    }

    private static ToLongFunction<Candidate> rankOf(Rule rule) {
        return switch (rule.kind()) {
            case CATEGORY_PRIORITY -> c -> position(rule.ranking(), c.categoryCode());
            case DOMAIN_PRIORITY -> c -> position(rule.ranking(), c.domain());
            case ORGANISATION_PRIORITY -> c -> position(rule.ranking(), String.valueOf(c.organisationId()));
            case EARLIEST_SIGNAL -> DirectorRules::microseconds;
            case LATEST_SIGNAL -> c -> -microseconds(c);
        };
    }

    /** Not listed ranks after everything listed. */
    private static int position(List<String> ranking, String value) {
        int index = value == null ? -1 : ranking.indexOf(value);
        return index < 0 ? ranking.size() : index;
    }

    /** Equal moments rank equal, so the next rule can still decide. */
    private static long microseconds(Candidate c) {
        return c.registeredAt().toEpochSecond() * 1_000_000L + c.registeredAt().getNano() / 1_000;
    }

    private static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }
}

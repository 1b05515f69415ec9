// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.shared.DomainException;

/**
 * R-DIRECTOR: which of the professionals in a match directs it, by an ordered list of rules that a region
 * keeps as data (the covenant module's {@link DirectorRuleList}; this class applies it). Each rule ranks the
 * candidates; the next rule only decides among those the rules before it ranked equal. When every rule leaves a tie, the final tie-breaker is fixed: the earliest signal, then the
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

    /** A professional with an active signal in the match, as the rules see them. */
    public record Candidate(
            UUID signalId,
            UUID professionalId,
            UUID organisationId,
            String categoryCode,
            String domain,
            OffsetDateTime registeredAt) {}

    /**
     * @param decidedBy the rule that singled the director out, {@code TIE_BREAKER} when no rule did, or
     *                  {@code ONLY_CANDIDATE}
     */
    public record Appointment(Candidate director, String decidedBy) {}

    public static final String TIE_BREAKER = "TIE_BREAKER";
    public static final String ONLY_CANDIDATE = "ONLY_CANDIDATE";

    private static final Comparator<Candidate> FINAL_TIE_BREAKER = Comparator.comparing(Candidate::registeredAt)
            .thenComparing(c -> c.signalId().toString());

    private final List<Rule> rules;

    /** @throws DomainException when the list is not one a region may keep ({@link DirectorRuleList}) */
    public DirectorRules(List<Rule> rules) {
        this.rules = new DirectorRuleList(rules).rules();
    }

    /** The rules the region keeps, to apply. */
    public static DirectorRules of(DirectorRuleList rules) {
        return new DirectorRules(rules.rules());
    }

    /** The default until a region sets its own ({@link DirectorRuleList#defaults()}). */
    public static DirectorRules defaults() {
        return of(DirectorRuleList.defaults());
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
}

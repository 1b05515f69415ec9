// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import nl.verwijsindex.ForGeneratedCases;
import nl.verwijsindex.Generated;
import nl.verwijsindex.Generated.Case;
import nl.verwijsindex.coordination.DirectorRules.Appointment;
import nl.verwijsindex.coordination.DirectorRules.Candidate;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.shared.DomainException;

/** R-DIRECTOR: the rules engine on orders where it is easy to get wrong. */
class DirectorRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID SCHOOL_ORG = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID TEAM_ORG = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID GP_ORG = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID POLICE_ORG = UUID.fromString("00000000-0000-4000-8000-000000000004");

    private final Candidate school = candidate(1, SCHOOL_ORG, "SECONDARY_EDUCATION", "EDUCATION", 0);
    private final Candidate team = candidate(2, TEAM_ORG, "MUNICIPAL_YOUTH_TEAM", "YOUTH_CARE", 60);
    private final Candidate gp = candidate(3, GP_ORG, "GENERAL_PRACTITIONER", "HEALTH_CARE", 120);
    private final Candidate police = candidate(4, POLICE_ORG, "POLICE", "POLICE_AND_JUSTICE", 30);

    @Test
    void categoryPriorityBeatsAnEarlierSignal() {
        DirectorRules rules = new DirectorRules(List.of(
                Rule.of(RuleKind.CATEGORY_PRIORITY, "MUNICIPAL_YOUTH_TEAM"), Rule.of(RuleKind.EARLIEST_SIGNAL)));
        Appointment appointment = rules.appoint(List.of(school, team, gp));
        assertThat(appointment.director()).isEqualTo(team);
        assertThat(appointment.decidedBy()).isEqualTo("CATEGORY_PRIORITY");
    }

    @Test
    void whenNoCandidateHasAListedCategoryTheNextRuleDecides() {
        DirectorRules rules = new DirectorRules(List.of(
                Rule.of(RuleKind.CATEGORY_PRIORITY, "VEILIG_THUIS", "CERTIFIED_INSTITUTION"),
                Rule.of(RuleKind.LATEST_SIGNAL)));
        Appointment appointment = rules.appoint(List.of(school, team, gp));
        assertThat(appointment.director()).isEqualTo(gp);
        assertThat(appointment.decidedBy()).isEqualTo("LATEST_SIGNAL");
    }

    @Test
    void aCategoryNotListedRanksAfterEveryListedOne() {
        DirectorRules rules = new DirectorRules(List.of(
                Rule.of(RuleKind.CATEGORY_PRIORITY, "POLICE", "SECONDARY_EDUCATION"),
                Rule.of(RuleKind.EARLIEST_SIGNAL)));
        // The youth team is not listed at all, so the school goes before it.
        assertThat(rules.appoint(List.of(team, school)).director()).isEqualTo(school);
        assertThat(rules.appoint(List.of(team, school, police)).director())
                .as("list order, not signal order")
                .isEqualTo(police);
    }

    @Test
    void aTieOnCategoryGoesToTheNextRuleAndOnlyAmongTheTied() {
        Candidate otherSchool = candidate(5, UUID.randomUUID(), "SECONDARY_EDUCATION", "EDUCATION", 10);
        DirectorRules rules = new DirectorRules(
                List.of(Rule.of(RuleKind.DOMAIN_PRIORITY, "EDUCATION"), Rule.of(RuleKind.LATEST_SIGNAL)));
        // The GP's signal is the latest of all, but the GP was already ranked out by the domain rule.
        Appointment appointment = rules.appoint(List.of(gp, school, otherSchool));
        assertThat(appointment.director()).isEqualTo(otherSchool);
        assertThat(appointment.decidedBy()).isEqualTo("LATEST_SIGNAL");
    }

    @Test
    void aNamedOrganisationGoesFirst() {
        DirectorRules rules = new DirectorRules(List.of(
                Rule.of(RuleKind.ORGANISATION_PRIORITY, GP_ORG.toString()),
                Rule.of(RuleKind.CATEGORY_PRIORITY, "MUNICIPAL_YOUTH_TEAM")));
        assertThat(rules.appoint(List.of(school, team, gp)).director()).isEqualTo(gp);
        assertThat(rules.appoint(List.of(school, team)).director())
                .as("without the named organisation")
                .isEqualTo(team);
    }

    @Test
    void whenEveryRuleTiesTheEarliestSignalThenTheLowestSignalIdDecides() {
        Candidate a = candidate(7, UUID.randomUUID(), "POLICE", "POLICE_AND_JUSTICE", 0);
        Candidate b = candidate(6, UUID.randomUUID(), "POLICE", "POLICE_AND_JUSTICE", 0);
        Candidate later = candidate(1, UUID.randomUUID(), "POLICE", "POLICE_AND_JUSTICE", 5);
        DirectorRules rules = new DirectorRules(List.of(Rule.of(RuleKind.CATEGORY_PRIORITY, "POLICE")));
        Appointment appointment = rules.appoint(List.of(later, a, b));
        assertThat(appointment.director())
                .as("same moment: the lower signal id")
                .isEqualTo(b);
        assertThat(appointment.decidedBy()).isEqualTo(DirectorRules.TIE_BREAKER);
        assertThat(new DirectorRules(List.of()).appoint(List.of(later, a)).director())
                .isEqualTo(a);
    }

    @Test
    void whenTheDirectorLeavesTheRulesAppointAmongThoseWhoRemain() {
        DirectorRules rules = DirectorRules.defaults();
        List<Candidate> all = List.of(school, team, gp, police);
        assertThat(rules.appoint(all).director()).isEqualTo(team);
        List<Candidate> withoutTeam = List.of(school, gp, police);
        // No youth care left: the default domain rule ties everyone, so the earliest signal (the school's) decides.
        Appointment next = rules.appoint(withoutTeam);
        assertThat(next.director()).isEqualTo(school);
        assertThat(next.decidedBy()).isEqualTo("EARLIEST_SIGNAL");
        assertThat(rules.appoint(List.of(gp)).decidedBy()).isEqualTo(DirectorRules.ONLY_CANDIDATE);
    }

    @Test
    void rulesThatCannotBeReadAreRefusedWithACode() {
        assertThatThrownBy(() -> Rule.of(RuleKind.CATEGORY_PRIORITY))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("director-rule-needs-list");
        assertThatThrownBy(() -> Rule.of(RuleKind.EARLIEST_SIGNAL, "POLICE"))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("director-rule-takes-no-list");
        assertThatThrownBy(() -> Rule.of(RuleKind.DOMAIN_PRIORITY, "EDUCATION", "EDUCATION"))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("director-rule-duplicate-item");
        assertThatThrownBy(() ->
                        new DirectorRules(List.of(Rule.of(RuleKind.EARLIEST_SIGNAL), Rule.of(RuleKind.LATEST_SIGNAL))))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("conflicting-director-rules");
        assertThatThrownBy(() -> new DirectorRules(
                        List.of(Rule.of(RuleKind.EARLIEST_SIGNAL), Rule.of(RuleKind.EARLIEST_SIGNAL))))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("duplicate-director-rule");
    }

    @ForGeneratedCases
    @MethodSource("candidatesInTwoOrders")
    void theDirectorDoesNotDependOnTheOrderTheCandidatesComeIn(Case<TwoOrders> orders) {
        DirectorRules rules =
                new DirectorRules(List.of(Rule.of(RuleKind.CATEGORY_PRIORITY, "MUNICIPAL_YOUTH_TEAM", "POLICE")));
        Candidate first = rules.appoint(orders.value().candidates()).director();
        assertThat(rules.appoint(orders.value().shuffled()).director()).isEqualTo(first);
    }

    /** 2 to 7 candidates, often of one category and signalled in one minute, so the later rules must decide. */
    static Stream<Case<TwoOrders>> candidatesInTwoOrders() {
        return Generated.cases(1000, random -> {
            List<Candidate> candidates = new ArrayList<>();
            String[] categories = {"POLICE", "SECONDARY_EDUCATION", "MUNICIPAL_YOUTH_TEAM", "GENERAL_PRACTITIONER"};
            int count = random.nextInt(2, 8);
            for (int i = 0; i < count; i++) {
                String category = categories[random.nextInt(categories.length)];
                candidates.add(
                        candidate(i, new UUID(random.nextLong(), random.nextLong()), category, "X", random.nextInt(3)));
            }
            List<Candidate> shuffled = new ArrayList<>(candidates);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            return new TwoOrders(List.copyOf(candidates), List.copyOf(shuffled));
        });
    }

    record TwoOrders(List<Candidate> candidates, List<Candidate> shuffled) {

        @Override
        public String toString() {
            return candidates.stream()
                            .map(c -> c.categoryCode() + "@" + c.registeredAt().toLocalTime())
                            .toList() + " shuffled";
        }
    }

    private static Candidate candidate(int n, UUID organisation, String category, String domain, int minutes) {
        return new Candidate(
                UUID.fromString("00000000-0000-4000-9000-%012d".formatted(n)),
                UUID.randomUUID(),
                organisation,
                category,
                domain,
                T0.plusMinutes(minutes));
    }
}

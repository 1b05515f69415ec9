// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-DIRECTOR: the region's match director rules as the form holds them while the coordinator edits them. The
 * whole list travels in the form, so adding, removing and moving a rule are plain submit buttons that give the
 * page back with the list changed and not yet saved: no JavaScript and nothing kept on the server. Whether the
 * list is valid is for {@link DirectorRuleList} to say when it is saved.
 */
final class DirectorRulesDraft {

    /** Choices shown for a rule's list: what it holds and two more, so the list can grow without JavaScript. */
    private static final int EXTRA_CHOICES = 2;

    private static final int MIN_CHOICES = 3;
    private static final int MAX_CHOICES = 50;

    record Row(RuleKind kind, List<String> ranking) {

        /** How many choice fields the page shows for this rule. */
        public int choices() {
            return kind.ranked() ? Math.min(MAX_CHOICES, Math.max(MIN_CHOICES, ranking.size() + EXTRA_CHOICES)) : 0;
        }

        /** The item at a choice field, or "" for an empty one. */
        public String choice(int index) {
            return index < ranking.size() ? ranking.get(index) : "";
        }
    }

    private final List<Row> rows;

    private DirectorRulesDraft(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static DirectorRulesDraft of(DirectorRuleList rules) {
        return new DirectorRulesDraft(
                rules.rules().stream().map(r -> new Row(r.kind(), r.ranking())).toList());
    }

    /** The list as submitted: {@code soort} per rule in order, and per rule {@code regel-<n>-keuze} in order. */
    static DirectorRulesDraft from(HttpServletRequest request) {
        String[] kinds = Objects.requireNonNullElse(request.getParameterValues("soort"), new String[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < kinds.length && i < 20; i++) {
            RuleKind kind = kind(kinds[i]);
            if (kind != null) {
                String[] choices =
                        Objects.requireNonNullElse(request.getParameterValues("regel-" + i + "-keuze"), new String[0]);
                rows.add(new Row(
                        kind,
                        kind.ranked()
                                ? Arrays.stream(choices)
                                        .filter(c -> c != null && !c.isBlank())
                                        .map(String::strip)
                                        .limit(MAX_CHOICES)
                                        .toList()
                                : List.of()));
            }
        }
        return new DirectorRulesDraft(rows);
    }

    static RuleKind kind(String name) {
        return Arrays.stream(RuleKind.values())
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The kinds not in the list yet: each kind can be in it once. */
    public List<RuleKind> addable() {
        return Arrays.stream(RuleKind.values())
                .filter(k -> rows.stream().noneMatch(r -> r.kind() == k))
                .toList();
    }

    DirectorRulesDraft add(RuleKind kind) {
        List<Row> changed = new ArrayList<>(rows);
        changed.add(new Row(kind, List.of()));
        return new DirectorRulesDraft(changed);
    }

    DirectorRulesDraft remove(int index) {
        List<Row> changed = new ArrayList<>(rows);
        if (index >= 0 && index < changed.size()) {
            changed.remove(index);
        }
        return new DirectorRulesDraft(changed);
    }

    /** Moves the rule one place up (towards the first rule, which weighs most) or down. */
    DirectorRulesDraft move(int index, boolean up) {
        int other = up ? index - 1 : index + 1;
        List<Row> changed = new ArrayList<>(rows);
        if (index >= 0 && index < changed.size() && other >= 0 && other < changed.size()) {
            Collections.swap(changed, index, other);
        }
        return new DirectorRulesDraft(changed);
    }

    /**
     * The rules for the region's settings, each built on its own so a message can stand next to its rule.
     *
     * @param errors gets a message per rule that the module refuses, under {@code regel-<n>}
     */
    List<Rule> rules(FormErrors errors) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                rules.add(new Rule(rows.get(i).kind(), rows.get(i).ranking()));
            } catch (DomainException e) {
                errors.add("regel-" + i, e.dutchMessage());
            }
        }
        return rules;
    }
}

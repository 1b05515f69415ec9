// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.retention.DeletionProofs;
import nl.verwijsindex.retention.DeletionProofs.Proof;
import nl.verwijsindex.retention.DeletionRule;

/**
 * "Bewijzen" (R-PROOF): the region's proofs of deletion, newest first: which rule deleted which signal when,
 * and for a deletion by the region coordinator the decision. Proofs hold no personal data, so the page shows
 * them whole. It shows {@value #PAGE} at a time, and "more" raises the number, up to {@value #MAX}.
 */
@Controller
class RegionProofsPages {

    static final int PAGE = 50;
    static final int MAX = 1000;

    private final DeletionProofs proofs;

    RegionProofsPages(DeletionProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/regio/bewijzen")
    String list(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String regel,
            @RequestParam(required = false) String aantal,
            Model model) {
        String region = RegionCoordinatorAccount.region(account);
        Optional<DeletionRule> rule = Arrays.stream(DeletionRule.values())
                .filter(r -> r.ruleId().equals(regel))
                .findFirst();
        int limit = limit(aantal);
        // One more than shown, to know whether there are more.
        List<Proof> found =
                rule.isPresent() ? proofs.ofRegion(region, rule.get(), limit + 1) : proofs.ofRegion(region, limit + 1);
        boolean more = found.size() > limit;
        model.addAttribute("proofs", more ? found.subList(0, limit) : found);
        model.addAttribute("more", more && limit < MAX);
        model.addAttribute("limit", limit);
        model.addAttribute("nextLimit", Math.min(MAX, limit + PAGE));
        model.addAttribute("rule", rule.map(DeletionRule::ruleId).orElse(""));
        model.addAttribute("rules", RULES);
        model.addAttribute("reasons", RegionDeletionPages.REASONS);
        return "region/proofs";
    }

    private static int limit(String value) {
        try {
            int asked = value == null ? PAGE : Integer.parseInt(value);
            return Math.max(PAGE, Math.min(MAX, asked));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }

    /** The rules by their RULES.md id, as people read them. */
    static final Map<String, String> RULES = rules();

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(DeletionRule.REGION_DECISION.ruleId(), "Besluit van de regiocoördinator");
        rules.put(DeletionRule.END.ruleId(), "Beëindigd als niet terecht");
        rules.put(DeletionRule.AGE_23.ruleId(), "Jeugdige werd 23");
        rules.put(DeletionRule.DEATH.ruleId(), "Jeugdige overleden");
        rules.put(DeletionRule.ARCHIVE_5Y.ruleId(), "5 jaar in het archief");
        return rules;
    }
}

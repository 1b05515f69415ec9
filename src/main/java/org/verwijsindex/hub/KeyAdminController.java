// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's administration of its key versions (docs/adr/0045), for the hub's operator only: a client certificate
 * whose CN is listed in {@code verwijsindex.hub.administrators} ({@link HubSecurity}), never a region's.
 *
 * <ul>
 *   <li>{@code GET /v1/admin/key-versions}: the current version, the versions in the key file, those retired, and per
 *       version in use how many signals hold a pseudonym of it and how many hold one of it alone (what keeps it from
 *       being retired);
 *   <li>{@code POST /v1/admin/key-versions/{keyVersion}/retire}: retires the version without a restart, or refuses
 *       ({@code 409 key-version-in-use} with the count per region, {@code 409 key-version-current}, {@code 422
 *       unknown-key-version}).
 * </ul>
 *
 * Every call is logged with the administrator's CN and the outcome; counts only, never a pseudonym.
 */
@RestController
class KeyAdminController {

    private static final Logger log = LoggerFactory.getLogger(KeyAdminController.class);

    private final HubKeys keys;
    private final KeyVersionCounts counts;
    private final KeyVersionRetirement retirement;

    KeyAdminController(HubKeys keys, KeyVersionCounts counts, KeyVersionRetirement retirement) {
        this.keys = keys;
        this.counts = counts;
        this.retirement = retirement;
    }

    /**
     * @param currentKeyVersion       the version new reports carry: the highest in the key file
     * @param keyVersionsInKeyFile    the versions the hub holds keys of, retired or not
     * @param retired                 the versions retired at runtime: who, when, how many pseudonyms went
     * @param signalsPerKeyVersion    per version, the signals of all regions that hold a pseudonym of it
     * @param signalsOnlyOnKeyVersion per version in use, the signals that hold a pseudonym of it and of no other
     *                                version in use; a version other than the current one with 0 may be retired
     */
    record KeyVersionState(
            int currentKeyVersion,
            Set<Integer> keyVersionsInKeyFile,
            List<KeyVersionRetirement.Retired> retired,
            Map<Integer, Long> signalsPerKeyVersion,
            Map<Integer, Long> signalsOnlyOnKeyVersion) {}

    /** @param outcome {@code retired} by this call, or {@code already-retired} by an earlier one */
    record Retirement(
            int keyVersion,
            String outcome,
            Instant retiredAt,
            String retiredBy,
            long youthPseudonymsDeleted,
            long parentPseudonymsDeleted) {}

    @GetMapping("/v1/admin/key-versions")
    KeyVersionState state(Principal administrator) {
        KeyVersionState state = new KeyVersionState(
                keys.current(),
                Set.copyOf(keys.versions()),
                retirement.all(),
                counts.total(),
                retirement.signalsOnlyOn());
        log.info(
                "key versions asked: administrator={} current={} signalsOnlyOnKeyVersion={}",
                administrator.getName(),
                state.currentKeyVersion(),
                state.signalsOnlyOnKeyVersion());
        return state;
    }

    @PostMapping("/v1/admin/key-versions/{keyVersion}/retire")
    Retirement retire(@PathVariable String keyVersion, Principal administrator) {
        int version = parse(keyVersion);
        try {
            KeyVersionRetirement.Outcome outcome = retirement.retire(version, administrator.getName());
            KeyVersionRetirement.Retired retired = outcome.retired();
            if (outcome.already()) {
                log.info(
                        "key version retirement: administrator={} keyVersion={} outcome=already-retired",
                        administrator.getName(),
                        version);
            }
            return new Retirement(
                    version,
                    outcome.already() ? "already-retired" : "retired",
                    retired.retiredAt(),
                    retired.retiredBy(),
                    retired.youthPseudonymsDeleted(),
                    retired.parentPseudonymsDeleted());
        } catch (HubProblem.Refused e) {
            if (e.problem() != HubProblem.KEY_VERSION_IN_USE) {
                // key-version-in-use is logged with its counts where it is found
                log.info(
                        "key version retirement refused: administrator={} keyVersion={} outcome={}",
                        administrator.getName(),
                        version,
                        e.problem().code());
            }
            throw e;
        }
    }

    private static int parse(String keyVersion) {
        if (keyVersion.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(keyVersion);
        }
        throw HubProblem.UNKNOWN_KEY_VERSION.refused();
    }
}

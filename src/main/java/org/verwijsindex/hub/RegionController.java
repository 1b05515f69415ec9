// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.RegionMunicipalities;

/**
 * A region's own affairs at the hub: {@code GET /v1/inbox} (its deliveries, by pull; asking after {@code n}
 * acknowledges up to {@code n}), {@code PUT /v1/region/municipalities} (R-MOVE) and {@code GET
 * /v1/region/key-versions} (a key rotation's progress). A region only ever sees its own
 * inbox: the region is the CN of its certificate, never a parameter.
 */
@RestController
class RegionController {

    private static final Logger log = LoggerFactory.getLogger(RegionController.class);

    private final DeliveryStore deliveries;
    private final MunicipalityStore municipalities;
    private final HubSettings settings;
    private final HubKeys keys;
    private final KeyVersionCounts keyVersions;

    RegionController(
            DeliveryStore deliveries,
            MunicipalityStore municipalities,
            HubSettings settings,
            HubKeys keys,
            KeyVersionCounts keyVersions) {
        this.deliveries = deliveries;
        this.municipalities = municipalities;
        this.settings = settings;
        this.keys = keys;
        this.keyVersions = keyVersions;
    }

    /** Docs/adr/0032 steps 2 and 4: the version to report under, and how far the region's round is. */
    @GetMapping("/v1/region/key-versions")
    KeyVersions keyVersions(Principal region) {
        int current = keys.current();
        KeyVersions answer = new KeyVersions(
                current, keyVersions.ofRegion(region.getName()), keyVersions.withoutVersion(region.getName(), current));
        log.info(
                "key versions: region={} current={} withoutCurrent={}",
                region.getName(),
                current,
                answer.signalsWithoutCurrentVersion());
        return answer;
    }

    @GetMapping("/v1/inbox")
    @Transactional
    Inbox inbox(
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit,
            Principal region) {
        if (after < 0 || limit < 1 || limit > settings.inboxMaxLimit()) {
            log.info("inbox refused: region={} outcome=invalid-inbox-query", region.getName());
            throw HubProblem.INVALID_INBOX_QUERY.refused();
        }
        Inbox inbox = deliveries.fetch(region.getName(), after, limit);
        log.info(
                "inbox: region={} after={} delivered={} more={}",
                region.getName(),
                after,
                inbox.deliveries().size(),
                inbox.more());
        return inbox;
    }

    @PutMapping(path = "/v1/region/municipalities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    ResponseEntity<Void> serve(@RequestBody RegionMunicipalities request, Principal region) {
        MessageCheck.municipalities(request == null ? null : request.municipalityCodes());
        municipalities.replace(region.getName(), request.municipalityCodes());
        log.info(
                "municipalities: region={} count={} outcome=replaced",
                region.getName(),
                request.municipalityCodes().size());
        return ResponseEntity.noContent().build();
    }
}

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
import org.verwijsindex.national.protocol.RegionMunicipalities;

/**
 * A region's own affairs at the hub: {@code GET /v1/inbox} (its deliveries, by pull; asking after {@code n}
 * acknowledges up to {@code n}) and {@code PUT /v1/region/municipalities} (R-MOVE). A region only ever sees its own
 * inbox: the region is the CN of its certificate, never a parameter.
 */
@RestController
class RegionController {

    private static final Logger log = LoggerFactory.getLogger(RegionController.class);

    private final DeliveryStore deliveries;
    private final MunicipalityStore municipalities;
    private final HubSettings settings;

    RegionController(DeliveryStore deliveries, MunicipalityStore municipalities, HubSettings settings) {
        this.deliveries = deliveries;
        this.municipalities = municipalities;
        this.settings = settings;
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

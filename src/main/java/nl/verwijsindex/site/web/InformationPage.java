// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.signal.Signal;

/**
 * R-INFORM, R-REQUEST: the public page for youths and parents (no login): what the index is and is not, how
 * long it keeps what, their rights, and where to ask. The municipalities are the region's own, because the
 * municipality where the youth lives answers a request.
 */
@Controller
class InformationPage {

    private final Covenants covenants;

    InformationPage(Covenants covenants) {
        this.covenants = covenants;
    }

    @GetMapping("/informatie")
    String information(Model model) {
        List<RegionMunicipalities> regions = covenants.regions().stream()
                .map(region -> new RegionMunicipalities(
                        region,
                        covenants.municipalitiesOf(region.code()).stream()
                                .map(Municipality::name)
                                .sorted()
                                .toList()))
                .filter(region -> !region.municipalities().isEmpty())
                .toList();
        model.addAttribute("regions", regions);
        model.addAttribute("archiveYears", Signal.ARCHIVE_YEARS);
        return "information";
    }

    record RegionMunicipalities(RegionSummary region, List<String> municipalities) {}
}

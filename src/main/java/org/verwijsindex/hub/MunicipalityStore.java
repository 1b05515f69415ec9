// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code region_municipality}: which region serves which municipality's supervisor (R-MOVE). */
@Repository
class MunicipalityStore {

    private final JdbcClient jdbc;

    MunicipalityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what the hub held for the region. */
    void replace(String region, List<String> municipalityCodes) {
        jdbc.sql("delete from region_municipality where region = :region")
                .param("region", region)
                .update();
        for (String code : municipalityCodes.stream().distinct().toList()) {
            jdbc.sql("insert into region_municipality (region, municipality_code) values (:region, :code)")
                    .param("region", region)
                    .param("code", code)
                    .update();
        }
    }

    /** The regions other than {@code except} that serve the municipality. */
    List<String> regionsServing(String municipalityCode, String except) {
        return jdbc.sql("""
                        select region from region_municipality
                         where municipality_code = :code and region <> :except order by region
                        """)
                .param("code", municipalityCode)
                .param("except", except)
                .query(String.class)
                .list();
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds {@link OperationProblems#TABLE}: operation, status, codes, one line each, in a stable order. */
final class OperationTable {

    private final Map<String, Map<Integer, Set<String>>> map = new TreeMap<>();

    OperationTable on(String operation, int status, String... codes) {
        map.computeIfAbsent(operation, o -> new TreeMap<>())
                .computeIfAbsent(status, s -> new LinkedHashSet<>())
                .addAll(List.of(codes));
        return this;
    }

    /** A report and its downloads (R-REPORTS): the same codes for the JSON, CSV and spreadsheet. */
    OperationTable reports(String path) {
        for (String suffix : List.of("", ".csv", ".xlsx")) {
            on("GET " + path + suffix, 422, "invalid-report-year", "invalid-report-dimension");
        }
        return this;
    }

    Map<String, Map<Integer, Set<String>>> asMap() {
        return map;
    }
}

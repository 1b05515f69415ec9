// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.ArrayList;
import java.util.List;

import nl.verwijsindex.reporting.internal.FactReadModel.Count;

/** Which columns of a report a kind of fact counts in. */
final class FactMeasures {

    private FactMeasures() {}

    static List<Measure> of(Count c) {
        List<Measure> measures = new ArrayList<>();
        String detail = c.detail() == null ? "" : c.detail();
        switch (c.kind()) {
            case SIGNAL_REGISTERED -> {
                measures.add(Measure.SIGNALS);
                if (c.firstOfYouth()) {
                    measures.add(Measure.YOUTHS_NEWLY_SIGNALLED);
                }
            }
            case MATCH_MADE -> {
                String kind = switch (detail) {
                    case "FAMILY" -> "FAMILY";
                    case "ADDRESS" -> "ADDRESS";
                    default -> "YOUTH";
                };
                measures.add(Measure.valueOf(kind + "_MATCHES_" + (c.acrossRegions() ? "ACROSS" : "WITHIN")));
            }
            case MATCH_CONSULTED ->
                measures.add("LATE".equals(detail) ? Measure.CONSULTED_LATE : Measure.CONSULTED_IN_TIME);
            case CONSULTATION -> measures.add(Measure.CONSULTATIONS);
            case CONSULTATION_OUTCOME -> measures.add(Measure.valueOf("OUTCOME_" + detail));
            case SIGNAL_ENDED -> {
                if ("RISK_GONE".equals(detail)) {
                    measures.add(Measure.ENDED_RISK_GONE);
                } else if ("UNJUSTIFIED".equals(detail)) {
                    measures.add(Measure.ENDED_UNJUSTIFIED);
                }
            }
            case SIGNAL_EXPIRED -> measures.add(Measure.EXPIRED);
            case SIGNAL_DELETED -> {
                switch (detail) {
                    case "R-AGE-23" -> measures.add(Measure.DELETED_AGE_23);
                    case "R-DEATH" -> measures.add(Measure.DELETED_DEATH);
                    case "R-ARCHIVE-5Y" -> measures.add(Measure.DELETED_ARCHIVE_5Y);
                    case "R-DELETE-ONLY-REGION" -> measures.add(Measure.DELETED_REGION_DECISION);
                    default -> {} // R-END: counted as ENDED_UNJUSTIFIED (Measure)
                }
            }
        }
        return measures;
    }
}

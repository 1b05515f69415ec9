// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import java.time.LocalDate;
import java.util.List;

/** What R-MELDER looks at for one professional on one day. */
record ProfessionalStanding(
        boolean designated, LocalDate leftOn, boolean designationRequired, List<String> activeCovenants) {

    /** The covenants the professional's organisation is party to that day, as the covenant module says. */
    ProfessionalStanding withRegions(List<String> covenants) {
        return new ProfessionalStanding(designated, leftOn, designationRequired, List.copyOf(covenants));
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.signal.ProcessingRestrictions;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST: what a decision does in the other modules, per outcome; the decision's checks, its logbook entry and
 * its record stay with {@link RequestDecisions}. Access given and refused change nothing but the request.
 */
@Component
class DecisionEffects {

    private final Corrections corrections;
    private final Erasures erasures;
    private final ProcessingRestrictions restrictions;

    DecisionEffects(Corrections corrections, Erasures erasures, ProcessingRestrictions restrictions) {
        this.corrections = corrections;
        this.erasures = erasures;
        this.restrictions = restrictions;
    }

    /** Whether the outcome changes something about the youth, so needs the youth still in the index. */
    static boolean changesTheYouth(Outcome outcome) {
        return outcome == Outcome.CORRECTED || outcome == Outcome.ERASED || outcome == Outcome.RESTRICTED;
    }

    void carryOut(UUID id, YouthId youth, Decision decision, LocalDate today, PrivacyDesk desk) {
        switch (decision.outcome()) {
            case CORRECTED -> corrections.correct(id, youth, decision, today, desk);
            case ERASED -> erasures.erase(id, youth, desk);
            case RESTRICTED -> restrictions.restrict(youth, id);
            default -> {
                // access given, refused: the decision itself is all that changes
            }
        }
    }

    /** The youth's signals match again from now on. */
    void liftRestriction(UUID id, YouthId youth) {
        restrictions.lift(youth, id);
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import org.springframework.stereotype.Component;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * Issue 12 §2, R-LOGBOOK: every question to the person register on behalf of a professional, answered or not,
 * is in the logbook (and so is every question the index asks for itself, for the national index): who, what kind of
 * question and its outcome, and the youth by blind index when exactly one
 * person was concerned. Never the data asked with.
 */
@Component
class RegisterQueryLog {

    /** What the register was asked. */
    enum Question {
        SEARCH,
        BIRTH_DATE,
        IDENTITY,
        CONFIRMATION,
        /** R-NATIONAL: the parents of a youth whose signal goes to the national index; asked by the index itself. */
        NATIONAL_INDEX
    }

    /** How it went; the same words whatever the asker is told. */
    enum Outcome {
        ONE_FOUND,
        NONE_FOUND,
        SEVERAL_FOUND,
        UNAVAILABLE
    }

    private final Logbook logbook;
    private final BsnProtection protection;

    RegisterQueryLog(Logbook logbook, BsnProtection protection) {
        this.logbook = logbook;
        this.protection = protection;
    }

    void record(Asker asker, Question question, Outcome outcome, Bsn concerned) {
        logbook.record(new LogbookEntry(
                Action.PERSON_REGISTER_QUERIED,
                asker.actor(),
                asker.professional().value(),
                asker.organisation().value(),
                concerned == null ? null : protection.blindIndex(concerned).bytes(),
                null,
                question + ":" + outcome));
    }

    /** A question the index asks for itself, not for a professional (R-NATIONAL); the youth by blind index. */
    void recordForIndex(Question question, Outcome outcome, Bsn concerned) {
        logbook.record(new LogbookEntry(
                Action.PERSON_REGISTER_QUERIED,
                Actor.SYSTEM,
                null,
                null,
                protection.blindIndex(concerned).bytes(),
                null,
                question + ":" + outcome));
    }
}

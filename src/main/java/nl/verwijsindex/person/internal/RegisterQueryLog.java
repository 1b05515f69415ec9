// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.function.Supplier;

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
 *
 * <p>One entry per question (issue 12, "professional-driven register queries are logged twice"): the register
 * client logs each call it makes as the system, for the questions the index asks on its own (the person check,
 * death, family and address); a question asked for a professional runs in {@link #asked}, and then only this
 * class writes its entry, which names the professional, the question and the outcome.
 */
@Component
class RegisterQueryLog {

    /** What the register was asked. */
    enum Question {
        SEARCH,
        BIRTH_DATE,
        IDENTITY,
        CONFIRMATION,
        /** R-DATA: the name, birth date and address shown on the professional's own active signal. */
        DISPLAY,
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

    /** Set while a question for a professional is with the register: its entry is written here, not by the client. */
    private static final ThreadLocal<Boolean> LOGGED_BY_ASKER = new ThreadLocal<>();

    private final Logbook logbook;
    private final BsnProtection protection;

    RegisterQueryLog(Logbook logbook, BsnProtection protection) {
        this.logbook = logbook;
        this.protection = protection;
    }

    /**
     * Puts the question to the register on behalf of a professional; the caller then {@link #record}s its one
     * entry, whatever the answer.
     */
    <T> T asked(Supplier<T> question) {
        Boolean outer = LOGGED_BY_ASKER.get();
        LOGGED_BY_ASKER.set(Boolean.TRUE);
        try {
            return question.get();
        } finally {
            if (outer == null) {
                LOGGED_BY_ASKER.remove();
            } else {
                LOGGED_BY_ASKER.set(outer);
            }
        }
    }

    /** Whether the call under way is part of a question that {@link #record} logs for a professional. */
    static boolean loggedByAsker() {
        return Boolean.TRUE.equals(LOGGED_BY_ASKER.get());
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

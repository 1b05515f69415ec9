// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;

/**
 * The security events of the logbook (NEN 7513, issue 12): logins and failed logins, lockouts, second-factor
 * changes, refused access, changes by administrators and coordinators and calls of the administration API. Never a
 * password or a code; a failed login names the username tried, so a guessing attack can be seen.
 */
@Component
public class SecurityLog {

    /** Usernames are short; anything longer was not one, and is cut. */
    private static final int MAX_SUBJECT = 200;

    private final Logbook logbook;

    SecurityLog(Logbook logbook) {
        this.logbook = logbook;
    }

    public void loginSucceeded(UUID account) {
        record(Action.LOGIN_SUCCEEDED, Actor.user(account.toString()), account.toString());
    }

    public void loginFailed(String username) {
        record(Action.LOGIN_FAILED, Actor.anonymous(), username);
    }

    public void locked(UUID account) {
        record(Action.ACCOUNT_LOCKED, Actor.SYSTEM, account.toString());
    }

    public void secondFactorEnrolled(UUID account) {
        record(Action.SECOND_FACTOR_ENROLLED, Actor.user(account.toString()), account.toString());
    }

    public void secondFactorReset(UUID account) {
        record(Action.SECOND_FACTOR_RESET, Actor.SYSTEM, account.toString());
    }

    /** Issue 12: the activation link of a new account (or a new link) went out by e-mail. */
    public void activationLinkSent(UUID account) {
        record(Action.ACTIVATION_LINK_SENT, Actor.SYSTEM, account.toString());
    }

    /** Issue 12: the person used their activation link and chose their own password. */
    public void accountActivated(UUID account) {
        record(Action.ACCOUNT_ACTIVATED, Actor.user(account.toString()), account.toString());
    }

    /** Refused access; {@code what} is the method and path asked for. */
    public void denied(Actor actor, String what) {
        record(Action.ACCESS_DENIED, actor, what);
    }

    public void administrationChanged(Actor actor, String what) {
        record(Action.ADMINISTRATION_CHANGED, actor, what);
    }

    public void administrationApiCalled(Actor actor, String what) {
        record(Action.ADMINISTRATION_API_CALLED, actor, what);
    }

    private void record(Action action, Actor actor, String subject) {
        String cut = subject == null ? null : subject.substring(0, Math.min(subject.length(), MAX_SUBJECT));
        logbook.record(LogbookEntry.security(action, actor, cut));
    }
}

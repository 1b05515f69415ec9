// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The web sessions of an account, as the session store indexes them by the account's id (ADR 0017). After a
 * password change, whoever else is logged in as the account, perhaps with the old password, is logged out.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account: after an administrator reset its password or second factor. */
    public void endAll(AccountId account) {
        sessions.findByPrincipalName(account.value().toString()).keySet().forEach(sessions::deleteById);
    }

    /**
     * Ends every session of the account but {@code keep}, the one the change was made in. Call it before that
     * session's id changes: the store knows a session by the id it had when the request began.
     */
    public void endAllBut(AccountId account, String keep) {
        sessions.findByPrincipalName(account.value().toString()).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }
}

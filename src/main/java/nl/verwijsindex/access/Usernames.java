// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.Locale;

/** Usernames are kept in lower case and looked up the same way, whatever case the person types. */
final class Usernames {

    private Usernames() {}

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

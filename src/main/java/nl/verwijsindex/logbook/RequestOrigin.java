// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.util.Optional;

/**
 * Where the request that caused an entry came from (NEN 7513): the remote address, the client (user agent), and
 * the person acting in the organisation's own system as that system told us ({@code X-Acting-User}). Held for the
 * request's thread; work done later, by a task or an event listener, has none and is recorded without.
 */
public record RequestOrigin(String remoteAddress, String client, String actingUser) {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** At the start of a request. */
    public static void begin(String remoteAddress, String client) {
        CURRENT.set(new RequestOrigin(remoteAddress, client, null));
    }

    /** Once the organisation's system has said who acts. */
    public static void actingUser(String actingUser) {
        RequestOrigin origin = CURRENT.get();
        CURRENT.set(new RequestOrigin(
                origin == null ? null : origin.remoteAddress(), origin == null ? null : origin.client(), actingUser));
    }

    /** At the end of a request. */
    public static void end() {
        CURRENT.remove();
    }
}

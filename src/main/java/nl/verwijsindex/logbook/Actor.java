// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

/** Who did something: an organisation's system, a person logged in, the index itself, or someone not known. */
public record Actor(Type type, String id) {

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, "verwijsindex");

    public static Actor apiClient(String clientId) {
        return new Actor(Type.API_CLIENT, clientId);
    }

    /** A person logged in to the web application, by account id. */
    public static Actor user(String accountId) {
        return new Actor(Type.USER, accountId);
    }

    /** Someone not (yet) known: a failed login, a request refused before anyone was recognised. */
    public static Actor anonymous() {
        return new Actor(Type.ANONYMOUS, "-");
    }

    public enum Type {
        API_CLIENT,
        USER,
        SYSTEM,
        ANONYMOUS
    }
}

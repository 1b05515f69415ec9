// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The one reading of a presented credential, for every kind: the token from {@code Authorization: Bearer <token>},
 * and a token of the shape {@code <id>.<secret>} (organisations' systems, municipal supervisors, region
 * coordinators) split into its id and its secret. The administrator's token is a secret without an id, so it is
 * only read from the header. The secret is never printed: {@link #toString()} masks it.
 */
public record BearerToken(UUID id, String secret) {

    private static final String SCHEME = "Bearer ";

    /** Longer than any token that is issued: a longer one is refused before it is hashed. */
    static final int MAX_LENGTH = 200;

    /**
     * The token of an Authorization header.
     *
     * @return empty for a missing header, another scheme than Bearer (in any case) or an empty token
     */
    public static Optional<String> fromAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** @return empty for a token that is missing, too long, or not an id, a dot and a secret */
    public static Optional<BearerToken> parse(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BearerToken(UUID.fromString(token.substring(0, dot)), token.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BearerToken[" + id + ", secret=***]";
    }
}

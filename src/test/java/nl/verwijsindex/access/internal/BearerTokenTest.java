// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The one reading of a presented credential, for every kind of API caller. */
class BearerTokenTest {

    private static final UUID ID = UUID.fromString("8f0e3b52-4b7c-4a55-9d8e-2f0c1b7a6e11");

    @Test
    void aMissingHeaderGivesNoToken() {
        assertThat(BearerToken.fromAuthorizationHeader(null)).isEmpty();
    }

    @Test
    void anotherSchemeGivesNoToken() {
        assertThat(BearerToken.fromAuthorizationHeader("Basic dXNlcjpwYXNzd29yZA=="))
                .isEmpty();
        assertThat(BearerToken.fromAuthorizationHeader("Bearer")).isEmpty();
        assertThat(BearerToken.fromAuthorizationHeader("Bearerabc.def")).isEmpty();
    }

    @Test
    void anEmptyTokenGivesNoToken() {
        assertThat(BearerToken.fromAuthorizationHeader("Bearer ")).isEmpty();
        assertThat(BearerToken.fromAuthorizationHeader("Bearer    ")).isEmpty();
    }

    @Test
    void aValidHeaderGivesTheTokenTrimmedWithTheSchemeInAnyCase() {
        assertThat(BearerToken.fromAuthorizationHeader("Bearer " + ID + ".s3cret"))
                .contains(ID + ".s3cret");
        assertThat(BearerToken.fromAuthorizationHeader("bearer  " + ID + ".s3cret "))
                .contains(ID + ".s3cret");
    }

    @Test
    void aValidTokenSplitsIntoIdAndSecret() {
        assertThat(BearerToken.parse(ID + ".s3cret.with.dots")).contains(new BearerToken(ID, "s3cret.with.dots"));
    }

    @Test
    void aTokenWithoutAnIdBeforeTheDotIsRefused() {
        assertThat(BearerToken.parse(null)).isEmpty();
        assertThat(BearerToken.parse("")).isEmpty();
        assertThat(BearerToken.parse("no-dot-at-all")).isEmpty();
        assertThat(BearerToken.parse(".secret")).isEmpty();
        assertThat(BearerToken.parse("not-a-uuid.secret")).isEmpty();
    }

    @Test
    void aTokenLongerThanAnyIssuedIsRefusedBeforeItIsHashed() {
        String secret = "x".repeat(BearerToken.MAX_LENGTH);
        assertThat(BearerToken.parse(ID + "." + secret)).isEmpty();
        assertThat(BearerToken.parse(ID + "." + secret.substring(ID.toString().length() + 1)))
                .isPresent();
    }

    @Test
    void theSecretIsNeverPrinted() {
        assertThat(BearerToken.parse(ID + ".s3cret").orElseThrow().toString())
                .contains(ID.toString())
                .doesNotContain("s3cret");
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;

/** The web application's pages through MockMvc, with the security filter chain, as a given logged-in account. */
public final class WebTests {

    private WebTests() {}

    public static MockMvc mockMvc(ApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** Fully logged in as the account: its role, past the second factor. */
    public static RequestPostProcessor signedIn(SignedInAccount account) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                account, null, List.of(new SimpleGrantedAuthority(account.role().authority()))));
    }

    public static RequestPostProcessor professional(Fixtures.Professional professional) {
        return signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "p",
                professional.name(),
                Role.PROFESSIONAL,
                professional.id().value(),
                professional.organisation().id().value(),
                null,
                null));
    }
}

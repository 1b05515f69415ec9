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

import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

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

    /**
     * Logged in as a real account of the given kind, created now: for a test that keeps a session across requests,
     * because every request checks the session's account against the database (issue 12 §4).
     */
    public static SignedInAccount realAccount(ApplicationContext context, SignedInAccount wanted) {
        String username = "web-" + UUID.randomUUID().toString().substring(0, 8);
        AccountId id = context.getBean(AccountAdministration.class)
                .createWithChosenPassword(new NewAccount(
                        username,
                        wanted.displayName(),
                        "a password for the test",
                        wanted.role(),
                        wanted.professionalId() == null ? null : new ProfessionalId(wanted.professionalId()),
                        // A professional's account is linked by the professional alone.
                        wanted.professionalId() != null || wanted.organisationId() == null
                                ? null
                                : new OrganisationId(wanted.organisationId()),
                        wanted.municipalityCode(),
                        wanted.regionCode()));
        return new SignedInAccount(
                id.value(),
                username,
                wanted.displayName(),
                wanted.role(),
                wanted.professionalId(),
                wanted.organisationId(),
                wanted.municipalityCode(),
                wanted.regionCode());
    }

    /** The professional as a real account (see {@link #realAccount}). */
    public static RequestPostProcessor professional(ApplicationContext context, Fixtures.Professional professional) {
        return signedIn(realAccount(
                context,
                new SignedInAccount(
                        UUID.randomUUID(),
                        "p",
                        professional.name(),
                        Role.PROFESSIONAL,
                        professional.id().value(),
                        professional.organisation().id().value(),
                        null,
                        null)));
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

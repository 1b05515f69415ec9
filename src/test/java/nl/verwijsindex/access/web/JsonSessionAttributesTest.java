// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.util.SerializationUtils;
import org.springframework.web.servlet.FlashMap;

import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.PendingEnrolment;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;

/**
 * Issue 12 §4: what the session store keeps reads back as it was written, as JSON; a type outside the allow-list
 * and a Java-serialised attribute of the earlier version read as absent.
 */
class JsonSessionAttributesTest {

    private final GenericConversionService conversions =
            JsonSessionAttributes.conversions(getClass().getClassLoader());

    @Test
    void ISSUE12_SESSION_JSON_theLoginTheSecondFactorBeingSetUpAndFlashMessagesReadBackAsWritten() {
        SignedInAccount account = new SignedInAccount(
                UUID.randomUUID(), "u", "U", Role.PROFESSIONAL, UUID.randomUUID(), UUID.randomUUID(), null, null);
        SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                account, null, List.of(new SimpleGrantedAuthority(Role.PROFESSIONAL.authority()))));
        PendingEnrolment enrolment = new PendingEnrolment(new AccountId(UUID.randomUUID()), new byte[] {1, 2, 3});
        FlashMap flash = new FlashMap();
        flash.put("notice", "Opgeslagen.");
        flash.setTargetRequestPath("/signalen");
        flash.startExpirationPeriod(180);

        SecurityContextImpl context2 = (SecurityContextImpl) roundTrip(context);
        assertThat(context2.getAuthentication().getPrincipal()).isEqualTo(account);
        assertThat(context2.getAuthentication().getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly(Role.PROFESSIONAL.authority());
        assertThat(roundTrip(enrolment)).isEqualTo(enrolment);
        assertThat(roundTrip(1_700_000_000_000L)).isEqualTo(1_700_000_000_000L);
        List<?> flashes = (List<?>) roundTrip(new ArrayList<>(List.of(flash)));
        FlashMap back = (FlashMap) flashes.get(0);
        assertThat(back.get("notice")).isEqualTo("Opgeslagen.");
        assertThat(back.getTargetRequestPath()).isEqualTo("/signalen");
        assertThat(back.getExpirationTime()).isEqualTo(flash.getExpirationTime());
    }

    @Test
    void ISSUE12_SESSION_JSON_aJavaSerialisedAttributeAndATypeOutsideTheAllowListReadAsAbsent() {
        assertThat(conversions.convert(SerializationUtils.serialize("earlier version"), Object.class))
                .isNull();
        byte[] gadget = "{\"@class\":\"java.net.URL\",\"protocol\":\"http\",\"host\":\"example.org\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(conversions.convert(gadget, Object.class)).isNull();
    }

    private Object roundTrip(Object value) {
        byte[] stored = conversions.convert(value, byte[].class);
        assertThat(JsonSessionAttributes.looksJavaSerialised(stored)).isFalse();
        return conversions.convert(stored, Object.class);
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The audit reference to a youth (ADR 0021): an HMAC-SHA-256 of the youth's blind index under the logbook's own
 * audit key. Deleting a youth clears the blind index (R-PROOF) but not this reference, so "who saw this youth's
 * data" can still be answered, by someone who knows the BSN, for as long as the logbook keeps the entries.
 */
@Component
public class AuditKey {

    private final SecretKeySpec key;

    /**
     * One initialised HMAC per thread (issue 18: looking the algorithm up and initialising it for every reference was
     * 126 of 26,875 service samples in the profile at cc08996); {@code doFinal} leaves it ready for the next.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    AuditKey(LogbookProperties properties) {
        if (properties.auditKey() == null || properties.auditKey().isBlank()) {
            throw new IllegalStateException("verwijsindex.logbook.audit-key is not set (base64 of 32 random bytes)");
        }
        byte[] bytes = Base64.getDecoder().decode(properties.auditKey().trim());
        if (bytes.length < 32) {
            throw new IllegalStateException("verwijsindex.logbook.audit-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public byte[] reference(byte[] youthIndex) {
        if (youthIndex == null) {
            return null;
        }
        return macs.get().doFinal(youthIndex);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}

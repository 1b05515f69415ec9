// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. A code is
 * accepted for the step before, the current and the next (clock drift), and only for a step later than the
 * last one used, so a code cannot be replayed.
 */
@Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    private final Clock clock;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    public String otpauthUri(String issuer, String label, String secret) {
        return qrData(issuer, label, secret).getUri();
    }

    public String qrImageUri(String issuer, String label, String secret) {
        ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(qr.generate(qrData(issuer, label, secret)), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** @return the step the code belongs to, when it is valid now and later than {@code lastUsedStep} */
    public OptionalLong verify(String secret, String code, long lastUsedStep) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "");
        if (!typed.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep
                    && MessageDigest.isEqual(
                            code(secret, step).getBytes(StandardCharsets.US_ASCII),
                            typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a step; tests use it as an authenticator app would. */
    public String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }

    public long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }

    private static QrData qrData(String issuer, String label, String secret) {
        return new QrData.Builder()
                .label(label)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}

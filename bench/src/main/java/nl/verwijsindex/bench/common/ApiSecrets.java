package nl.verwijsindex.bench.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The API secret of each benchmark client, derived from the run's seed and the client id: the loader
 * stores only its SHA-256 (as the service does), and the load generator derives the same token again.
 */
public final class ApiSecrets {

    private ApiSecrets() {
    }

    public static String secret(long seed, UUID clientId) {
        return "bench-" + HexFormat.of().formatHex(sha256(seed + ":" + clientId));
    }

    public static String token(long seed, UUID clientId) {
        return clientId + "." + secret(seed, clientId);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

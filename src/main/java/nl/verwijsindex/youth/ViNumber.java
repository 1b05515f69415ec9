// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * R-NOBSN: the verwijsindex number of a youth without a BSN, derived from surname, birth date and gender
 * (Besluit Jeugdwet 7.3.1). The same three data always give the same number, so two professionals who
 * register the same youth without a BSN meet; the number is keyed, so it reveals none of the three.
 *
 * <p>Its blind index takes the place of a BSN's. Shown as {@code VI-XXXX-XXXX-XXXX}: twelve characters of
 * Crockford base 32 from a keyed digest.
 *
 * <p>ADR 0022: the number is derived under the current key; {@link #olderIndexes()} are its blind indexes
 * under the other active keys, so a youth registered before a key rotation is still found. The display form
 * follows from the key the youth's index was made with.
 */
public record ViNumber(BlindIndex blindIndex, String display, List<BlindIndex> olderIndexes) {

    public ViNumber {
        olderIndexes = List.copyOf(olderIndexes);
    }

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /**
     * @param genderCode M, V or O, as the person register writes it
     */
    public static ViNumber derive(String surname, LocalDate birthDate, String genderCode, BsnProtection protection) {
        String canonical = normalisedSurname(surname) + "|" + birthDate + "|" + genderCode.toUpperCase(Locale.ROOT);
        List<BlindIndex> older = protection.activeKeyIds().stream()
                .filter(id -> id != protection.currentKeyId())
                .map(id -> new BlindIndex(protection.keyedDigest(id, "vi:" + canonical)))
                .toList();
        BlindIndex index = new BlindIndex(protection.keyedDigest("vi:" + canonical));
        return new ViNumber(index, of(index, protection).display(), older);
    }

    /** The number of a youth the index knows by this blind index; the display form follows from it. */
    public static ViNumber of(BlindIndex index, BsnProtection protection) {
        return of(index, protection.currentKeyId(), protection);
    }

    /** As {@link #of(BlindIndex, BsnProtection)}, for an index made under the given key id. */
    public static ViNumber of(BlindIndex index, int keyId, BsnProtection protection) {
        return new ViNumber(
                index,
                display(protection.keyedDigest(
                        keyId, "vi-display:" + HexFormat.of().formatHex(index.bytes()))),
                List.of());
    }

    /** Case, accents, spaces and punctuation do not count: "de Vries-Öztürk" is "devriesozturk". */
    static String normalisedSurname(String surname) {
        String letters = Normalizer.normalize(surname.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("a surname needs at least one letter");
        }
        return letters;
    }

    private static String display(byte[] digest) {
        StringBuilder number = new StringBuilder("VI");
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                number.append('-');
            }
            number.append(CROCKFORD.charAt((int) ((bits >>> (59 - 5 * i)) & 31)));
        }
        return number.toString();
    }

    @Override
    public String toString() {
        return display;
    }
}

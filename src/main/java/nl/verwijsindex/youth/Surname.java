// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * A youth's surname as a professional types it, checked once by the person register's own rules (issue 13,
 * defects 1 and 2): the characters the BRP API Personen v2 allows in a {@code geslachtsnaam} (letters, also
 * accented, digits, space, full stop, hyphen and apostrophe; no wildcard), at most 200, at least one letter.
 * People type a surname with its prefix ("van den Heuvel"), so a known Dutch prefix ({@code voorvoegsel}) is
 * split off: {@link #prefix()} is "van den" and {@link #name()} "Heuvel", as the register keeps them.
 *
 * @param prefix the prefix in lower case, or {@code null} when the surname has none
 * @param name   the surname without the prefix
 */
public record Surname(String prefix, String name) {

    /** The {@code Geslachtsnaam} pattern of the BRP API Personen v2 (À-ž is U+00C0 to U+017E). */
    private static final Pattern REGISTER_NAME = Pattern.compile("[a-zA-Z0-9\\u00C0-\\u017E .\\-']{1,200}");

    private static final Pattern LETTER = Pattern.compile("[a-zA-Z\\u00C0-\\u017E]");
    private static final String INVALID = "Vul de achternaam van de jeugdige in zoals die in de BRP staat: letters "
            + "(ook met accenten), cijfers, spaties, punten, koppeltekens en apostrofs, ten hoogste 200 tekens, "
            + "zonder * of ?. Een voorvoegsel zoals 'van den' mag erbij.";

    /**
     * Dutch and other common prefixes of the BRP's table of prefixes (Tabel 36), longest first so that "van den"
     * wins over "van". Each fits the register's {@code Voorvoegsel} pattern (letters, space, apostrophe; at most 10).
     */
    private static final List<String> PREFIXES = List.of(
                    "van",
                    "van de",
                    "van den",
                    "van der",
                    "van het",
                    "van 't",
                    "de",
                    "den",
                    "der",
                    "des",
                    "het",
                    "'t",
                    "te",
                    "ten",
                    "ter",
                    "in",
                    "in de",
                    "in den",
                    "in der",
                    "in het",
                    "in 't",
                    "op",
                    "op de",
                    "op den",
                    "op der",
                    "op het",
                    "op 't",
                    "op ten",
                    "uit",
                    "uit de",
                    "uit den",
                    "uit het",
                    "uit 't",
                    "aan",
                    "aan de",
                    "aan den",
                    "aan der",
                    "aan het",
                    "aan 't",
                    "bij",
                    "bij de",
                    "bij den",
                    "bij het",
                    "onder",
                    "onder de",
                    "onder den",
                    "over",
                    "over de",
                    "tot",
                    "tot de",
                    "tot den",
                    "voor",
                    "voor de",
                    "voor den",
                    "voor in 't",
                    "vande",
                    "vander",
                    "von",
                    "von der",
                    "von dem",
                    "vom",
                    "zu",
                    "zum",
                    "zur",
                    "le",
                    "la",
                    "les",
                    "l'",
                    "du",
                    "di",
                    "da",
                    "del",
                    "della",
                    "dello",
                    "dos",
                    "das",
                    "do",
                    "el",
                    "al",
                    "d'",
                    "lo")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    public Surname {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a surname needs a name");
        }
    }

    /**
     * @throws DomainException {@code invalid-surname} (422) for anything the register would not search on; the
     *                         message does not repeat the input
     */
    public static Surname parse(String typed) {
        if (typed == null) {
            throw invalid();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        if (!REGISTER_NAME.matcher(text).matches() || !LETTER.matcher(text).find()) {
            throw invalid();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            boolean apostrophe = prefix.endsWith("'") && !prefix.equals("'t");
            String lead = apostrophe ? prefix : prefix + " ";
            if (lower.startsWith(lead) && text.length() > lead.length()) {
                String rest = text.substring(lead.length()).strip();
                if (LETTER.matcher(rest).find()) {
                    return new Surname(prefix, rest);
                }
            }
        }
        return new Surname(null, text);
    }

    public Optional<String> prefixIfAny() {
        return Optional.ofNullable(prefix);
    }

    /** The surname as typed (normalised spaces), prefix included: for a register that keeps the prefix in the name. */
    public String whole() {
        return prefix == null
                ? name
                : (prefix.endsWith("'") && !prefix.equals("'t") ? prefix + name : prefix + " " + name);
    }

    private static DomainException invalid() {
        return new DomainException(Kind.INVALID, "invalid-surname", INVALID);
    }

    @Override
    public String toString() {
        return "Surname[***]";
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;

/**
 * Issue 16 item 1: which of the professional's own youths a match, signal or message is about, in words they
 * recognise. The name and birth date come from the person register when it knows the youth (R-DATA), else the
 * birth date the index keeps with the last four digits of the BSN. Only ever the professional's own youth, never
 * the other child of a family or address match (R-NOTICE), and never in a URL.
 *
 * @param name      from the register, null when it is not known now
 * @param bsnEnd    the last four digits, only for an active signal whose organisation may use the BSN; else null
 * @param viNumber  the verwijsindex number of a youth without a BSN (R-NOBSN), else null
 */
public record YouthLabel(String name, LocalDate birthDate, String bsnEnd, String viNumber) {

    /** One line, for a heading or a list: "Noah Jansen, geboren 2 april 2013". */
    public String text() {
        String born = birthDate == null ? null : "geboren " + new DisplayDates().day(birthDate);
        if (name != null) {
            return born == null ? name : name + ", " + born;
        }
        StringBuilder text = new StringBuilder("Jeugdige");
        if (born != null) {
            text.append(", ").append(born);
        }
        if (bsnEnd != null) {
            text.append(", BSN eindigt op ").append(bsnEnd);
        } else if (viNumber != null) {
            text.append(", verwijsindexnummer ").append(viNumber);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "YouthLabel[***]";
    }
}

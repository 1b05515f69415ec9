// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.util.Base64;

import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/**
 * A command that makes fresh keys for a recipient and key version (docs/adr/0026, 0045): the lines for the pseudonym
 * service's key file (the OPRF key of the version and the recipient's public sealing key of the same version), and,
 * separately, the recipient's secret sealing key of that version, which belongs to the recipient alone. For the
 * national index, whose sealing key pairs {@code NewHubKeys} makes, only the OPRF key line is used. Arguments:
 * recipient name, key version.
 */
public final class NewRecipientKeys {

    private NewRecipientKeys() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: NewRecipientKeys <recipient> <key version>");
            System.exit(2);
        }
        System.out.print(
                lines(args[0], Integer.parseInt(args[1]), SealedBox.generateKeyPair(), Oprf.randomSecretKey()));
    }

    static String lines(String recipient, int version, SealedBox.KeyPair seal, byte[] oprfKey) {
        Base64.Encoder base64 = Base64.getEncoder();
        return "# For the pseudonym service's key file (verwijsindex.pseudonym.keys-file):\n"
                + "recipient." + recipient + ".oprf-key." + version + "=" + base64.encodeToString(oprfKey) + "\n"
                + "recipient." + recipient + ".seal-public-key." + version + "="
                + base64.encodeToString(seal.publicKey()) + "\n"
                + "# For the recipient only, never for the pseudonym service (its secret sealing key of version "
                + version + "):\n"
                + "# seal-secret-key." + version + "=" + base64.encodeToString(seal.secretKey()) + "\n";
    }
}

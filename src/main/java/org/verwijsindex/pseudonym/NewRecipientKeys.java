// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.util.Base64;

import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/**
 * A command that makes fresh keys for a recipient (docs/adr/0026): the lines for the pseudonym service's key file
 * (the OPRF key of a version and the recipient's public sealing key), and, separately, the recipient's secret
 * sealing key, which belongs to the recipient alone. Arguments: recipient name, key version.
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
                + "recipient." + recipient + ".seal-public-key=" + base64.encodeToString(seal.publicKey()) + "\n"
                + "recipient." + recipient + ".oprf-key." + version + "=" + base64.encodeToString(oprfKey) + "\n"
                + "# For the recipient only, never for the pseudonym service (its secret sealing key):\n"
                + "# seal-secret-key=" + base64.encodeToString(seal.secretKey()) + "\n";
    }
}

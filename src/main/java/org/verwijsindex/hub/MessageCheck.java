// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.util.List;
import java.util.regex.Pattern;

import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.SealedPseudonym;
import org.verwijsindex.national.protocol.SignalMessage;
import org.verwijsindex.national.protocol.SignalState;

/**
 * The form of what a region sends, checked before anything is opened or stored: every required field present, text
 * within bounds. A failure is a {@link HubProblem} that names no value.
 */
final class MessageCheck {

    private static final Pattern SIGNAL_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final Pattern RULE_ID = Pattern.compile("R-[A-Z0-9-]{1,40}");
    private static final int MAX_TEXT = 200;

    private MessageCheck() {}

    static String signalRef(String signalRef) {
        if (signalRef == null || !SIGNAL_REF.matcher(signalRef).matches()) {
            throw HubProblem.INVALID_SIGNAL_REF.refused();
        }
        return signalRef;
    }

    static void signal(SignalMessage message) {
        require(message != null
                && message.messageId() != null
                && message.sequence() >= 0
                && message.state() != null
                && message.registeredOn() != null
                && message.activeUntil() != null
                && (message.state() == SignalState.ARCHIVED || message.archiveUntil() == null));
        pseudonym(message.youth());
        List<SealedPseudonym> parents = message.parents() == null ? List.of() : message.parents();
        require(parents.size() <= 2);
        parents.forEach(MessageCheck::pseudonym);
        require(message.municipalityCode() == null
                || MUNICIPALITY.matcher(message.municipalityCode()).matches());
        ContactCard card = message.professional();
        require(card != null
                && text(card.name(), true)
                && text(card.organisation(), true)
                && text(card.phone(), false)
                && text(card.email(), false));
    }

    static void forget(ForgetMessage message) {
        require(message != null
                && message.messageId() != null
                && message.ruleId() != null
                && RULE_ID.matcher(message.ruleId()).matches());
    }

    static void municipalities(List<String> codes) {
        require(codes != null && codes.size() <= 1000);
        codes.forEach(code -> require(code != null && MUNICIPALITY.matcher(code).matches()));
    }

    private static void pseudonym(SealedPseudonym pseudonym) {
        require(pseudonym != null && pseudonym.sealedEvaluation() != null && pseudonym.blind() != null);
    }

    private static boolean text(String value, boolean required) {
        return value == null ? !required : !value.isBlank() && value.length() <= MAX_TEXT;
    }

    private static void require(boolean valid) {
        if (!valid) {
            throw HubProblem.INVALID_REQUEST.refused();
        }
    }
}

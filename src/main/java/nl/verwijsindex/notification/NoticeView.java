// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import java.time.OffsetDateTime;

import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.signal.SignalId;

/**
 * An inbox item: that there is a new match (and which), or news about one of the professional's signals
 * (the reminder to extend it, a transfer), or about a match case (its director, its deadline). The match, signal
 * or match case itself shows the details.
 *
 * @param forSupervisor whether it is in a municipal supervisor's inbox rather than a professional's
 * @param matchKind     the kind of match as stored, for a {@link NoticeKind#MATCH} notice; otherwise null
 */
public record NoticeView(
        NoticeId id,
        NoticeKind kind,
        boolean forSupervisor,
        MatchPairId matchId,
        SignalId signalId,
        MatchCaseId matchCaseId,
        OffsetDateTime createdAt,
        OffsetDateTime readAt,
        MailState mailState,
        String matchKind) {

    /** The kind as the API and the pages name it: to a supervisor a move is a youth who moved in (R-MOVE). */
    public String kindName() {
        return forSupervisor && kind == NoticeKind.MOVED ? "MOVED_IN" : kind.name();
    }

    public String message() {
        return message(kind, forSupervisor, matchKind);
    }

    /**
     * What the item says, in plain Dutch. For a family or address match only that another child is
     * concerned, never which (R-NOTICE).
     */
    static String message(NoticeKind kind, boolean forSupervisor, String matchKind) {
        return switch (kind) {
            case MATCH ->
                switch (matchKind == null ? "" : matchKind) {
                    case "FAMILY" ->
                        "U heeft een nieuwe gezinsmatch: een andere professional is betrokken bij een ander "
                                + "kind uit hetzelfde gezin. Bekijk uw matches voor de contactgegevens.";
                    case "ADDRESS" ->
                        "U heeft een nieuwe adresmatch: een andere professional is betrokken bij een ander "
                                + "kind op hetzelfde adres. Bekijk uw matches voor de contactgegevens.";
                    default -> "U heeft een nieuwe match. Bekijk uw matches voor de contactgegevens.";
                };
            case EXPIRY_REMINDER -> "Uw signaal loopt binnenkort af. Bent u nog betrokken? Verleng het dan.";
            case TRANSFERRED -> "Een signaal is overgezet van of naar u. Bekijk uw signalen.";
            case MOVED ->
                forSupervisor
                        ? "Een jeugdige met een actief signaal in de verwijsindex is naar uw gemeente verhuisd. "
                                + "De betrokken professionals hebben daarover ook een bericht gekregen."
                        : "De jeugdige van een van uw signalen is verhuisd. Bekijk het signaal voor het nieuwe adres.";
            case NEW_MATCH ->
                "Er is een nieuwe match in uw gemeente. De matchregisseur stemt af met de andere "
                        + "betrokken professionals; verstrijkt de termijn, dan staat de match op uw werklijst.";
            case DIRECTOR_APPOINTED ->
                "U bent nu matchregisseur. Neem contact op met de andere betrokken professionals.";
            case CONSULTATION_REMINDER ->
                "Morgen verloopt de termijn voor afstemming in een match waarvan u matchregisseur bent.";
            case CONSULTATION_OVERDUE -> "In een match is niet op tijd afgestemd. Bekijk uw werklijst.";
            case INFORM_REMINDER ->
                "Heeft u de jeugdige of de ouders al verteld over uw signaal? Leg vast wanneer en hoe u dat deed, "
                        + "of waarom u het nog uitstelt.";
            case CASE_MOVED_OUT ->
                "Een match die u volgde, is overgedragen aan een andere gemeente: de jeugdige staat daar ingeschreven. "
                        + "De regievoerder van die gemeente volgt de match nu.";
            case ADVICE_REQUESTED ->
                "De gemeente vraagt uw advies over een verzoek van een jeugdige of ouders over wat de verwijsindex "
                        + "over hen bewaart. Geef uw advies op de pagina Adviezen.";
            case REMOVED_ON_REQUEST ->
                "Een signaal van u is verwijderd: de gemeente heeft een verzoek van de jeugdige of de ouders "
                        + "toegekend. Het signaal staat niet meer in de verwijsindex, ook niet in het archief.";
            case NATIONAL_YOUTH_MATCH ->
                "U heeft een nieuwe match met een professional in een andere regio: die is betrokken bij dezelfde "
                        + "jeugdige. Bekijk uw matches voor de contactgegevens.";
            case NATIONAL_FAMILY_MATCH ->
                "U heeft een nieuwe gezinsmatch met een professional in een andere regio: die is betrokken bij een "
                        + "ander kind uit hetzelfde gezin. Bekijk uw matches voor de contactgegevens.";
            case NATIONAL_ARCHIVE_HIT ->
                "In een andere regio was eerder ook een professional betrokken bij uw jeugdige. Dat signaal is "
                        + "beëindigd. Bekijk uw matches voor de contactgegevens; u ziet ze één keer.";
            case NATIONAL_MOVED_IN ->
                "Een jeugdige met een actief signaal in een andere regio is naar uw gemeente verhuisd. Op uw werklijst "
                        + "staat hoe u de betrokken professional bereikt.";
            case CASE_MOVED_IN ->
                "Een match is aan uw gemeente overgedragen: de jeugdige staat in uw gemeente ingeschreven. "
                        + "U volgt deze match nu; verstrijkt de termijn, dan staat de match op uw werklijst.";
        };
    }

    public enum MailState {
        QUEUED,
        /** Claimed for an e-mail now under way, or whose outcome is unknown until its lease runs out. */
        SENDING,
        SENT,
        FAILED
    }
}

package nl.verwijsindex.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An inbox item: that there is a new match (and which), or news about one of the professional's signals
 * (the reminder to extend it, a transfer), or about a match case (its director, its deadline). The match, signal
 * or match case itself shows the details.
 */
public record NoticeView(UUID id, String kind, UUID matchId, UUID signalId, UUID matchCaseId, OffsetDateTime createdAt,
                         OffsetDateTime readAt, MailState mailState) {

    public enum MailState {
        QUEUED, SENT, FAILED
    }
}

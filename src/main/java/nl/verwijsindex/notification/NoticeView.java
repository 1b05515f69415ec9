package nl.verwijsindex.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An inbox item: that there is a new match, and which; the match itself shows its details. */
public record NoticeView(UUID id, String kind, UUID matchId, OffsetDateTime createdAt, OffsetDateTime readAt,
                         MailState mailState) {

    public enum MailState {
        QUEUED, SENT, FAILED
    }
}

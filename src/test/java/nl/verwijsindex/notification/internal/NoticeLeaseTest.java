// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NotificationProperties;

/** Issue 13, defect 6: a short lease, and one Message-ID per notice. */
class NoticeLeaseTest {

    @Test
    void R_NOTICE_withTheDefaultSettingsANoticeLeftByACrashedInstanceGoesOutWithinAMinute() {
        NotificationProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("verwijsindex.notification", NotificationProperties.class);

        assertThat(NoticeDelivery.SEND_LEASE.plus(defaults.retryInterval())).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theMessageIdIsTheNoticesWithTheHostOfTheBaseUrlOrElseTheSendersDomain() {
        NoticeId notice = new NoticeId(UUID.fromString("7d0c4f9e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"));

        assertThat(NoticeMail.messageId(notice, "vi@gemeente.example", "https://vi.example.org/app"))
                .isEqualTo("<notice.7d0c4f9e-2b1a-4c3d-9e8f-0a1b2c3d4e5f@vi.example.org>");
        assertThat(NoticeMail.messageId(notice, "Verwijsindex <vi@gemeente.example>", "not a url"))
                .isEqualTo("<notice.7d0c4f9e-2b1a-4c3d-9e8f-0a1b2c3d4e5f@gemeente.example>");
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import java.util.Objects;
import java.util.UUID;

/** One notice: an inbox item and its e-mail. Prints as the bare UUID, as it appears in URLs and the API. */
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static NoticeId random() {
        return new NoticeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.util.List;

import nl.verwijsindex.notification.NoticeId;

/**
 * New notices, to e-mail once the transaction that made them has committed. Should that not happen (a full
 * queue, a stop), they are due anyway and the retry task sends them.
 */
record NoticesQueued(List<NoticeId> noticeIds) {}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Notices: for every new match, one per professional involved (R-NOTICE, R-NOTICE-NEW); about one signal
 * (the reminder to extend, R-ACTIVE-2Y; a transfer, R-TRANSFER; a move, R-MOVE); about a match case (a new
 * director, the reminder before the deadline, the escalation to the municipal supervisor). Shown in the inbox
 * and announced by a content-free e-mail (R-MAIL-EMPTY), with its delivery state. Makes a match's notices on
 * {@link nl.verwijsindex.coordination.MatchesCoordinated}, in the transaction of the case opening, which handles the
 * match's publication in the event publication registry, so a committed match is never left unannounced
 * (docs/adr/0058). Owns {@code notice}: its kinds are {@link nl.verwijsindex.notification.NoticeKind},
 * and the module's SQL on it is in {@code internal.NoticeStore}, {@code internal.NoticeOutbox} and
 * {@code internal.UndeliverableNoticeStore}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "covenant", "directory", "signal", "matching", "coordination", "person", "rights", "logbook", "national"})
package nl.verwijsindex.notification;

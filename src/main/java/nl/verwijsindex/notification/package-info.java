/**
 * Notices: for every new match, one per professional involved (R-NOTICE, R-NOTICE-NEW), and about one
 * signal (the reminder to extend, R-ACTIVE-2Y; a transfer, R-TRANSFER; a move, R-MOVE), shown in the professional's inbox
 * and announced by a content-free e-mail (R-MAIL-EMPTY), with its delivery state. Listens to
 * {@link nl.verwijsindex.matching.MatchesFound} through the event publication registry, so a committed
 * match is never left unannounced. Owns {@code notice}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory", "signal", "matching", "person", "logbook"})
package nl.verwijsindex.notification;

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

/**
 * An unexpected exception as it may be logged: the classes and stack frames of its whole cause chain, without
 * any message. A message can quote what a request held (a parser's snippet of the body, a database's "Key
 * (...)=(...)" detail), and nothing a user sent, a BSN least of all, may reach the log. Operators still see where
 * it went wrong, and the reference in the log line ties it to what the user was told.
 */
public final class MessageFree extends RuntimeException {

    private static final int DEPTH = 20;

    private MessageFree(String originalClass, Throwable cause, StackTraceElement[] frames) {
        super(originalClass, cause, false, true);
        setStackTrace(frames);
    }

    /** The chain of {@code e} without messages, for {@code log.error("...", reference, MessageFree.of(e))}. */
    public static Throwable of(Throwable e) {
        return copy(e, 0);
    }

    private static MessageFree copy(Throwable e, int depth) {
        Throwable cause = e.getCause();
        MessageFree copiedCause = cause == null || cause == e || depth >= DEPTH ? null : copy(cause, depth + 1);
        return new MessageFree(e.getClass().getName(), copiedCause, e.getStackTrace());
    }
}

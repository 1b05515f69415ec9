// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the application is closing: from the moment its context begins to close, before the pool, the person
 * register's client and the demo's in-process SMTP server stop. The work after the commit (notice e-mails, person
 * checks) then begins nothing new and leaves what waits, due, to the recurring tasks after the next start. Only the
 * context this bean lives in counts, not a child's such as the management server's, whose closing event reaches its
 * parent too.
 */
@Component
public class ApplicationClosing implements ApplicationContextAware {

    private volatile boolean closing;
    private ApplicationContext own;

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.own = context;
    }

    @EventListener
    void on(ContextClosedEvent event) {
        if (event.getApplicationContext() == own) {
            begin();
        }
    }

    /** Whether the application is closing. */
    public boolean now() {
        return closing;
    }

    /** From now on the application is closing (its context's close, or a test's). */
    public void begin() {
        closing = true;
    }
}

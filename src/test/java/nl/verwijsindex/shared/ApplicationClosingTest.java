// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The work after the commit stops beginning new things when the application closes (notices, person checks), not when
 * a child context closes, such as the management server's on its own port.
 */
class ApplicationClosingTest {

    private final ApplicationContext own = mock(ApplicationContext.class);
    private final ApplicationClosing closing = new ApplicationClosing();

    @Test
    void aChildContextClosingIsNotTheApplicationClosing() {
        closing.setApplicationContext(own);
        ApplicationContext child = mock(ApplicationContext.class);
        when(child.getParent()).thenReturn(own);

        closing.on(new ContextClosedEvent(child));

        assertThat(closing.now()).isFalse();
    }

    @Test
    void theApplicationsOwnContextClosingIs() {
        closing.setApplicationContext(own);
        assertThat(closing.now()).isFalse();

        closing.on(new ContextClosedEvent(own));

        assertThat(closing.now()).isTrue();
    }
}

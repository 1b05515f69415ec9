// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The in-process SMTP server and a mail sender pointed at it, for the standalone run. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "verwijsindex.standalone.enabled", havingValue = "true")
class StandaloneConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    InProcessMailServer inProcessMailServer(Environment environment) {
        return new InProcessMailServer(
                environment.getProperty("verwijsindex.standalone.smtp-port", Integer.class, 3025));
    }

    @Bean
    JavaMailSenderImpl mailSender(InProcessMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        return sender;
    }
}

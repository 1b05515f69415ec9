// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address of notice e-mails
 * @param baseUrl       where professionals log in; the only link an e-mail carries
 * @param retryInterval how often notices that could not be sent are tried again
 * @param retryBackoff  wait after the first failed attempt; doubles per attempt up to an hour
 * @param maxAttempts   after this many failed attempts the e-mail is undeliverable: it stays FAILED for the
 *                      organisation coordinator to fix the address; the inbox item remains
 */
@ConfigurationProperties("verwijsindex.notification")
public record NotificationProperties(
        @DefaultValue("verwijsindex@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT30S") Duration retryInterval,
        @DefaultValue("PT30S") Duration retryBackoff,
        @DefaultValue("12") int maxAttempts) {}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI verwijsindexOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Verwijsindex API")
                        .version("v1")
                        .description("""
                                REST API for the systems of organisations that take part in the Verwijsindex: register and \
                                end signals, read matches and the inbox, on behalf of a professional of the calling \
                                organisation. Errors are RFC 9457 problem details with a Dutch title and detail and a stable \
                                'code'. Registering a signal accepts an Idempotency-Key header, so a retried request never registers twice. \
                                Every call of an organisation's system must name the person acting in that system in the \
                                header X-Acting-User (the system's own identifier of the employee, never a BSN; 1 to 100 \
                                letters, digits, spaces and ._@:/+-), which the logbook records (R-LOGBOOK, NEN 7513); \
                                without it the call is refused with 400 acting-user-missing.""")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("<client id>.<secret>")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}

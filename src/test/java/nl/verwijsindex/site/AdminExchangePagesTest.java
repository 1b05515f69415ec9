// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.exchange.ExchangeRun;
import nl.verwijsindex.exchange.Exchanges;

/** Issue 18: the administrator's "Uitwisseling": a dry run with its progress and report, and the export. */
@IntegrationTest
class AdminExchangePagesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Exchanges exchanges;

    MockMvc mvc;
    RequestPostProcessor administrator;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        administrator = WebTests.signedIn(new SignedInAccount(
                UUID.randomUUID(), "beheer", "Beheerder", Role.ADMINISTRATOR, null, null, null, null));
    }

    @Test
    void aDryRunFromThePageShowsItsProgressAndTheProblemsPerLineAndOffersTheReport() throws Exception {
        String region = new Fixtures(context).region(false);
        String file = String.join(
                "\n",
                "{\"type\":\"header\",\"format\":\"verwijsindex-exchange\",\"version\":1,\"source\":\"oud\"}",
                "{\"type\":\"professional\",\"id\":\"" + UUID.randomUUID() + "\",\"organisation\":\""
                        + UUID.randomUUID()
                        + "\",\"name\":\"P\",\"email\":\"p@example.org\",\"phone\":\"06\",\"designated\":true}",
                "{kapot",
                "{\"type\":\"organisation\",\"region\":\"" + region + "\"}");

        String location = mvc.perform(multipart("/beheer/uitwisseling/import")
                        .file(new MockMultipartFile(
                                "bestand", "oud.jsonl", "application/jsonl", file.getBytes(StandardCharsets.UTF_8)))
                        .param("alleenControleren", "ja")
                        .with(administrator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID run = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> exchanges.run(run).map(ExchangeRun::finished).orElse(false));

        String page = mvc.perform(get(location).with(administrator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Proefimport van oud.jsonl", "Klaar", "4 van 4 regels", "Te schrijven")
                .contains("Deze organisatie staat niet eerder in het bestand en niet in de index.")
                .contains("Deze regel is geen geldige JSON.")
                .contains("Rapport downloaden");
        String report = mvc.perform(get(location + "/rapport").with(administrator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.lines()).first().isEqualTo("regel;veld;reden");
        assertThat(report).contains("2;organisation;", "3;-;Deze regel is geen geldige JSON.", "4;id;");
        assertThat(mvc.perform(get("/beheer/uitwisseling").with(administrator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("oud.jsonl", "proefimport");
    }

    @Test
    void theExportDownloadsTheWholeIndexInTheExchangeFormatAndIsNotCached() throws Exception {
        MvcResult started = mvc.perform(
                        post("/beheer/uitwisseling/export").with(administrator).with(csrf()))
                .andExpect(request().asyncStarted())
                .andReturn();

        var response = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"verwijsindex-");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("{\"type\":\"header\",\"format\":\"verwijsindex-exchange\",\"version\":1");
    }

    @Test
    void onlyTheAdministratorOpensTheExchangePage() throws Exception {
        RequestPostProcessor regionCoordinator = WebTests.signedIn(
                new SignedInAccount(UUID.randomUUID(), "r", "R", Role.REGION_COORDINATOR, null, null, null, "eemland"));

        mvc.perform(get("/beheer/uitwisseling").with(regionCoordinator)).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/uitwisseling/export").with(regionCoordinator).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

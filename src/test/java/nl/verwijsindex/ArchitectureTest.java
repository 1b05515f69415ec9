// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The architecture as a test: module boundaries, the injected clock, HTTP at the edges. */
class ArchitectureTest {

    /** The application's modules, analysed once for this class and {@link ArchitectureDocumentTest} (a few seconds each). */
    static final ApplicationModules MODULES = ApplicationModules.of(VerwijsindexApplication.class);
    /** The Haal Centraal BRP client: an outgoing HTTP adapter (docs/adr/0010). */
    private static final String PERSON_REGISTER_ADAPTER = "nl.verwijsindex.person.internal";
    /** The BAG address register client: the second outgoing HTTP adapter (docs/adr/0037). */
    private static final String ADDRESS_REGISTER_ADAPTER = "nl.verwijsindex.covenant.internal.bag";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.verwijsindex");

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        MODULES.verify();
    }

    /**
     * Into {@code target/spring-modulith-docs} (Modulith's default), not into the sources: a build that rewrote
     * tracked files would leave every working copy changed. docs/README.md says how to look at them.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    @Test
    void timeIsAlwaysReadFromTheInjectedClock() {
        // DESIGN decision 2: now() only with a Clock argument.
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .because("rules that depend on dates take the injected Clock, so tests can move time")
                .check(CLASSES);
    }

    @Test
    void httpTypesStayInWebPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", PERSON_REGISTER_ADAPTER, ADDRESS_REGISTER_ADAPTER)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.springframework.security.web..")
                .because("controllers map HTTP to a module's API; the modules know nothing of HTTP")
                .check(CLASSES);
    }

    @Test
    void theOnlyOutgoingHttpIsThePersonAndAddressRegisterClientsAndTheyServeNothing() {
        // docs/adr/0010 and 0037: the BRP and BAG clients are the adapters that speak HTTP outwards; they take no
        // requests.
        noClasses()
                .that()
                .resideInAnyPackage(PERSON_REGISTER_ADAPTER, ADDRESS_REGISTER_ADAPTER)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.servlet..",
                        "org.springframework.security.web..",
                        "org.springframework.web.bind..",
                        "org.springframework.web.servlet..")
                .check(CLASSES);
    }

    @Test
    void theBsnNeverLeavesTheYouthModuleInTheClear() {
        // Only the youth module encrypts and decrypts; others get a Bsn value object and pass it on.
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.verwijsindex.youth..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("AesGcmBsnProtection")
                .check(CLASSES);
    }

    @Test
    void whatMatchQueriesHandsOutNamesItsIdsByType() {
        // Issue 11: a signal id compared with a case id compiles when both are plain UUIDs, and is never equal.
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .haveNameMatching("nl\\.verwijsindex\\.matching\\.MatchQueries\\$.*")
                .should()
                .haveRawType(UUID.class)
                .because("the records of the matching module's read API carry MatchCaseId, MatchPairId and SignalId")
                .check(CLASSES);
    }

    @Test
    void noMainClassIsOverThreeHundredLines() throws IOException {
        // Issue 11: a class that long does several jobs (STYLE.md, "small pieces"); split it along a real seam.
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lineCount(file) > 300)
                    .map(file -> file + " (" + lineCount(file) + " lines)")
                    .sorted()
                    .toList();
            assertThat(tooLong).as("main classes over 300 lines").isEmpty();
        }
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;

/** What the administrator can do to an account, on the account module itself. */
@IntegrationTest
class AccountAdministrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTemporaryPasswordReplacesTheOldOneAndMustBeLongEnough() {
        AccountId id = accounts.create(NewAccount.administrator(username(), "Beheer", PASSWORD));
        String username = usernameOf(id);
        assertThatThrownBy(() -> accounts.resetPassword(id, "kort"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("password-too-short"));
        accounts.resetPassword(id, "een nieuw tijdelijk wachtwoord");
        assertThat(login.checkPassword(username, PASSWORD)).isInstanceOf(PasswordCheck.Refused.class);
        assertThat(login.checkPassword(username, "een nieuw tijdelijk wachtwoord"))
                .isInstanceOf(PasswordCheck.Accepted.class);
        assertThat(jdbc.sql("select password_hash from user_account where id = :id")
                        .param("id", id.value())
                        .query(String.class)
                        .single())
                .doesNotContain("een nieuw tijdelijk wachtwoord");
        assertThatThrownBy(() ->
                        accounts.resetPassword(new AccountId(UUID.randomUUID()), "een nieuw tijdelijk wachtwoord"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void anUnlockLiftsTheLockAndAClearedSecondFactorMeansEnrollingAgain() {
        AccountId id = accounts.create(NewAccount.administrator(username(), "Beheer", PASSWORD));
        String username = usernameOf(id);
        for (int i = 0; i < 5; i++) {
            login.checkPassword(username, "fout " + i);
        }
        assertThat(login.checkPassword(username, PASSWORD)).isInstanceOf(PasswordCheck.Locked.class);
        assertThat(overview(id).locked()).isTrue();
        accounts.unlock(id);
        assertThat(overview(id).locked()).isFalse();

        jdbc.sql("update user_account set totp_secret_encrypted = :s, totp_last_step = 7 where id = :id")
                .param("s", new byte[] {1})
                .param("id", id.value())
                .update();
        assertThat(((PasswordCheck.Accepted) login.checkPassword(username, PASSWORD)).next())
                .isEqualTo(PasswordCheck.SecondFactorStep.VERIFY);
        assertThat(overview(id).secondFactorSet()).isTrue();
        accounts.resetSecondFactor(id);
        assertThat(((PasswordCheck.Accepted) login.checkPassword(username, PASSWORD)).next())
                .isEqualTo(PasswordCheck.SecondFactorStep.ENROL);
        assertThat(overview(id).secondFactorSet()).isFalse();
    }

    @Test
    void anAccountLinkedToSomethingThatDoesNotExistIsAClearRefusal() {
        assertThatThrownBy(() ->
                        accounts.create(NewAccount.regionCoordinator(username(), "Regio", PASSWORD, "geen-regio-hier")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("account-link-unknown"));
        assertThatThrownBy(() -> accounts.create(NewAccount.organisationCoordinator(
                        username(), "Co", PASSWORD, new OrganisationId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("account-link-unknown"));
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        AccountId id = accounts.create(NewAccount.regionCoordinator(username(), "Regio", PASSWORD, region));
        assertThat(overview(id).regionCode()).isEqualTo(region);
        assertThat(overview(id).role()).isEqualTo(Role.REGION_COORDINATOR);
    }

    private AccountOverview overview(AccountId id) {
        return accounts.overview().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private String usernameOf(AccountId id) {
        return overview(id).username();
    }

    private static String username() {
        return "a-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

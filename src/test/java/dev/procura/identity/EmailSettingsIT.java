package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.AccountMails;
import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Mailbox;
import dev.procura.support.Notifications;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Email verification, a user's own email settings, and notifications honouring them (address, language, digest). */
@MicroShedTest
class EmailSettingsIT {

    private static final String SETTINGS = "/api/v1/users/me/email-settings";

    private static JsonObject settings(String address, String digest, String language) {
        var body = Json.createObjectBuilder().add("digest", digest).add("language", language);
        if (address != null) {
            body.add("notification_address", address); // left out: back to the login email
        }
        return body.build();
    }

    @Test
    void registrationMailsAVerificationTokenThatVerifiesTheEmailOnce() throws Exception {
        Accounts.Account account = Accounts.register();
        String token = Accounts.login(account).accessToken();
        assertFalse(Api.get("/api/v1/users/me", token).expect(200).json().getBoolean("email_verified"));

        String verification = AccountMails.awaitVerificationToken(account.email());
        Api.post(
                        "/api/v1/auth/verify-email",
                        null,
                        Json.createObjectBuilder().add("token", verification).build())
                .expect(204);

        assertTrue(Api.get("/api/v1/users/me", token).expect(200).json().getBoolean("email_verified"));
        assertTrue(Api.get(
                        "/api/v1/admin/users/" + account.id(),
                        Tenants.platformAdmin().token())
                .expect(200)
                .json()
                .getBoolean("email_verified"));
        Api.post(
                        "/api/v1/auth/verify-email",
                        null,
                        Json.createObjectBuilder().add("token", verification).build())
                .expectProblem(400, "invalid-verification-token");
        Api.post("/api/v1/users/me/verification-email", token, null).expectProblem(409, "invalid-transition");
        assertEquals(List.of("user.email_verified"), AccountMails.userEvents(account.id()));
    }

    @Test
    void aResentVerificationMailRetiresTheFirstAndIsRateLimited() throws Exception {
        Accounts.Account account = Accounts.register();
        String token = Accounts.login(account).accessToken();
        String first = AccountMails.awaitVerificationToken(account.email());
        Api.post("/api/v1/users/me/verification-email", token, null).expect(202);
        String second = AccountMails.awaitToken(account.email(), "Confirm your email address", List.of(first));
        Api.post(
                        "/api/v1/auth/verify-email",
                        null,
                        Json.createObjectBuilder().add("token", first).build())
                .expectProblem(400, "invalid-verification-token");

        Api.post("/api/v1/users/me/verification-email", token, null).expect(202);
        Api.post("/api/v1/users/me/verification-email", token, null).expect(202);
        Api.post("/api/v1/users/me/verification-email", token, null).expectProblem(429, "account-mail-throttled");
        assertTrue(second.length() > 40);
    }

    @Test
    void settingsStartAsDefaultsAndAreValidated() throws Exception {
        Accounts.Account account = Accounts.register();
        String token = Accounts.login(account).accessToken();
        JsonObject defaults = Api.get(SETTINGS, token).expect(200).json();
        assertFalse(defaults.containsKey("notification_address"));
        assertEquals("immediate", defaults.getString("digest"));
        assertEquals("en", defaults.getString("language"));

        assertEquals(
                List.of("language"),
                Api.put(SETTINGS, token, settings(null, "daily", "fr")).fieldErrors());
        assertEquals(
                List.of("digest"),
                Api.put(SETTINGS, token, settings(null, "hourly", "en")).fieldErrors());
        assertEquals(
                List.of("notification_address"),
                Api.put(SETTINGS, token, settings("not-an-address", "daily", "en"))
                        .fieldErrors());
        assertEquals("immediate", Api.get(SETTINGS, token).expect(200).json().getString("digest"));

        String alerts = Accounts.uniqueEmail();
        JsonObject changed = Api.put(SETTINGS, token, settings(alerts, "weekly", "de"))
                .expect(200)
                .json();
        assertEquals(alerts, changed.getString("notification_address"));
        assertEquals("weekly", changed.getString("digest"));
        assertTrue(changed.containsKey("next_digest_at"));
        assertEquals(changed, Api.get(SETTINGS, token).expect(200).json());
        assertEquals(List.of("user.email_settings_changed"), AccountMails.userEvents(account.id()));
        Api.get(SETTINGS, null).expectProblem(401, "unauthenticated");
    }

    @Test
    void notificationsGoToTheNotificationAddressInTheUsersLanguage() throws Exception {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Mail settings");
        Tenants.Member member = Tenants.join(tenant, admin.token(), "viewer");
        String alerts = Accounts.uniqueEmail();
        Api.put(SETTINGS, member.token(), settings(alerts, "immediate", "de")).expect(200);

        String title = "Lieferung " + UUID.randomUUID();
        Notifications.send(tenant, admin.token(), title, member.id());

        JsonObject mail = Mailbox.await(alerts, m -> Mailbox.subject(m).contains(title), Duration.ofSeconds(30));
        assertTrue(Mailbox.raw(mail).contains("Gesendet von Procura"), Mailbox.raw(mail));
        assertTrue(Mailbox.messages(member.account().email()).stream()
                .noneMatch(m -> Mailbox.subject(m).contains(title)));
    }

    @Test
    void aDailyDigestReplacesImmediateMailsAndListsTheUnreadNotifications() throws Exception {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Digest Co");
        Tenants.Member member = Tenants.join(tenant, admin.token(), "viewer");
        Api.put(SETTINGS, member.token(), settings(null, "daily", "en")).expect(200);

        String unread = "Unread " + UUID.randomUUID();
        String read = "Read " + UUID.randomUUID();
        Notifications.send(tenant, admin.token(), unread, member.id());
        Notifications.send(tenant, admin.token(), read, member.id());
        Notifications.await(tenant, member.token(), n -> n.getString("title").equals(unread), Duration.ofSeconds(30));
        JsonObject toRead = Notifications.await(
                tenant, member.token(), n -> n.getString("title").equals(read), Duration.ofSeconds(30));
        Api.post(Tenants.path(tenant, "/notifications/" + toRead.getString("id") + "/read"), member.token(), null)
                .expect(200);

        // The digest is due now (instead of in a day); the schedule checks every half second in tests.
        ControlDb.update(
                "UPDATE user_email_settings SET next_digest_at = now() - interval '1 second' WHERE user_id = ?",
                member.id());
        JsonObject digest = Mailbox.await(
                member.account().email(),
                m -> Mailbox.subject(m).contains("unread notifications"),
                Duration.ofSeconds(30));
        String text = Mailbox.raw(digest);
        assertTrue(text.contains(unread), text);
        assertFalse(text.contains(read), text);
        assertTrue(text.contains("Digest Co"), text);
        assertEquals("Procura: 1 unread notifications", Mailbox.subject(digest));
        assertTrue(Mailbox.messages(member.account().email()).stream()
                .noneMatch(m -> Mailbox.subject(m).contains(unread)
                        || Mailbox.subject(m).contains(read)));
        assertEquals(
                List.of("t"),
                ControlDb.strings(
                        "SELECT next_digest_at > now() + interval '23 hours' AND last_digest_at > now() - interval '1"
                                + " minute' FROM user_email_settings WHERE user_id = ?",
                        member.id()));
    }
}

package dev.procura.identity;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.mail.AccountMail;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user's own email settings; the notifications capability reads them through {@link UserFacts}. */
@ApplicationScoped
public class EmailSettingsService {

    @Schema(name = "EmailSettings")
    public record EmailSettingsView(
            @Schema(description = "Where notifications go; null: the login email")
            String notificationAddress,

            @Schema(enumeration = {"immediate", "daily", "weekly"})
            String digest,

            String language,

            @Schema(description = "When the next digest is due; null for immediate")
            Instant nextDigestAt) {
        static EmailSettingsView of(EmailSettings s) {
            return new EmailSettingsView(
                    s.notificationAddress(), s.digest().wireName(), s.language(), s.nextDigestAt());
        }
    }

    @Inject
    Clock clock;

    @Inject
    EmailSettingsRepository settings;

    @Inject
    UserRepository users;

    @Inject
    UserEvents events;

    @Inject
    ControlTransaction transaction;

    @Inject
    Instance<AccountMail> mail;

    public EmailSettingsView get(Caller caller) {
        return EmailSettingsView.of(
                settings.find(caller.userId()).orElseGet(() -> EmailSettings.defaults(caller.userId())));
    }

    public EmailSettingsView change(Caller caller, IdentityRequests.ChangeEmailSettings request) {
        List<String> languages = languages();
        if (!languages.contains(request.language())) {
            throw new Failure.InvalidInput("language", "must be one of " + String.join(", ", languages));
        }
        String address = request.notificationAddress() == null
                        || request.notificationAddress().isBlank()
                ? null
                : User.normalizeEmail(request.notificationAddress());
        EmailSettings.Digest digest = EmailSettings.Digest.ofWireName(request.digest());
        return transaction.call(() -> {
            User user =
                    users.find(caller.userId()).orElseThrow(() -> new Failure.NotFound("No user " + caller.userId()));
            EmailSettings current = settings.lock(user.id()).orElseGet(() -> {
                EmailSettings created = EmailSettings.defaults(user.id());
                settings.add(created);
                return created;
            });
            // PostgreSQL keeps microseconds: the answer shows what a later read returns.
            current.change(address, digest, request.language(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("notification_address", address);
            facts.put("digest", digest.wireName());
            facts.put("language", request.language());
            events.publish("user.email_settings_changed", user, facts);
            return EmailSettingsView.of(current);
        });
    }

    private List<String> languages() {
        return mail.isUnsatisfied()
                ? List.of(EmailSettings.DEFAULT_LANGUAGE)
                : mail.get().languages();
    }
}

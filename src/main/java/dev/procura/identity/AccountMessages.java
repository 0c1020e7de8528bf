package dev.procura.identity;

import dev.procura.platform.mail.AccountMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends account emails (password reset, verification) after their transaction, on a managed
 * thread: the answer never waits on the SMTP server, so its time tells nothing about whether the
 * account exists. A failed send is logged; the user asks again.
 */
@ApplicationScoped
public class AccountMessages {

    private static final Logger LOG = Logger.getLogger(AccountMessages.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Instance<AccountMail> mail;

    @Inject
    EmailSettingsRepository settings;

    /** Makes the links in emails absolute, e.g. https://procura.example.com; without it only the token is sent. */
    @Inject
    @ConfigProperty(name = "procura.notifications.link-base-url")
    Optional<String> linkBaseUrl;

    /** A mail addressed to the user's login email, in the user's language. */
    public record Message(
            String template, String toAddress, String toName, String language, Map<String, String> values) {}

    /** The message for this user, holding a token and, when a base URL is configured, a link with it. */
    public Message forUser(User user, String template, String token, String linkPath, Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>(extra);
        values.put("name", user.firstName());
        values.put("token", token);
        values.put(
                "link",
                linkBaseUrl
                        .map(base -> base.replaceAll("/+$", "") + linkPath + token)
                        .orElse(""));
        String language = settings.find(user.id()).map(EmailSettings::language).orElse(EmailSettings.DEFAULT_LANGUAGE);
        return new Message(template, user.email(), user.firstName() + " " + user.lastName(), language, values);
    }

    /** Sends later on a managed thread; {@code null} (an unknown account) sends nothing. */
    public void sendLater(Message message) {
        executor.execute(() -> {
            if (message == null || mail.isUnsatisfied()) {
                return;
            }
            try {
                mail.get()
                        .send(
                                message.toAddress(),
                                message.toName(),
                                message.template(),
                                message.language(),
                                message.values());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the " + message.template() + " email", e);
            }
        });
    }
}

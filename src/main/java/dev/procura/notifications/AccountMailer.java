package dev.procura.notifications;

import dev.procura.platform.mail.AccountMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Account emails (password reset, email verification) from the notification templates, sent through the {@link Mailer}. */
@ApplicationScoped
public class AccountMailer implements AccountMail {

    @Inject
    NotificationTemplates templates;

    @Inject
    Mailer mailer;

    @Override
    public List<String> languages() {
        return NotificationTemplates.LANGUAGES;
    }

    @Override
    public void send(String toAddress, String toName, String template, String language, Map<String, String> values) {
        mailer.send(toAddress, toName, templates.render(template, language, values));
    }
}

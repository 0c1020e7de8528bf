package dev.procura.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Where and how notification emails are sent (MicroProfile Config, {@code procura.smtp.*}): host,
 * port, optional login, STARTTLS, and the sender. The password is a secret: set it through the
 * environment ({@code PROCURA_SMTP_PASSWORD}), never in a file in the repository.
 */
public record SmtpSettings(
        String host,
        int port,
        Optional<String> username,
        Optional<String> password,
        boolean startTls,
        InternetAddress from,
        Duration timeout) {

    public static SmtpSettings from(Config config) {
        String from = config.getOptionalValue("procura.smtp.from", String.class)
                .orElse("Procura <no-reply@procura.localhost>");
        try {
            return new SmtpSettings(
                    config.getOptionalValue("procura.smtp.host", String.class).orElse("localhost"),
                    config.getOptionalValue("procura.smtp.port", Integer.class).orElse(587),
                    config.getOptionalValue("procura.smtp.username", String.class)
                            .filter(s -> !s.isBlank()),
                    config.getOptionalValue("procura.smtp.password", String.class)
                            .filter(s -> !s.isBlank()),
                    config.getOptionalValue("procura.smtp.starttls", Boolean.class)
                            .orElse(true),
                    new InternetAddress(from, true),
                    config.getOptionalValue("procura.smtp.timeout", Duration.class)
                            .orElse(Duration.ofSeconds(10)));
        } catch (AddressException e) {
            throw new IllegalStateException("procura.smtp.from is not an email address: " + from, e);
        }
    }

    /** The Jakarta Mail session properties of these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.from", from.getAddress());
        return properties;
    }

    @Override
    public String toString() {
        return "smtp://" + username.map(u -> u + "@").orElse("") + host + ":" + port + (startTls ? " (STARTTLS)" : "");
    }
}

package dev.procura.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends one email through the configured SMTP server with Jakarta Mail (Liberty's mail-2.1
 * feature): plain text, or plain text and HTML as alternatives. A failure is thrown, for the
 * consumer to retry the event.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    java.time.Clock clock;

    private SmtpSettings settings;
    private Session session;

    @PostConstruct
    void configure() {
        use(SmtpSettings.from(ConfigProvider.getConfig()));
    }

    /** A mailer for these settings, outside CDI (tests). */
    static Mailer of(SmtpSettings settings) {
        Mailer mailer = new Mailer();
        mailer.clock = java.time.Clock.systemUTC();
        mailer.use(settings);
        return mailer;
    }

    private void use(SmtpSettings smtp) {
        this.settings = smtp;
        Authenticator login = smtp.username().isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                smtp.username().get(), smtp.password().orElse(""));
                    }
                };
        this.session = Session.getInstance(smtp.sessionProperties(), login);
    }

    public void send(String toAddress, String toName, RenderedMessage message) {
        send(toAddress, toName, message, null);
    }

    /** A file sent with an email: its name, media type and bytes. */
    public record Attachment(String filename, String mediaType, byte[] content) {}

    /** {@code senderName} (e.g. the tenant's display name) replaces the configured From name; null keeps it. */
    public void send(String toAddress, String toName, RenderedMessage message, String senderName) {
        send(toAddress, toName, message, senderName, null);
    }

    /** As {@link #send(String, String, RenderedMessage, String)}, with {@code attachment} (null: none) after the text. */
    public void send(
            String toAddress, String toName, RenderedMessage message, String senderName, Attachment attachment) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(
                    senderName == null
                            ? settings.from()
                            : new InternetAddress(
                                    settings.from().getAddress(), senderName, StandardCharsets.UTF_8.name()));
            mail.setRecipient(
                    Message.RecipientType.TO, new InternetAddress(toAddress, toName, StandardCharsets.UTF_8.name()));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            @SuppressWarnings("JavaUtilDate") // Jakarta Mail's API takes a Date
            Date sent = Date.from(clock.instant());
            mail.setSentDate(sent);
            // RFC 3834: no out-of-office replies to a machine.
            mail.setHeader("Auto-Submitted", "auto-generated");
            if (attachment != null) {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(message.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new jakarta.activation.DataHandler(
                        new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                file.setFileName(attachment.filename());
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                mail.setContent(new MimeMultipart(body, file));
            } else if (message.hasHtml()) {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
                mail.setContent(new MimeMultipart("alternative", text, html));
            } else {
                mail.setText(message.text(), StandardCharsets.UTF_8.name());
            }
            Transport.send(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException(
                    "Could not send an email to " + toAddress + " via " + settings + ": " + e.getMessage(), e);
        }
    }
}

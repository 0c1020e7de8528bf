package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail sender against a real (in-process) SMTP server on a port of its own, never 3025. */
class MailerTest {

    private static final int SMTP_PORT = 3925;
    private static final int NOTHING_LISTENS = 3926;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    private static SmtpSettings settings(int port, String username, String password) throws Exception {
        return new SmtpSettings(
                "127.0.0.1",
                port,
                Optional.ofNullable(username),
                Optional.ofNullable(password),
                false,
                new InternetAddress("Procura <no-reply@procura.localhost>"),
                Duration.ofSeconds(3));
    }

    @Test
    void sendsPlainTextWithSubjectSenderAndRecipient() throws Exception {
        Mailer.of(settings(SMTP_PORT, null, null))
                .send(
                        "ana@example.com",
                        "Ana Silva",
                        new RenderedMessage(
                                "Budget warning: PO-000042 — über Budget", "Purchase order PO-000042\nline two", null));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("Budget warning: PO-000042 — über Budget", mail.getSubject());
        assertEquals("no-reply@procura.localhost", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Procura", ((InternetAddress) mail.getFrom()[0]).getPersonal());
        assertEquals("ana@example.com", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        assertTrue(GreenMailUtil.getBody(mail).contains("PO-000042"), GreenMailUtil.getBody(mail));
    }

    @Test
    void sendsTextAndHtmlAsAlternatives() throws Exception {
        Mailer.of(settings(SMTP_PORT, null, null))
                .send(
                        "bruno@example.com",
                        "Bruno",
                        new RenderedMessage("Approval needed", "plain words", "<p>rich &amp; words</p>"));
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        Multipart parts = assertInstanceOf(Multipart.class, mail.getContent());
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>rich &amp; words</p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void aTenantsLetterheadFramesTheMessageAndNamesTheSender() throws Exception {
        RenderedMessage branded = new RenderedMessage("Ready", "Your file is ready.", "<p>Your file is ready.</p>")
                .withLetterhead(new dev.procura.platform.branding.BrandingFacts.Letterhead(
                        "ACME Buying", null, null, "ACME <desk>", "ACME Ltd\n1 Main Street"));
        assertEquals("ACME <desk>\n\nYour file is ready.\n\n-- \nACME Ltd\n1 Main Street", branded.text());
        assertEquals(
                "<p>ACME &lt;desk&gt;</p>\n<p>Your file is ready.</p>\n<hr>\n<p>ACME Ltd<br>\n1 Main Street</p>",
                branded.html());
        RenderedMessage plain = new RenderedMessage("Ready", "text", null);
        assertEquals(plain, plain.withLetterhead(dev.procura.platform.branding.BrandingFacts.Letterhead.NONE));
        assertEquals(
                "text\n\n-- \nfooter only",
                plain.withLetterhead(new dev.procura.platform.branding.BrandingFacts.Letterhead(
                                null, null, null, null, "footer only"))
                        .text());

        Mailer.of(settings(SMTP_PORT, null, null)).send("dora@example.com", "Dora", branded, "ACME Buying");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals("ACME Buying", ((InternetAddress) mail.getFrom()[0]).getPersonal());
        assertEquals("no-reply@procura.localhost", ((InternetAddress) mail.getFrom()[0]).getAddress());
    }

    @Test
    void logsInWhenAUserIsConfiguredAndAWrongPasswordFails() throws Exception {
        SMTP.setUser("sender@procura.localhost", "procura", "s3cret");
        Mailer.of(settings(SMTP_PORT, "procura", "s3cret"))
                .send("carla@example.com", "Carla", new RenderedMessage("Hi", "with login", null));
        assertEquals(1, SMTP.getReceivedMessages().length);

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> Mailer.of(settings(SMTP_PORT, "procura", "wrong"))
                        .send("carla@example.com", "Carla", new RenderedMessage("Hi", "no", null)));
        assertTrue(refused.getMessage().contains("carla@example.com"), refused.getMessage());
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsAFailureToRetryWithoutTheSecret() throws Exception {
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> Mailer.of(settings(NOTHING_LISTENS, "procura", "s3cret"))
                        .send("ana@example.com", "Ana", new RenderedMessage("Hi", "x", null)));
        assertTrue(failed.getMessage().contains("127.0.0.1:" + NOTHING_LISTENS), failed.getMessage());
        assertTrue(!failed.getMessage().contains("s3cret"), "the password never appears in messages");
    }
}

package dev.procura.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The account emails (password reset, verification) a test user receives, and the tokens in them. */
public final class AccountMails {

    private static final Pattern TOKEN = Pattern.compile("token: ([A-Za-z0-9_-]{43})");

    private AccountMails() {}

    /** Waits for a mail whose subject contains {@code subjectPart} and that holds a token not in {@code seen}; returns the token. */
    public static String awaitToken(String email, String subjectPart, List<String> seen) throws InterruptedException {
        JsonObject mail = Mailbox.await(
                email,
                m -> Mailbox.subject(m).contains(subjectPart) && tokenIn(m) != null && !seen.contains(tokenIn(m)),
                Duration.ofSeconds(20));
        return tokenIn(mail);
    }

    public static String awaitResetToken(String email) throws InterruptedException {
        return awaitToken(email, "Reset your Procura password", List.of());
    }

    public static String awaitVerificationToken(String email) throws InterruptedException {
        return awaitToken(email, "Confirm your email address", List.of());
    }

    static String tokenIn(JsonObject mail) {
        Matcher m = TOKEN.matcher(Mailbox.raw(mail));
        return m.find() ? m.group(1) : null;
    }

    /** The control outbox's event types keyed by this user, oldest first. */
    public static List<String> userEvents(java.util.UUID userId) throws java.sql.SQLException {
        return ControlDb.strings(
                "SELECT topic FROM outbox WHERE message_key = ? AND topic LIKE 'user.%' ORDER BY id",
                userId.toString());
    }
}

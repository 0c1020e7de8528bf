package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the mailboxes of the local GreenMail server the build started, through its REST API
 * ({@code GET /api/user/{email}/messages/INBOX/}: subject and the raw MIME message of each).
 */
public final class Mailbox {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Mailbox() {}

    public static String apiUrl() {
        return System.getProperty("procura.mail.api", "http://127.0.0.1:18025");
    }

    /** The messages in the inbox of {@code email}; none while GreenMail has not seen the address yet. */
    public static List<JsonObject> messages(String email) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(apiUrl() + "/api/user/"
                                    + URLEncoder.encode(email, StandardCharsets.UTF_8)
                                            .replace("%40", "@") + "/messages/INBOX/"))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of(); // 400 "User … not found" before the first mail arrives
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                JsonArray array = reader.readArray();
                return array.getValuesAs(JsonObject.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code wait} for a message that matches, and returns it. */
    public static JsonObject await(String email, Predicate<JsonObject> matching, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            for (JsonObject message : messages(email)) {
                if (matching.test(message)) {
                    return message;
                }
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No matching email for " + email + " within " + wait + "; inbox: " + messages(email));
    }

    public static String subject(JsonObject message) {
        return message.getString("subject", "");
    }

    /** The raw message (headers and body) as GreenMail keeps it. */
    public static String raw(JsonObject message) {
        return message.getString("mimeMessage", "");
    }
}

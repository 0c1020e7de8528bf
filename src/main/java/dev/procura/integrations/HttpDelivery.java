package dev.procura.integrations;

import dev.procura.integrations.DeliveryPolicy.Verdict;
import dev.procura.integrations.IntegrationDeliveries.Delivery;
import dev.procura.integrations.IntegrationDeliveries.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One POST of a message to its system with {@link HttpClient}: JSON body, {@code Idempotency-Key}
 * (the message id: a retry repeats it, a replay has its own), the event type, an optional bearer
 * token and HMAC signature; connect and request timeouts; redirects never followed; at most 64 KiB
 * of the answer read.
 */
final class HttpDelivery {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final boolean privateNetworksAllowed;

    HttpDelivery(boolean privateNetworksAllowed) {
        this.privateNetworksAllowed = privateNetworksAllowed;
    }

    Outcome send(Delivery delivery) {
        URI uri = URI.create(delivery.endpointUrl());
        try {
            if (!privateNetworksAllowed) {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!EndpointAddresses.isPublic(address)) {
                        return failed(
                                delivery,
                                Verdict.DEAD,
                                null,
                                "the endpoint's address " + address.getHostAddress()
                                        + " is in a private or local network, which integrations may not reach");
                    }
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(delivery.timeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", delivery.messageId().toString())
                    .header("X-Procura-Message-Id", delivery.messageId().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
            if (delivery.eventType() != null) {
                request.header("X-Procura-Event", delivery.eventType());
            }
            if (delivery.bearerToken() != null) {
                request.header("Authorization", "Bearer " + delivery.bearerToken());
            }
            if (delivery.hmacSecret() != null) {
                request.header(Signatures.HEADER, Signatures.sign(delivery.hmacSecret(), delivery.body()));
            }
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer = read(response.body());
            int status = response.statusCode();
            Verdict verdict = DeliveryPolicy.verdict(status);
            if (verdict == Verdict.SENT) {
                return new Outcome(
                        delivery.messageId(), verdict, status, externalId(answer, delivery.externalIdField()), null);
            }
            String error = "HTTP " + status + (answer.isBlank() ? "" : ": " + abbreviate(answer));
            return failed(delivery, verdict, status, error);
        } catch (HttpTimeoutException e) {
            return failed(
                    delivery,
                    Verdict.RETRY,
                    null,
                    "no answer within " + delivery.timeout().toSeconds() + " s");
        } catch (UnknownHostException e) {
            return failed(delivery, Verdict.RETRY, null, "unknown host " + uri.getHost());
        } catch (IOException e) {
            return failed(delivery, Verdict.RETRY, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(delivery, Verdict.RETRY, null, "interrupted while sending");
        } catch (IllegalArgumentException e) {
            return failed(delivery, Verdict.DEAD, null, "cannot be sent: " + e.getMessage());
        }
    }

    private static Outcome failed(Delivery delivery, Verdict verdict, Integer status, String error) {
        return new Outcome(delivery.messageId(), verdict, status, null, DeliveryPolicy.error(error));
    }

    private static String read(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String answer) {
        return answer.length() <= 200 ? answer : answer.substring(0, 200) + "...";
    }

    /** The answer's member {@code field} when the answer is a JSON object and it is a string or number. */
    static String externalId(String answer, String field) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                return null;
            }
            JsonValue id = object.get(field);
            if (id instanceof JsonString text && !text.getString().isBlank()) {
                return text.getString().length() <= 200 ? text.getString() : null;
            }
            return id instanceof JsonNumber number ? number.toString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

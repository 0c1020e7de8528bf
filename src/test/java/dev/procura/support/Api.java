package dev.procura.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.microshed.testing.ApplicationEnvironment;

/** Calls the running server (MicroShed's manually started configuration) over plain HTTP. */
public final class Api {

    // HTTP/1.1, a pool of connections: by default the client upgrades to h2c and multiplexes every
    // test's requests over one connection, and a stall of that one connection (seen under load:
    // requests that never reached the server) failed unrelated tests at once.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static String baseUrl;

    private Api() {}

    public static String baseUrl() {
        if (baseUrl == null) {
            String url = ApplicationEnvironment.Resolver.load().getApplicationURL();
            baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return baseUrl;
    }

    public static Request request(String method, String path) {
        return new Request(method, baseUrl() + path);
    }

    /** A request to another server than the one under test (e.g. a second replica). */
    public static Request requestAt(String base, String method, String path) {
        return new Request(method, base + path);
    }

    public static Reply get(String path, String token) {
        return request("GET", path).token(token).send();
    }

    /** A POST; {@code body} may be null for actions that take none. */
    public static Reply post(String path, String token, JsonObject body) {
        Request request = request("POST", path).token(token);
        return (body == null ? request : request.json(body)).send();
    }

    public static Reply put(String path, String token, JsonObject body) {
        return request("PUT", path).token(token).json(body).send();
    }

    public static Reply delete(String path, String token) {
        return request("DELETE", path).token(token).send();
    }

    /** A request under construction. */
    public static final class Request {
        private final String method;
        private final HttpRequest.Builder builder;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private String contentType;
        private String text;

        private Request(String method, String url) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        }

        public Request token(String token) {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(JsonObject json) {
            return body("application/json", json.toString());
        }

        public Request bytes(String contentType, byte[] content) {
            builder.header("Content-Type", contentType);
            this.contentType = contentType;
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        public Request body(String contentType, String text) {
            builder.header("Content-Type", contentType);
            this.contentType = contentType;
            this.text = text;
            body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        /** Sends and returns the raw bytes of the answer, for downloads. */
        public HttpResponse<byte[]> sendForBytes() {
            try {
                HttpRequest request = builder.method(method, body).build();
                HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                Contract.check(
                        method, request.uri(), contentType, text, response.statusCode(), response.headers(), null);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public Reply send() {
            try {
                HttpRequest request = builder.method(method, body).build();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                Contract.check(
                        method,
                        request.uri(),
                        contentType,
                        text,
                        response.statusCode(),
                        response.headers(),
                        response.body());
                return new Reply(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

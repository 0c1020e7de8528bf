package dev.procura.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer of the server under test. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public Reply expect(int expected) {
        assertEquals(expected, status, () -> "unexpected status; body: " + body);
        return this;
    }

    /** Asserts a problem+json answer with this status and problem type slug, free of internals. */
    public JsonObject expectProblem(int expectedStatus, String typeSlug) {
        expect(expectedStatus);
        assertTrue(contentType().startsWith("application/problem+json"), () -> "content type " + contentType());
        JsonObject problem = json();
        assertEquals("https://procura.dev/problems/" + typeSlug, problem.getString("type"), body);
        assertEquals(expectedStatus, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(
                body.contains("Exception") || body.contains("at dev.procura") || body.contains("SQL"),
                () -> "internals leaked: " + body);
        return problem;
    }

    /** The field names of a validation problem, in order. */
    public java.util.List<String> fieldErrors() {
        JsonArray errors = expectProblem(400, "validation").getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }
}

package dev.procura.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The contract check of the integration tests: every exchange the tests have with the server under
 * test is checked against the OpenAPI document that server serves. A request the server accepted
 * (2xx) must be valid by the document; every answer's status must be documented for its operation,
 * and its JSON body must be valid by the documented schema of that status and media type. One
 * violation fails the test that made the call, naming the operation and the field.
 */
public final class Contract {

    /** A broken promise of the document, with where it was found. */
    public record Violation(String operation, String where, String message) {
        @Override
        public String toString() {
            return operation + " " + where + ": " + message;
        }
    }

    private record Route(Pattern pattern, int literals, String template, String method, JsonObject operation) {}

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    private static final List<Violation> FOUND = new CopyOnWriteArrayList<>();
    private static volatile List<Route> routes;
    private static volatile String definitions;

    /**
     * {@code enforce} (the default): a violation fails the test; {@code report}: violations are
     * appended to target/contract-violations.txt and the tests go on (to see them all at once);
     * {@code off}.
     */
    private static final String MODE = System.getProperty("procura.contract", "enforce");

    private Contract() {}

    private static synchronized void report(List<Violation> violations) {
        try {
            java.nio.file.Files.write(
                    java.nio.file.Path.of("target", "contract-violations.txt"),
                    violations.stream().map(Violation::toString).toList(),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every violation found so far in this test run. */
    public static List<Violation> violations() {
        return List.copyOf(FOUND);
    }

    /**
     * Checks one exchange with the server under test; throws an AssertionError on the first
     * violation (after recording every one of this exchange).
     */
    public static void check(
            String method,
            URI uri,
            String requestType,
            String requestBody,
            int status,
            java.net.http.HttpHeaders responseHeaders,
            String responseBody) {
        String responseType = responseHeaders.firstValue("Content-Type").orElse(null);
        if (MODE.equals("off")
                || !uri.toString().startsWith(Api.baseUrl())
                || !uri.getPath().startsWith("/api/")) {
            return;
        }
        Optional<Route> matched = route(method, uri.getPath());
        if (matched.isEmpty()) {
            return;
        }
        Route route = matched.get();
        String name = Optional.ofNullable(route.operation().getString("operationId", null))
                .orElse(method + " " + route.template());
        List<Violation> violations = new ArrayList<>();
        if (status / 100 == 2 && requestBody != null && isJson(requestType)) {
            schemaOf(route.operation().getJsonObject("requestBody"), "application/json")
                    .ifPresent(schema -> validate(schema, requestBody)
                            .forEach(e -> violations.add(
                                    new Violation(name, "request " + e.getInstanceLocation(), e.getMessage()))));
        }
        JsonObject responses = route.operation().getJsonObject("responses");
        JsonObject response = responses == null ? null : responses.getJsonObject(Integer.toString(status));
        if (response == null && responses != null) {
            response = responses.getJsonObject("default");
        }
        if (response == null) {
            violations.add(new Violation(
                    name,
                    "response " + status,
                    "status not documented (documented: " + (responses == null ? "none" : responses.keySet()) + ")"));
        } else if (response.containsKey("headers")) {
            for (Map.Entry<String, JsonValue> header :
                    response.getJsonObject("headers").entrySet()) {
                if (header.getValue().asJsonObject().getBoolean("required", false)
                        && responseHeaders.firstValue(header.getKey()).isEmpty()) {
                    violations.add(new Violation(
                            name,
                            "response " + status + " header " + header.getKey(),
                            "required by the document, missing"));
                }
            }
        }
        if (response != null && responseBody != null && !responseBody.isEmpty() && isJson(responseType)) {
            String mediaType = responseType.split(";", -1)[0].trim();
            JsonObject content = response.getJsonObject("content");
            if (content == null || !content.containsKey(mediaType)) {
                violations.add(new Violation(
                        name,
                        "response " + status,
                        "media type " + mediaType + " not documented (documented: "
                                + (content == null ? "none" : content.keySet()) + ")"));
            } else {
                schemaOf(response, mediaType)
                        .ifPresent(schema -> validate(schema, responseBody)
                                .forEach(e -> violations.add(new Violation(
                                        name, "response " + status + " " + e.getInstanceLocation(), e.getMessage()))));
            }
        }
        if (!violations.isEmpty()) {
            FOUND.addAll(violations);
            if (MODE.equals("report")) {
                report(violations);
                return;
            }
            throw new AssertionError("The exchange breaks the OpenAPI contract: " + violations);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private static Optional<JsonObject> schemaOf(JsonObject bodyOrResponse, String mediaType) {
        if (bodyOrResponse == null || !bodyOrResponse.containsKey("content")) {
            return Optional.empty();
        }
        JsonObject media = bodyOrResponse.getJsonObject("content").getJsonObject(mediaType);
        return media == null || !media.containsKey("schema")
                ? Optional.empty()
                : Optional.of(media.getJsonObject("schema"));
    }

    private static List<Error> validate(JsonObject schema, String instance) {
        Schema compiled = COMPILED.computeIfAbsent(schema.toString(), json -> {
            var document = Json.createObjectBuilder(schema)
                    .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                    .add(
                            "$defs",
                            Json.createReader(new StringReader(definitions())).readObject());
            return SCHEMAS.getSchema(
                    document.build().toString().replace("#/components/schemas/", "#/$defs/"), InputFormat.JSON);
        });
        return compiled.validate(instance, InputFormat.JSON);
    }

    private static Optional<Route> route(String method, String path) {
        return routes().stream()
                .filter(r -> r.method().equalsIgnoreCase(method)
                        && r.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Route::literals));
    }

    private static List<Route> routes() {
        if (routes == null) {
            load();
        }
        return routes;
    }

    private static String definitions() {
        if (definitions == null) {
            load();
        }
        return definitions;
    }

    private static synchronized void load() {
        if (routes != null) {
            return;
        }
        JsonObject document = fetch();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        definitions = schemas.toString().replace("#/components/schemas/", "#/$defs/");
        List<Route> loaded = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            String template = path.getKey();
            String regex = "^" + template.replaceAll("\\{[^/]+}", "[^/]+") + "$";
            int literals = template.replaceAll("\\{[^/]+}", "").length();
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT
                        && !"parameters".equals(operation.getKey())) {
                    loaded.add(new Route(
                            Pattern.compile(regex),
                            literals,
                            template,
                            operation.getKey(),
                            operation.getValue().asJsonObject()));
                }
            }
        }
        routes = loaded;
    }

    private static JsonObject fetch() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/openapi"))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new StringReader(answer.body()))) {
                return reader.readObject();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

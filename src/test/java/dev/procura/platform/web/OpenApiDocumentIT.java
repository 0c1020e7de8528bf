package dev.procura.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The served OpenAPI document as client teams meet it: clean by Redocly's recommended rules,
 * complete by construction (ids, security, tags, success bodies, Location on 201/202,
 * snake_case names), and equal to the committed snapshot docs/openapi.json that the generated
 * client of the tests is built from. Run with {@code -Dprocura.openapi.write=true} to refresh the
 * snapshot after changing the API.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    private static final Path SNAPSHOT = Path.of("docs", "openapi.json");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private String served;
    private JsonObject document;

    @BeforeAll
    void fetch() {
        served = pretty(Api.request("GET", "/openapi")
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .body());
        try (var reader = Json.createReader(new StringReader(served))) {
            document = reader.readObject();
        }
    }

    private static String pretty(String json) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        }
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip() + "\n";
    }

    @Test
    void redoclyLintWithTheRecommendedRulesFindsNothing() throws Exception {
        Path file = Path.of("target", "openapi", "served.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, served);
        Process lint = new ProcessBuilder(
                        "npx",
                        "--yes",
                        "@redocly/cli@2.77.0",
                        "lint",
                        file.toString(),
                        "--config",
                        "redocly.yaml",
                        "--format=json")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "redocly did not finish");
        JsonObject report;
        try (var reader = Json.createReader(new StringReader(output.substring(output.indexOf('{'))))) {
            report = reader.readObject();
        }
        JsonObject totals = report.getJsonObject("totals");
        assertEquals(0, totals.getInt("errors") + totals.getInt("warnings"), () -> "redocly lint: " + report);
        assertEquals(0, lint.exitValue(), output);
    }

    @Test
    void theCommittedSnapshotIsTheServedDocument() throws IOException {
        if (Boolean.getBoolean("procura.openapi.write")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertEquals(
                Files.readString(SNAPSHOT),
                served,
                "docs/openapi.json differs from the served /openapi: run the ITs once with "
                        + "-Dprocura.openapi.write=true (e.g. -Dit.test=OpenApiDocumentIT) and commit the file");
    }

    @Test
    void everyOperationIsNamedSecuredTaggedAndAnswersWithItsBody() {
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry :
                    path.getValue().asJsonObject().entrySet()) {
                if (entry.getKey().equals("parameters")) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                if (!operation.containsKey("operationId") || !ids.add(operation.getString("operationId"))) {
                    faults.add(name + ": no operationId, or not unique");
                }
                if (!operation.containsKey("security")) {
                    faults.add(name + ": no security");
                }
                if (!operation.containsKey("tags")) {
                    faults.add(name + ": no tag");
                }
                JsonObject responses = operation.getJsonObject("responses");
                for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
                    String status = response.getKey();
                    JsonObject answer = response.getValue().asJsonObject();
                    // 204, and a 202 with nothing to poll (a mail on its way), answer no body.
                    boolean bodiless = status.equals("204") || (status.equals("202") && !answer.containsKey("headers"));
                    if (status.startsWith("2") && !bodiless && !answer.containsKey("content")) {
                        faults.add(name + " " + status + ": no content");
                    }
                    if (status.equals("201")
                            && !answer.getOrDefault("headers", JsonValue.EMPTY_JSON_OBJECT)
                                    .asJsonObject()
                                    .containsKey("Location")) {
                        faults.add(name + " " + status + ": no Location");
                    }
                    if (status.startsWith("4") || status.startsWith("5")) {
                        if (!answer.getOrDefault("content", JsonValue.EMPTY_JSON_OBJECT)
                                .asJsonObject()
                                .containsKey("application/problem+json")) {
                            faults.add(name + " " + status + ": not problem+json");
                        }
                    }
                }
                if (responses.keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                    faults.add(name + ": no 4xx answer");
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void everyPropertyNameIsSnakeCase() {
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, JsonValue> schema :
                document.getJsonObject("components").getJsonObject("schemas").entrySet()) {
            JsonObject properties = schema.getValue().asJsonObject().getJsonObject("properties");
            if (properties != null) {
                for (String property : properties.keySet()) {
                    if (!SNAKE_CASE.matcher(property).matches()) {
                        faults.add(schema.getKey() + "." + property);
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }
}

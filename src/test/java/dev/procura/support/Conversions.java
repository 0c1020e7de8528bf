package dev.procura.support;

import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Templates and conversions through the API, and the files they make. */
public final class Conversions {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Conversions() {}

    /** The id of the built-in template with this name. */
    public static String builtIn(Shop shop, String name) {
        return Api.get(shop.path("/templates?per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("built_in") && t.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no built-in template " + name))
                .getString("id");
    }

    public static JsonObject byIds(String templateId, String type, List<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return Json.createObjectBuilder()
                .add("template_id", templateId)
                .add("source", Json.createObjectBuilder().add("type", type).add("ids", array))
                .build();
    }

    /** Starts a conversion (202 expected) and waits until it has finished; returns its final state. */
    public static JsonObject run(Shop shop, String token, JsonObject request) {
        JsonObject started =
                Api.post(shop.path("/conversions"), token, request).expect(202).json();
        return awaitFinished(shop, token, started.getString("id"));
    }

    public static JsonObject awaitFinished(Shop shop, String token, String id) {
        return Await.until("conversion " + id + " to finish", Duration.ofSeconds(90), () -> {
            JsonObject now =
                    Api.get(shop.path("/conversions/" + id), token).expect(200).json();
            return List.of("completed", "failed", "cancelled").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
    }

    /** The bytes of a completed conversion's file, through its presigned link. */
    public static byte[] file(Shop shop, String token, String id) throws IOException, InterruptedException {
        String url = Api.request("GET", shop.path("/conversions/" + id + "/download"))
                .token(token)
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .json()
                .getString("url");
        HttpResponse<byte[]> response =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("download of " + id + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** An invoice for a sent order of {@code supplier}, with two lines. */
    public static JsonObject invoice(Shop shop, UUID supplier, String supplierNumber) {
        String orderId = Buying.sentOrder(
                        shop,
                        supplier,
                        Buying.lines(
                                Buying.line("LAP-14", "2", "1000.00", "23"), Buying.line("DOCK-1", "3", "150", "23")))
                .getString("id");
        return Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", supplierNumber)
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                                .toString())
                                .add(
                                        "lines",
                                        Buying.lines(
                                                Buying.line("LAP-14", "2", "1000.00", "23"),
                                                Buying.line("DOCK-1", "3", "150", "23")))
                                .build())
                .expect(201)
                .json();
    }

    public static UUID id(JsonObject json) {
        return UUID.fromString(json.getString("id"));
    }
}

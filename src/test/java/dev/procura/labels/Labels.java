package dev.procura.labels;

import dev.procura.platform.gs1.Gs1;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Items with GTINs, lots, serial numbers, templates and label jobs made through the API for the label ITs. */
final class Labels {

    private Labels() {}

    /** A shop with the unit ea. */
    static Shop shop(String name) {
        Shop shop = Buying.shop(name);
        Production.unit(shop);
        return shop;
    }

    /** A GTIN-14 of the company prefix 950600 with its check digit. */
    static String gtin(long reference) {
        String body = String.format("0950600%06d", reference);
        return body + Gs1.checkDigit(body);
    }

    /** A lot- and serial-tracked item; {@code gtin} null for none. */
    static void item(Shop shop, String code, String gtin) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Item " + code)
                .add("type", "purchased")
                .add("base_unit", "ea")
                .add("lot_tracked", true)
                .add("serial_tracked", true);
        if (gtin != null) {
            body.add("gtin", gtin);
        }
        Api.post(shop.path("/items"), shop.token(), body.build()).expect(201);
    }

    /** A lot made by hand, expiring on {@code expires} (null: never); its id. */
    static String lot(Shop shop, String itemCode, String number, String expires) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("item_code", itemCode)
                .add("number", number)
                .add("quantity", new BigDecimal("10"));
        if (expires != null) {
            body.add("expires_on", expires);
        }
        return Api.post(shop.path("/lots"), shop.token(), body.build())
                .expect(201)
                .json()
                .getString("id");
    }

    /** A serial number made by hand, in the lot when {@code lotId} is not null; its id. */
    static String serial(Shop shop, String itemCode, String number, String lotId) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("item_code", itemCode).add("number", number);
        if (lotId != null) {
            body.add("lot_id", lotId);
        }
        return Api.post(shop.path("/serial-numbers"), shop.token(), body.build())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonArrayBuilder strings(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static JsonObjectBuilder generate(String subject, JsonArrayBuilder ids, String... symbologies) {
        return Json.createObjectBuilder()
                .add("subject", subject)
                .add("ids", ids)
                .add("symbologies", strings(symbologies));
    }

    /** A one-label-per-page template of 100 x 60 mm; its id. */
    static String singleLabelTemplate(Shop shop, String name, String base) {
        return Api.post(
                        shop.path("/barcodes/templates"),
                        shop.token(),
                        template(name, base).build())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObjectBuilder template(String name, String base) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("page", "label")
                .add("width_mm", 100)
                .add("height_mm", 60)
                .add("fields", strings("description", "lot", "serial", "expiry"))
                .add("symbologies", strings("gs1_128", "qr"))
                .add("digital_link_base", base);
    }

    /** Posts the request (202 expected) and waits until its job completes; the job's last status. */
    static JsonObject generated(Shop shop, JsonObject body) {
        Reply accepted =
                Api.post(shop.path("/barcodes/generate"), shop.token(), body).expect(202);
        String location = accepted.header("Location").orElseThrow();
        JsonObject job = accepted.json();
        return completed(shop, location.substring(location.indexOf("/api/v1/")), job.getString("id"));
    }

    static JsonObject completed(Shop shop, String path, String jobId) {
        return Await.until("label job " + jobId + " to finish", Duration.ofSeconds(60), () -> {
            JsonObject job = Api.get(path, shop.token()).expect(200).json();
            String status = job.getString("status");
            if (status.equals("failed")) {
                throw new AssertionError("label job failed: " + job);
            }
            return status.equals("completed") ? Optional.of(job) : Optional.empty();
        });
    }

    static byte[] download(Shop shop, String apiPath, String contentType) {
        HttpResponse<byte[]> response =
                Api.request("GET", apiPath).token(shop.token()).sendForBytes();
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + apiPath + ": " + response.statusCode() + " "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith(contentType)) {
            throw new AssertionError(
                    "GET " + apiPath + " answered " + response.headers().firstValue("Content-Type"));
        }
        return response.body();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

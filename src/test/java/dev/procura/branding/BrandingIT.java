package dev.procura.branding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Conversions;
import dev.procura.support.Mailbox;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Branding through the API: set and read, every bad field reported, images checked and SVG
 * sanitised, slugs and domains unique across tenants, stale versions refused; the public theme and
 * images without a token; PDFs and emails of the tenant carrying its branding.
 */
@MicroShedTest
class BrandingIT {

    static final String MALICIOUS_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\""
            + " onload=\"alert(document.cookie)\"><script>alert('owned')</script>"
            + "<foreignObject width=\"10\" height=\"10\"><body xmlns=\"http://www.w3.org/1999/xhtml\">x</body>"
            + "</foreignObject><a href=\"javascript:alert(1)\"><circle r=\"3\"/></a>"
            + "<rect width=\"32\" height=\"32\" fill=\"#1F4E79\" onclick=\"steal()\"/></svg>";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A real PNG of these dimensions; {@code noisy} makes it incompressible (big). */
    static byte[] png(int width, int height, boolean noisy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, noisy ? random.nextInt() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String document(Shop shop, String filename, byte[] content) {
        return Uploads.upload(shop.token(), shop.tenantId(), filename, content, new LinkedHashMap<>())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObjectBuilder body() {
        return Json.createObjectBuilder()
                .add("display_name", "Acme Buying")
                .add("primary_color", "#1F4E79")
                .add("secondary_color", "#F2A900")
                .add("font", "inter");
    }

    static JsonObject put(Shop shop, JsonObject body) {
        return Api.put(shop.path("/branding"), shop.token(), body).expect(200).json();
    }

    static Api.Request publicGet(String path) {
        return Api.request("GET", path);
    }

    @Test
    void brandingIsSetReadAndServedPubliclyWithItsImages() throws Exception {
        Shop shop = Buying.shop("Branding tour");
        JsonObject none =
                Api.get(shop.path("/branding"), shop.token()).expect(200).json();
        assertEquals(0, none.getInt("version"));
        assertFalse(none.containsKey("display_name"), none.toString());
        assertEquals("/api/v1/branding/theme?tenant=" + shop.tenantId(), none.getString("theme_url"));

        byte[] logo = png(240, 80, false);
        String logoId = document(shop, "logo.png", logo);
        String faviconId = document(shop, "favicon.svg", MALICIOUS_SVG.getBytes(StandardCharsets.UTF_8));
        String slug = unique("acme");
        String domain = slug + ".Procurement.Example";
        JsonObject set = put(
                shop,
                body().add("version", 0)
                        .add("slug", slug)
                        .add("logo_document_id", logoId)
                        .add("favicon_document_id", faviconId)
                        .add("email_header", "Acme Buying - procurement desk")
                        .add("email_footer", "Acme Ltd, 1 Main Street")
                        .add("pdf_header", "Acme Ltd confidential")
                        .add("pdf_footer", "Acme Ltd, registered in Utopia")
                        .add("custom_domain", domain)
                        .build());
        assertEquals(1, set.getInt("version"));
        assertEquals("Acme Buying", set.getString("display_name"));
        assertEquals(domain.toLowerCase(Locale.ROOT), set.getString("custom_domain"));
        assertTrue(set.getString("domain_verification_token").startsWith("procura-verify="), set.toString());
        assertEquals("/api/v1/branding/theme?tenant=" + slug, set.getString("theme_url"));
        assertTrue(
                set.getString("logo_url").startsWith("/api/v1/branding/assets/" + slug + "/logo?v="), set.toString());
        assertEquals(
                set, Api.get(shop.path("/branding"), shop.token()).expect(200).json());

        // The same domain again keeps its token; the event is on the outbox and the audit trail.
        JsonObject again =
                put(shop, body().add("slug", slug).add("custom_domain", domain).build());
        assertEquals(set.getString("domain_verification_token"), again.getString("domain_verification_token"));
        assertFalse(again.containsKey("logo_url"), "the logo was left out, so it is gone: " + again);
        assertEquals(
                List.of("branding.updated " + shop.tenantId(), "branding.updated " + shop.tenantId()),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'branding%' ORDER BY id"));
        Await.until(
                "the branding change on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/entities/branding/" + shop.tenantId()), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("action").equals("branding.updated")
                                && e.getString("actor_id")
                                        .equals(shop.admin().id().toString()))
                        .findFirst());

        set = put(
                shop,
                body().add("slug", slug)
                        .add("logo_document_id", logoId)
                        .add("favicon_document_id", faviconId)
                        .add("custom_domain", domain)
                        .build());

        JsonObject theme = publicGet("/api/v1/branding/theme?tenant=" + slug)
                .send()
                .expect(200)
                .json();
        assertEquals(slug, theme.getString("tenant"));
        assertEquals("Acme Buying", theme.getString("display_name"));
        assertEquals("inter", theme.getString("font"));
        JsonObject variables = theme.getJsonObject("css_variables");
        assertEquals("#1F4E79", variables.getString("--procura-primary"));
        assertEquals("#F2A900", variables.getString("--procura-secondary"));
        assertEquals("#FFFFFF", variables.getString("--procura-on-primary"));
        assertEquals("#000000", variables.getString("--procura-on-secondary"));
        assertTrue(variables.getString("--procura-font").startsWith("Inter"), variables.toString());
        assertEquals(set.getString("logo_url"), theme.getString("logo_url"));
        assertEquals(set.getString("favicon_url"), theme.getString("favicon_url"));
        assertEquals(
                theme,
                publicGet("/api/v1/branding/theme?domain=" + domain.toUpperCase(Locale.ROOT))
                        .send()
                        .expect(200)
                        .json());
        assertEquals(
                theme,
                publicGet("/api/v1/branding/theme?tenant=" + shop.tenantId())
                        .send()
                        .expect(200)
                        .json());

        var css = publicGet("/api/v1/branding/theme?tenant=" + slug + "&format=css")
                .send()
                .expect(200);
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertTrue(css.body().contains("--procura-primary: #1F4E79;"), css.body());
        assertEquals("nosniff", css.header("X-Content-Type-Options").orElse(""));
        var negotiated = publicGet("/api/v1/branding/theme?tenant=" + slug)
                .header("Accept", "text/css")
                .send()
                .expect(200);
        assertEquals(css.body(), negotiated.body());
        String etag = css.header("ETag").orElseThrow();
        publicGet("/api/v1/branding/theme?tenant=" + slug + "&format=css")
                .header("If-None-Match", etag)
                .send()
                .expect(304);

        HttpResponse<byte[]> served = publicGet(set.getString("logo_url")).sendForBytes();
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(logo, served.body());
        assertEquals(
                "nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("default-src 'none'"));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        String logoTag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                publicGet("/api/v1/branding/assets/" + slug + "/logo")
                        .header("If-None-Match", logoTag)
                        .sendForBytes()
                        .statusCode());

        HttpResponse<byte[]> favicon =
                publicGet("/api/v1/branding/assets/" + slug + "/favicon").sendForBytes();
        assertEquals(200, favicon.statusCode());
        assertTrue(favicon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        String svg = new String(favicon.body(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<rect"), svg);
        assertTrue(svg.contains("fill=\"#1F4E79\""), svg);
        for (String gone : List.of("script", "onload", "onclick", "foreignObject", "javascript", "alert")) {
            assertFalse(svg.contains(gone), gone + " must be gone: " + svg);
        }
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsWritten() {
        Shop shop = Buying.shop("Branding checks");
        String text = document(shop, "notes.txt", "just text".getBytes(StandardCharsets.UTF_8));
        String huge = document(shop, "huge.png", png(600, 600, true));
        JsonObject problem = Api.put(
                        shop.path("/branding"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("primary_color", "#777777")
                                .add("secondary_color", "orange")
                                .add("font", "comic-sans")
                                .add("slug", "Not A Slug")
                                .add("custom_domain", "not_a host")
                                .add("logo_document_id", huge)
                                .add("favicon_document_id", text)
                                .add("pdf_header", "x".repeat(301))
                                .build())
                .expectProblem(400, "validation");
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .sorted()
                .toList();
        assertEquals(List.of("pdf_header", "secondary_color", "slug"), fields, problem.toString());

        problem = Api.put(
                        shop.path("/branding"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("primary_color", "#777777")
                                .add("font", "comic-sans")
                                .add("custom_domain", "192.168.0.10")
                                .add("logo_document_id", huge)
                                .add("favicon_document_id", text)
                                .build())
                .expectProblem(400, "validation");
        String errors = problem.getJsonArray("errors").toString();
        assertEquals(
                List.of("custom_domain", "favicon_document_id", "font", "logo_document_id", "primary_color"),
                problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .sorted()
                        .toList(),
                errors);
        assertTrue(errors.contains("4.47:1"), "the ratio is named: " + errors);
        assertTrue(errors.contains("not an IP address"), errors);
        assertTrue(errors.contains("524288 bytes"), "the logo's limit: " + errors);
        assertTrue(errors.contains("PNG or SVG"), errors);

        for (String domain : List.of("localhost", "-acme.example", "a..b.example", "[::1]")) {
            Api.put(
                            shop.path("/branding"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("custom_domain", domain)
                                    .build())
                    .expectProblem(400, "validation");
        }
        Api.put(
                        shop.path("/branding"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("logo_document_id", UUID.randomUUID().toString())
                                .build())
                .expectProblem(400, "validation");
        Api.put(
                        shop.path("/branding"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("favicon_document_id", document(shop, "big.png", png(600, 20, false)))
                                .build())
                .expectProblem(400, "validation");
        assertEquals(
                0,
                Api.get(shop.path("/branding"), shop.token()).expect(200).json().getInt("version"),
                "nothing written");
    }

    @Test
    void aSlugOrDomainBelongsToOneTenantAndAStaleVersionIsRefused() {
        Shop first = Buying.shop("Branding first");
        Shop second = Buying.shop("Branding second");
        String slug = unique("shared");
        String domain = slug + ".example.com";
        put(first, body().add("slug", slug).add("custom_domain", domain).build());

        JsonObject taken = Api.put(
                        second.path("/branding"),
                        second.token(),
                        body().add("custom_domain", domain).build())
                .expectProblem(409, "branding-address-taken");
        assertEquals("custom_domain", taken.getString("field"));
        assertEquals(
                "slug",
                Api.put(
                                second.path("/branding"),
                                second.token(),
                                body().add("slug", slug).build())
                        .expectProblem(409, "branding-address-taken")
                        .getString("field"));
        assertEquals(
                0,
                Api.get(second.path("/branding"), second.token())
                        .expect(200)
                        .json()
                        .getInt("version"));

        // Given up by the first tenant, the domain is free for the second; the first's old theme address is gone.
        put(first, body().add("slug", slug).build());
        put(second, body().add("custom_domain", domain).build());
        JsonObject theme = publicGet("/api/v1/branding/theme?domain=" + domain)
                .send()
                .expect(200)
                .json();
        assertEquals(second.tenantId().toString(), theme.getString("tenant"));

        JsonObject current =
                Api.get(first.path("/branding"), first.token()).expect(200).json();
        put(
                first,
                body().add("slug", slug)
                        .add("version", current.getInt("version"))
                        .build());
        JsonObject stale = Api.put(
                        first.path("/branding"),
                        first.token(),
                        body().add("slug", slug)
                                .add("version", current.getInt("version"))
                                .build())
                .expectProblem(409, "branding-changed");
        assertEquals(current.getInt("version") + 1, stale.getInt("current_version"));
    }

    @Test
    void theThemeHasDefaultsAndUnknownTenantsAreNotFound() {
        Shop shop = Buying.shop("Branding defaults");
        JsonObject theme = publicGet("/api/v1/branding/theme?tenant=" + shop.tenantId())
                .send()
                .expect(200)
                .json();
        assertEquals("Branding defaults", theme.getString("display_name"));
        assertEquals("system-ui", theme.getString("font"));
        assertEquals("#1F4E79", theme.getJsonObject("css_variables").getString("--procura-primary"));
        assertFalse(theme.containsKey("logo_url"), theme.toString());

        publicGet("/api/v1/branding/theme?tenant=" + unique("nobody")).send().expectProblem(404, "not-found");
        publicGet("/api/v1/branding/theme?tenant=" + UUID.randomUUID()).send().expectProblem(404, "not-found");
        publicGet("/api/v1/branding/theme?domain=nobody.example.org").send().expectProblem(404, "not-found");
        publicGet("/api/v1/branding/theme").send().expectProblem(400, "validation");
        publicGet("/api/v1/branding/theme?tenant=x&domain=y.example").send().expectProblem(400, "validation");
        publicGet("/api/v1/branding/theme?tenant=" + shop.tenantId() + "&format=xml")
                .send()
                .expectProblem(400, "validation");
        assertEquals(
                404,
                publicGet("/api/v1/branding/assets/" + shop.tenantId() + "/logo")
                        .sendForBytes()
                        .statusCode());
        assertEquals(
                404,
                publicGet("/api/v1/branding/assets/" + shop.tenantId() + "/banner")
                        .sendForBytes()
                        .statusCode());
    }

    @Test
    void pdfsAndEmailsOfTheTenantCarryItsBranding() throws Exception {
        Shop shop = Buying.shop("Branding letterhead");
        put(
                shop,
                body().add("display_name", "Letterhead Buying Co")
                        .add("pdf_header", "Strictly confidential")
                        .add("pdf_footer", "Letterhead Ltd registered office")
                        .add("email_header", "Hello from the procurement desk")
                        .add("email_footer", "Letterhead Ltd, 1 Main Street")
                        .build());
        UUID acme = Buying.supplier(shop, "ACME");
        JsonObject order = Buying.order(shop, acme, Buying.lines(Buying.line("LAP-14", "2", "1000.00", "23")));
        JsonObject pdf = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(
                        Conversions.builtIn(shop, "Purchase order (PDF)"),
                        "purchase_order",
                        List.of(order.getString("id"))));
        assertEquals("completed", pdf.getString("status"), pdf.toString());
        try (PDDocument document = Loader.loadPDF(Conversions.file(shop, shop.token(), pdf.getString("id")))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Letterhead Buying Co"), "the display name: " + text);
            assertTrue(text.contains("Strictly confidential"), "the PDF header: " + text);
            assertTrue(text.contains("Letterhead Ltd registered office"), "the PDF footer: " + text);
            assertTrue(text.contains(order.getString("number")), text);
        }

        JsonObject mail = Mailbox.await(
                shop.admin().account().email(), m -> Mailbox.subject(m).contains("ready"), Duration.ofSeconds(30));
        String raw = Mailbox.raw(mail);
        assertTrue(raw.contains("Letterhead Buying Co <"), "the sender's name: " + raw);
        assertTrue(raw.contains("Hello from the procurement desk"), "the email header: " + raw);
        assertTrue(raw.contains("Letterhead Ltd, 1 Main Street"), "the email footer: " + raw);
        assertTrue(raw.indexOf("Hello from the procurement desk") < raw.indexOf("Letterhead Ltd, 1 Main Street"), raw);
    }

    @Test
    void theControlDatabaseKnowsTheAddressesOfABranding() throws SQLException {
        Shop shop = Buying.shop("Branding addresses");
        String slug = unique("addr");
        put(
                shop,
                body().add("slug", slug)
                        .add("custom_domain", slug + ".example.net")
                        .build());
        assertEquals(
                List.of(slug + " " + slug + ".example.net"),
                ControlDb.strings(
                        "SELECT slug || ' ' || custom_domain FROM tenant_brand_addresses WHERE tenant_id = ?",
                        shop.tenantId()));
        put(shop, body().build());
        assertEquals(
                List.of("-"),
                ControlDb.strings(
                        "SELECT COALESCE(slug, '') || '-' || COALESCE(custom_domain, '') FROM tenant_brand_addresses"
                                + " WHERE tenant_id = ?",
                        shop.tenantId()));
    }
}

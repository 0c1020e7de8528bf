package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Element;
import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Labels of shipments and packages (made by the logistics capability, read through ShippingUnits):
 * a shipment gives one label per package, each an SSCC; a package holding one item also carries its
 * GTIN (02), count (37) and batch (10). Every symbol read back from the PDF and the PNGs.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelShipmentIT {

    private Shop shop;
    private String gtin;
    private String template;
    private JsonObject shipment;

    @BeforeAll
    void arrange() {
        shop = Labels.shop("Label shipments");
        Production.typeList(shop, "carrier", "dhl");
        Api.put(
                        shop.path("/logistics/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("gs1_company_prefix", "9506000")
                                .add("digital_link_base", "https://id.example.com")
                                .build())
                .expect(200);
        gtin = Labels.gtin(77);
        Labels.item(shop, "CRATE", gtin);
        Labels.item(shop, "PLAIN", null);
        Labels.lot(shop, "CRATE", "CR-01", "2027-06-30");
        String customer = Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "label-customer")
                                .add("legal_name", "Label Customer")
                                .add("currency", "EUR")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonArrayBuilder lines = Json.createArrayBuilder()
                .add(line("CRATE", "CR-01", "4", "P1"))
                .add(line("CRATE", "CR-01", "1", "P2"))
                .add(line("PLAIN", null, "2", "P2"));
        shipment = Api.post(
                        shop.path("/shipments"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("direction", "outbound")
                                .add("customer_id", customer)
                                .add("carrier", "dhl")
                                .add("tracking_number", "TRK-LABELS")
                                .add("lines", lines)
                                .add(
                                        "packages",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("number", "P1"))
                                                .add(Json.createObjectBuilder().add("number", "P2")))
                                .build())
                .expect(201)
                .json();
        template = Labels.singleLabelTemplate(shop, "Package 100x60", "https://id.example.com");
    }

    private static JsonObject line(String item, String lot, String quantity, String pkg) {
        var line = Json.createObjectBuilder()
                .add("item_code", item)
                .add("quantity", new BigDecimal(quantity))
                .add("package_number", pkg);
        if (lot != null) {
            line.add("lot_number", lot);
        }
        return line.build();
    }

    private List<JsonObject> packages() {
        return shipment.getJsonArray("packages").getValuesAs(JsonObject.class);
    }

    private List<List<Scans.Read>> scanned(JsonObject job, int labels) {
        JsonObject downloads = job.getJsonObject("downloads");
        List<BufferedImage> pages = Scans.pages(Labels.download(shop, downloads.getString("pdf"), "application/pdf"));
        assertEquals(labels, pages.size());
        var pngs = Labels.unzip(Labels.download(shop, downloads.getString("png_zip"), "application/zip"));
        List<List<Scans.Read>> reads = new java.util.ArrayList<>();
        for (int n = 1; n <= labels; n++) {
            reads.add(Scans.all(pages.get(n - 1)));
            reads.add(Scans.all(Scans.image(pngs.get(LabelPrinter.pngName(n)))));
        }
        return reads;
    }

    private static String only(List<Scans.Read> reads, BarcodeFormat format) {
        List<Scans.Read> found = Scans.of(reads, format);
        assertEquals(1, found.size(), format + " in " + reads);
        return found.get(0).text();
    }

    @Test
    void aShipmentGivesOneSsccLabelPerPackageAndASingleItemPackageCarriesItsContent() {
        JsonObject job = Labels.generated(
                shop,
                Labels.generate("shipment", Labels.strings(shipment.getString("id")), "gs1_128", "qr", "datamatrix")
                        .add("template_id", template)
                        .build());
        assertEquals(2, job.getInt("labels"));
        List<List<Scans.Read>> reads = scanned(job, 2);
        String ssccP1 = packages().get(0).getString("sscc");
        String ssccP2 = packages().get(1).getString("sscc");
        for (int i = 0; i < reads.size(); i++) {
            List<Scans.Read> symbols = reads.get(i);
            List<Gs1Element> fromLinear = Gs1.parse(only(symbols, BarcodeFormat.CODE_128));
            assertEquals(fromLinear, Gs1.parse(only(symbols, BarcodeFormat.DATA_MATRIX)));
            assertEquals(fromLinear, Gs1.parseDigitalLink(only(symbols, BarcodeFormat.QR_CODE)));
            if (i < 2) {
                assertEquals(
                        List.of(
                                new Gs1Element("00", ssccP1),
                                new Gs1Element("02", gtin),
                                new Gs1Element("37", "4"),
                                new Gs1Element("10", "CR-01")),
                        fromLinear.subList(0, 4));
                assertEquals(Gs1.checkDigit(ssccP1.substring(0, 17)), ssccP1.charAt(17) - '0');
            } else {
                assertEquals(List.of(new Gs1Element("00", ssccP2)), fromLinear, "a mixed package: its SSCC only");
            }
        }
    }

    @Test
    void aPackageGivesItsOwnLabelAndCode128OfItsSscc() {
        JsonObject pkg = packages().get(1);
        JsonObject job = Labels.generated(
                shop,
                Labels.generate("package", Labels.strings(pkg.getString("id")), "gs1_128", "code128")
                        .add("template_id", template)
                        .build());
        for (List<Scans.Read> symbols : scanned(job, 1)) {
            List<String> texts = Scans.of(symbols, BarcodeFormat.CODE_128).stream()
                    .map(Scans.Read::text)
                    .toList();
            assertTrue(texts.contains(pkg.getString("sscc")), texts.toString());
            assertTrue(texts.contains("]C100" + pkg.getString("sscc")), texts.toString());
        }
    }
}

package dev.procura.labels;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Element;
import dev.procura.platform.gs1.Gs1Exception;
import dev.procura.platform.logistics.ShippingUnits.Content;
import dev.procura.platform.logistics.ShippingUnits.ShippingUnit;
import dev.procura.platform.masters.ItemIdentities.Identity;
import dev.procura.platform.traceability.StockUnitLookup.Found;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The element strings and texts of a label, per subject: a package (or each package of a
 * shipment) is its SSCC (00), with its content (02) and count (37), batch (10) and expiry (17) when
 * it holds a single item; a lot is (01) GTIN (10) batch (17) expiry; a serial number (01) (21) and
 * its lot (10); an item (01). Without a GTIN (or an SSCC) a label has no GS1 element strings and
 * only its plain code can be printed.
 */
final class LabelContent {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int MAX_COUNT_DIGITS = 8;

    private LabelContent() {}

    static Label item(Identity item) {
        List<Gs1Element> elements = new ArrayList<>();
        addGtin(elements, "01", item);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("item_code", item.itemCode());
        put(texts, "description", item.description());
        return new Label(LabelSubject.ITEM.apiName(), item.itemCode(), item.itemCode(), elements, texts);
    }

    static Label lot(Found lot, Identity item) {
        List<Gs1Element> elements = new ArrayList<>();
        if (addGtin(elements, "01", item)) {
            elements.add(new Gs1Element("10", lot.number()));
            if (lot.expiresOn() != null) {
                elements.add(new Gs1Element("17", yymmdd(lot.expiresOn())));
            }
        }
        Map<String, String> texts = stockTexts(lot, item);
        texts.put("lot", lot.number());
        return new Label(LabelSubject.LOT.apiName(), lot.id().toString(), lot.number(), elements, texts);
    }

    static Label serial(Found serial, Identity item) {
        List<Gs1Element> elements = new ArrayList<>();
        if (addGtin(elements, "01", item)) {
            elements.add(new Gs1Element("21", serial.number()));
            if (serial.lotNumber() != null) {
                elements.add(new Gs1Element("10", serial.lotNumber()));
            }
        }
        Map<String, String> texts = stockTexts(serial, item);
        texts.put("serial", serial.number());
        put(texts, "lot", serial.lotNumber());
        return new Label(LabelSubject.SERIAL.apiName(), serial.id().toString(), serial.number(), elements, texts);
    }

    /** A package's label; {@code items} finds an item by code (null when unknown). */
    static Label shippingUnit(ShippingUnit unit, Function<String, Identity> items) {
        List<Gs1Element> elements = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        if (unit.sscc() != null && !unit.sscc().isBlank()) {
            elements.add(new Gs1Element("00", unit.sscc()));
            texts.put("sscc", unit.sscc());
        }
        List<Content> contents = unit.contents() == null ? List.of() : unit.contents();
        if (!elements.isEmpty() && contents.size() == 1) {
            Content content = contents.get(0);
            Identity item = content.itemCode() == null ? null : items.apply(content.itemCode());
            if (addGtin(elements, "02", item)) {
                String count = count(content.quantity());
                if (count != null) {
                    elements.add(new Gs1Element("37", count));
                }
                if (content.lotNumber() != null) {
                    elements.add(new Gs1Element("10", content.lotNumber()));
                }
                if (content.expiresOn() != null) {
                    elements.add(new Gs1Element("17", yymmdd(content.expiresOn())));
                }
            }
        }
        if (contents.size() == 1) {
            Content content = contents.get(0);
            put(texts, "item_code", content.itemCode());
            put(texts, "lot", content.lotNumber());
            put(texts, "serial", content.serialNumber());
            if (content.quantity() != null) {
                texts.put(
                        "quantity",
                        content.quantity().stripTrailingZeros().toPlainString()
                                + (content.unit() == null ? "" : " " + content.unit()));
            }
            if (content.expiresOn() != null) {
                texts.put("expiry", content.expiresOn().toString());
            }
        }
        put(texts, "shipment", unit.shipmentNumber());
        put(texts, "package", unit.packageNumber());
        put(texts, "party", unit.party());
        put(texts, "carrier", unit.carrier());
        put(texts, "tracking", unit.trackingNumber());
        String plain = unit.sscc() != null && !unit.sscc().isBlank() ? unit.sscc() : unit.packageNumber();
        return new Label(
                LabelSubject.PACKAGE.apiName(),
                unit.packageId().toString(),
                plain == null ? unit.packageId().toString() : plain,
                elements,
                texts);
    }

    /**
     * Why the label cannot carry GS1 symbols, or null when it can: it has no GS1 key, or its element
     * strings break GS1's rules (a lot number too long for AI 10, a bad check digit).
     */
    static String gs1Problem(Label label) {
        if (!label.hasGs1Key()) {
            return switch (label.subject()) {
                        case "package" -> "package " + label.plainCode() + " has no SSCC";
                        default ->
                            "item " + label.texts().getOrDefault("item_code", label.plainCode()) + " has no GTIN";
                    }
                    + ": only code128 can be printed";
        }
        try {
            Gs1.parse(Gs1.barcodeData(label.elements()));
            return null;
        } catch (Gs1Exception e) {
            return "not valid GS1 element strings: " + e.getMessage();
        }
    }

    /** Why Code 128 cannot print the plain code, or null when it can (printable ASCII, at most 80 characters). */
    static String code128Problem(Label label) {
        String code = label.plainCode();
        if (code.isEmpty() || code.length() > 80) {
            return "the code must have 1 to 80 characters for code128";
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 32 || c > 126) {
                return "the code " + code + " holds a character code128 cannot print";
            }
        }
        return null;
    }

    private static Map<String, String> stockTexts(Found unit, Identity item) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("item_code", unit.itemCode());
        if (item != null) {
            put(texts, "description", item.description());
        }
        if (unit.expiresOn() != null) {
            texts.put("expiry", unit.expiresOn().toString());
        }
        return texts;
    }

    private static boolean addGtin(List<Gs1Element> elements, String ai, Identity item) {
        if (item == null || item.gtin() == null || item.gtin().isBlank()) {
            return false;
        }
        elements.add(new Gs1Element(ai, Gs1.gtin14(item.gtin())));
        return true;
    }

    /** A whole count of at most 8 digits (AI 37), else null. */
    static String count(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            return null;
        }
        BigDecimal whole = quantity.stripTrailingZeros();
        if (whole.scale() > 0) {
            return null;
        }
        String digits = whole.toPlainString();
        return digits.length() <= MAX_COUNT_DIGITS ? digits : null;
    }

    static String yymmdd(LocalDate day) {
        return YYMMDD.format(day);
    }

    private static void put(Map<String, String> texts, String field, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(field, value);
        }
    }
}

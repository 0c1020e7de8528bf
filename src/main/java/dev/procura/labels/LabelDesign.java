package dev.procura.labels;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * How labels are laid out, as a template says: {@code page} {@code sheet} (an A4 sheet of
 * {@code columns} x {@code rows} labels) or {@code label} (one label per page of
 * {@code widthMm} x {@code heightMm}); the texts printed beside the symbols ({@code fields}), the
 * symbologies when a request names none, the GS1 Digital Link base URI of QR codes, and whether the
 * company's name heads each label.
 */
record LabelDesign(
        String name,
        String page,
        Integer columns,
        Integer rows,
        BigDecimal widthMm,
        BigDecimal heightMm,
        List<String> fields,
        List<String> symbologies,
        String digitalLinkBase,
        boolean showCompany) {

    static final String SHEET = "sheet";
    static final String LABEL = "label";
    static final String FIELDS =
            "description|item_code|lot|serial|expiry|quantity|sscc|shipment|package|party|carrier" + "|tracking";
    static final String DEFAULT_BASE = "https://id.procura.dev";

    /** The built-in template: an A4 sheet of 2 x 5 labels with the item, its lot or serial and expiry. */
    static final LabelDesign DEFAULT = new LabelDesign(
            "default",
            SHEET,
            2,
            5,
            null,
            null,
            List.of("description", "item_code", "lot", "serial", "expiry", "sscc", "party"),
            List.of(Symbology.GS1_128.apiName(), Symbology.QR.apiName()),
            DEFAULT_BASE,
            true);

    LabelDesign {
        fields = List.copyOf(fields);
        symbologies = List.copyOf(symbologies);
    }

    boolean isSheet() {
        return SHEET.equals(page);
    }

    String toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder().add("name", name).add("page", page);
        if (columns != null) {
            o.add("columns", columns).add("rows", rows);
        }
        if (widthMm != null) {
            o.add("width_mm", widthMm).add("height_mm", heightMm);
        }
        JsonArrayBuilder f = Json.createArrayBuilder();
        fields.forEach(f::add);
        JsonArrayBuilder s = Json.createArrayBuilder();
        symbologies.forEach(s::add);
        return o.add("fields", f)
                .add("symbologies", s)
                .add("digital_link_base", digitalLinkBase)
                .add("show_company", showCompany)
                .build()
                .toString();
    }

    static LabelDesign fromJson(String json) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        return new LabelDesign(
                o.getString("name"),
                o.getString("page"),
                o.containsKey("columns") ? o.getInt("columns") : null,
                o.containsKey("rows") ? o.getInt("rows") : null,
                o.containsKey("width_mm") ? o.getJsonNumber("width_mm").bigDecimalValue() : null,
                o.containsKey("height_mm") ? o.getJsonNumber("height_mm").bigDecimalValue() : null,
                o.getJsonArray("fields").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                o.getJsonArray("symbologies").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                o.getString("digital_link_base"),
                o.getBoolean("show_company"));
    }
}

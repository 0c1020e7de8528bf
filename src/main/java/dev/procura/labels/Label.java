package dev.procura.labels;

import dev.procura.platform.gs1.Gs1Element;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One label as resolved when it was asked for: its subject, the plain code Code 128 prints, the GS1
 * element strings (empty when the subject has no GS1 key, e.g. an item without GTIN) and the texts a
 * template may print beside the symbols. A job keeps its labels as JSON, so the job renders what
 * the caller was told about, whatever changes later.
 */
record Label(String subject, String subjectId, String plainCode, List<Gs1Element> elements, Map<String, String> texts) {

    Label {
        elements = List.copyOf(elements);
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    boolean hasGs1Key() {
        return !elements.isEmpty();
    }

    static String toJson(List<Label> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Label label : labels) {
            JsonArrayBuilder elements = Json.createArrayBuilder();
            label.elements()
                    .forEach(e ->
                            elements.add(Json.createArrayBuilder().add(e.ai()).add(e.value())));
            JsonObjectBuilder texts = Json.createObjectBuilder();
            label.texts().forEach(texts::add);
            array.add(Json.createObjectBuilder()
                    .add("subject", label.subject())
                    .add("subject_id", label.subjectId())
                    .add("plain_code", label.plainCode())
                    .add("elements", elements)
                    .add("texts", texts));
        }
        return array.build().toString();
    }

    static List<Label> fromJson(String json) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        List<Label> labels = new ArrayList<>(array.size());
        for (JsonObject o : array.getValuesAs(JsonObject.class)) {
            List<Gs1Element> elements = new ArrayList<>();
            for (JsonArray e : o.getJsonArray("elements").getValuesAs(JsonArray.class)) {
                elements.add(new Gs1Element(e.getString(0), e.getString(1)));
            }
            Map<String, String> texts = new LinkedHashMap<>();
            o.getJsonObject("texts").forEach((k, v) -> texts.put(k, ((JsonString) v).getString()));
            labels.add(new Label(
                    o.getString("subject"), o.getString("subject_id"), o.getString("plain_code"), elements, texts));
        }
        return labels;
    }
}

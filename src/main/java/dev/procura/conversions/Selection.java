package dev.procura.conversions;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which records a conversion converts: these ids in this order, or every record the filter selects in key order. */
public record Selection(List<UUID> ids, Map<String, String> filter) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public Selection {
        ids = ids == null ? null : List.copyOf(ids);
        filter = filter == null ? Map.of() : Map.copyOf(filter);
    }

    boolean isByIds() {
        return ids != null;
    }

    String toJson() {
        return JSON.toJson(this);
    }

    static Selection fromJson(String json) {
        return JSON.fromJson(json, Selection.class);
    }
}

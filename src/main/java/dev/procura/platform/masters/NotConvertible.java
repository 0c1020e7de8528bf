package dev.procura.platform.masters;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/** No global or item conversion leads from one unit of measure to another: a 400. */
public final class NotConvertible extends Failure {

    private final Map<String, Object> facts;

    public NotConvertible(String itemCode, String fromUnit, String toUnit, String why) {
        super(
                Kind.INVALID,
                ProblemType.UNIT_NOT_CONVERTIBLE,
                "Cannot convert " + fromUnit + " to " + toUnit + (itemCode == null ? "" : " for item " + itemCode)
                        + ": " + why);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("from", fromUnit);
        found.put("to", toUnit);
        if (itemCode != null) {
            found.put("item_code", itemCode);
        }
        this.facts = Map.copyOf(found);
    }

    @Override
    public Map<String, Object> facts() {
        return facts;
    }
}

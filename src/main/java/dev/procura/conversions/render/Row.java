package dev.procura.conversions.render;

import java.util.List;
import java.util.Map;

/**
 * One record to render: its values by column key and, when the sheet has line columns, its lines'
 * values by line column key. A value is null, a String, a BigDecimal, a Long, a Boolean, a
 * LocalDate or an Instant (shown in the sheet's zone).
 */
public record Row(Map<String, Object> values, List<Map<String, Object>> lines) {

    public Row {
        lines = lines == null ? List.of() : lines;
    }
}

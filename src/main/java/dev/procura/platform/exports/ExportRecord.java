package dev.procura.platform.exports;

import java.util.List;
import java.util.Map;

/**
 * One record read for an export: the unique key it is ordered by (a document number, a supplier
 * code), its values by field key and its lines' values (empty for a source without lines). Values
 * are null, String, Long, BigDecimal, Boolean, LocalDate or Instant.
 */
public record ExportRecord(String key, Map<String, Object> values, List<Map<String, Object>> lines) {}

package dev.procura.items;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an items import row into the request the API takes ({@link ItemRequests.Define}), so the
 * same Bean Validation and rules check it. Columns are the request's fields, with the standard
 * cost split in {@code standard_cost_amount} and {@code standard_cost_currency}, the item's own
 * conversions as {@code box=12|pallet=480}, and custom fields as {@code cf.<key>}. Plant data is
 * not imported (an update keeps it).
 */
final class ItemImportRows {

    static final List<String> COLUMNS = List.of(
            "code",
            "description",
            "type",
            "base_unit",
            "category",
            "default_supplier_id",
            "lead_time_days",
            "standard_cost_amount",
            "standard_cost_currency",
            "tax_code",
            "lot_tracked",
            "serial_tracked",
            "inspection_required",
            "conversions",
            "active");

    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0");

    /** The request (null when a cell could not be read), the custom field cells, and the errors. */
    record Parsed(ItemRequests.Define request, Map<String, Object> customFields, List<FieldError> errors) {}

    private ItemImportRows() {}

    static Parsed parse(ImportTable.Row row) {
        Map<String, String> cells = row.cells();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> custom = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            if (column.startsWith("cf.") || column.startsWith("cf_")) {
                if (custom == null) {
                    custom = new LinkedHashMap<>();
                }
                custom.put(column.substring(3), cell.getValue());
            } else if (!KNOWN.contains(column)) {
                errors.add(new FieldError(column, "is not a column; columns are " + COLUMNS + " and cf.<key>"));
            }
        }
        UUID supplier = uuid(cells, "default_supplier_id", errors);
        Integer leadTime = integer(cells, "lead_time_days", errors);
        BigDecimal amount = decimal(cells, "standard_cost_amount", errors);
        String currency = cells.get("standard_cost_currency");
        if ((amount == null) != (currency == null)
                && !errors.stream().anyMatch(e -> e.field().startsWith("standard"))) {
            errors.add(new FieldError(
                    amount == null ? "standard_cost_amount" : "standard_cost_currency",
                    "standard_cost_amount and standard_cost_currency go together"));
        }
        Boolean lot = flag(cells, "lot_tracked", errors);
        Boolean serial = flag(cells, "serial_tracked", errors);
        Boolean inspection = flag(cells, "inspection_required", errors);
        Boolean active = flag(cells, "active", errors);
        List<ItemRequests.Conversion> conversions = conversions(cells.get("conversions"), errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, custom, errors);
        }
        ItemRequests.Define request = new ItemRequests.Define(
                cells.get("code"),
                cells.get("description"),
                cells.get("type") == null ? null : cells.get("type").toLowerCase(Locale.ROOT),
                cells.get("base_unit"),
                cells.get("category"),
                supplier,
                leadTime,
                amount == null ? null : new ItemRequests.StandardCost(amount, currency),
                cells.get("tax_code"),
                null,
                lot,
                serial,
                inspection,
                null,
                conversions,
                custom,
                active);
        return new Parsed(request, custom, errors);
    }

    /** The column an error of the request (or of the rules) is about. */
    static String column(String field) {
        if (field.startsWith("standard_cost.")) {
            return "standard_cost_" + field.substring("standard_cost.".length());
        }
        if (field.startsWith("conversions")) {
            return "conversions";
        }
        if (field.startsWith("custom_fields.")) {
            return "cf." + field.substring("custom_fields.".length());
        }
        return field;
    }

    static List<FieldError> inColumns(List<FieldError> errors) {
        return errors.stream()
                .map(e -> new FieldError(column(e.field()), e.message()))
                .toList();
    }

    private static List<ItemRequests.Conversion> conversions(String text, List<FieldError> errors) {
        List<ItemRequests.Conversion> conversions = new ArrayList<>();
        if (text == null) {
            return conversions;
        }
        for (String part : text.split("\\|", -1)) {
            if (part.isBlank()) {
                continue;
            }
            int at = part.indexOf('=');
            try {
                if (at < 1) {
                    throw new NumberFormatException(part);
                }
                conversions.add(new ItemRequests.Conversion(
                        part.substring(0, at).strip(),
                        new BigDecimal(part.substring(at + 1).strip())));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(
                        "conversions", "must be unit=factor pairs separated by '|', e.g. box=12|pallet=480"));
                return conversions;
            }
        }
        return conversions;
    }

    private static UUID uuid(Map<String, String> cells, String column, List<FieldError> errors) {
        String text = cells.get(column);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "must be a UUID"));
            return null;
        }
    }

    private static Integer integer(Map<String, String> cells, String column, List<FieldError> errors) {
        String text = cells.get(column);
        try {
            return text == null ? null : new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(new FieldError(column, "must be a whole number"));
            return null;
        }
    }

    private static BigDecimal decimal(Map<String, String> cells, String column, List<FieldError> errors) {
        String text = cells.get(column);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "must be a number"));
            return null;
        }
    }

    private static Boolean flag(Map<String, String> cells, String column, List<FieldError> errors) {
        String text = cells.get(column);
        if (text == null) {
            return null;
        }
        String flag = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(flag)) {
            return true;
        }
        if (FALSE.contains(flag)) {
            return false;
        }
        errors.add(new FieldError(column, "must be true or false"));
        return null;
    }
}

package dev.procura.procurement;

import dev.procura.documents.DocumentService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.security.Caller;
import dev.procura.platform.web.JsonNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads document lines from an uploaded CSV, XLSX or JSON document whose columns are the JSON line
 * fields. Every row is checked with the same rules as a JSON body; problems are reported as
 * {@code rows[n].field}, n counting data rows from 1, and nothing is created if any row is wrong.
 */
@ApplicationScoped
public class LineImport {

    /** Rows of one file; {@code rows.get(i)} is the file's row number of {@code lines.get(i)}. */
    public record Imported(List<LineRequest> lines, List<Integer> rows) {

        /** Renames a pricing problem on {@code lines[i]} to the file row it came from. */
        public Failure.InvalidInput onRows(Failure.InvalidInput problem) {
            List<FieldError> renamed = new ArrayList<>();
            for (FieldError error : problem.errors()) {
                Matcher at = LINE_INDEX.matcher(error.field());
                renamed.add(
                        at.lookingAt()
                                ? new FieldError(
                                        "rows[" + rows.get(Integer.parseInt(at.group(1))) + "]"
                                                + error.field().substring(at.end()),
                                        error.message())
                                : error);
            }
            return new Failure.InvalidInput(renamed);
        }
    }

    static final int MAX_ROWS = 500;
    private static final Pattern LINE_INDEX = Pattern.compile("lines\\[(\\d+)]");
    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]");
    private static final List<String> DECIMALS = List.of("quantity", "unit_price", "tax_rate");

    @Inject
    DocumentService documents;

    @Inject
    Validator validator;

    public Imported read(Caller caller, UUID documentId) {
        DocumentService.Content content;
        try {
            content = documents.content(caller, documentId);
        } catch (Failure.NotFound e) {
            throw new Failure.InvalidInput("document_id", "is not a document of this tenant");
        }
        List<ImportTable.Row> rows;
        try (InputStream stream = content.stream()) {
            rows = ImportTable.read(stream, content.mimeType(), MAX_ROWS);
        } catch (ImportTable.Unreadable e) {
            throw new Failure.InvalidInput("document_id", "cannot be read as lines: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines(rows);
    }

    Imported lines(List<ImportTable.Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<LineRequest> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (ImportTable.Row row : rows) {
            String at = "rows[" + row.number() + "].";
            LineRequest line = line(row.cells(), at, errors);
            for (ConstraintViolation<LineRequest> violation : validator.validate(line)) {
                String field = JsonNames.snakeCase(violation.getPropertyPath().toString());
                if (errors.stream().noneMatch(e -> e.field().equals(at + field))) {
                    errors.add(new FieldError(at + field, violation.getMessage()));
                }
            }
            lines.add(line);
            numbers.add(row.number());
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError(
                    "document_id", "has no rows; the first row names the columns: " + LineRequest.FIELDS));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field, LineImport::rowOrder));
            throw new Failure.InvalidInput(errors);
        }
        return new Imported(lines, numbers);
    }

    private static LineRequest line(Map<String, String> cells, String at, List<FieldError> errors) {
        cells.keySet().stream()
                .filter(column -> !LineRequest.FIELDS.contains(column))
                .sorted()
                .forEach(column -> errors.add(
                        new FieldError(at + column, "is not a line field; columns are " + LineRequest.FIELDS)));
        List<BigDecimal> numbers = new ArrayList<>();
        for (String column : DECIMALS) {
            String value = cells.get(column);
            BigDecimal number = null;
            if (value != null) {
                try {
                    number = new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(at + column, "must be a number"));
                }
            }
            numbers.add(number);
        }
        return new LineRequest(
                cells.get("item_code"),
                cells.get("description"),
                numbers.get(0),
                cells.get("unit"),
                numbers.get(1),
                numbers.get(2),
                cells.get("tax_code"),
                cells.get("currency"));
    }

    /** rows[2] before rows[10]: by row number, then by field. */
    private static int rowOrder(String a, String b) {
        Matcher ma = ROW.matcher(a);
        Matcher mb = ROW.matcher(b);
        if (ma.lookingAt() && mb.lookingAt()) {
            int byRow = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
            return byRow != 0 ? byRow : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}

package dev.procura.platform.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The text of a sheet cell as stored, never as displayed: numbers exact and unformatted (12.5, 3, 0.1),
 * date-formatted numbers as ISO dates, booleans as true/false, formulas as their cached result.
 */
final class XlsxCells {

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;

    XlsxCells(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** A {@code <c>} element as read so far: its type and style attributes, its {@code <v>} or inline text. */
    static final class Cell {

        final int column;
        final String type;
        final String style;
        final StringBuilder inline = new StringBuilder();
        String value;

        Cell(int column, String type, String style) {
            this.column = column;
            this.type = type == null ? "n" : type;
            this.style = style;
        }
    }

    String text(Cell cell) {
        if (cell.type.equals("inlineStr")) {
            return cell.inline.toString();
        }
        if (cell.value == null) {
            return null;
        }
        return switch (cell.type) {
            case "s" -> strings.getItemAt(Integer.parseInt(cell.value)).getString();
            case "b" -> String.valueOf("1".equals(cell.value));
            case "n" -> number(Double.parseDouble(cell.value), cell.style);
            // "str": a formula's text result; "e": an error such as #DIV/0!; "d": an ISO 8601 date.
            default -> cell.value;
        };
    }

    private String number(double value, String style) {
        if (isDateFormatted(style) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? at.toLocalDate().toString()
                    : at.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private boolean isDateFormatted(String style) {
        if (style == null || styles == null) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
        return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }
}

package dev.procura.conversions.render;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, made once: a workbook holds at most 64,000 styles, not one per cell. */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle totalLabel;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        totalLabel = header;
        DataFormat formats = workbook.createDataFormat();
        integer = numberStyle(workbook, formats, "#,##0");
        decimal = numberStyle(workbook, formats, "#,##0.00####");
        money = numberStyle(workbook, formats, "#,##0.00");
        percent = numberStyle(workbook, formats, "0.00%");
        date = numberStyle(workbook, formats, "yyyy-mm-dd");
        dateTime = numberStyle(workbook, formats, "yyyy-mm-dd hh:mm");
    }

    private static CellStyle numberStyle(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** The style of a number or date cell of a column; null for the default (text, booleans). */
    CellStyle of(ValueFormat format) {
        return switch (format) {
            case INTEGER -> integer;
            case DECIMAL -> decimal;
            case MONEY -> money;
            case PERCENT -> percent;
            case DATE -> date;
            case DATETIME -> dateTime;
            default -> null;
        };
    }
}

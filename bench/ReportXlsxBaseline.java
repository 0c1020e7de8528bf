import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The baseline of bench/reports.sh: the same rows as the benchmark's report (order number, supplier
 * code, order date, line, item code, quantity, unit price, net amount) written with a bare
 * SXSSFWorkbook (window 100, one date and one number style, a header row) to a file; the values
 * are generated as they are written, as the report's come from the database. Prints rows/s and
 * seconds. Usage: java ReportXlsxBaseline ROWS FILE
 */
public final class ReportXlsxBaseline {

    private ReportXlsxBaseline() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        String[] header = {"Number", "Supplier code", "Order date", "Line", "Item code", "Quantity", "Unit price",
            "Net amount"};
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Order lines");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            SXSSFRow head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            LocalDate today = LocalDate.now();
            for (int r = 0; r < rows; r++) {
                int order = r / 5 + 1;
                SXSSFRow row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("PO-B" + order);
                row.createCell(1).setCellValue("BS-" + (1 + order % 100));
                Cell day = row.createCell(2);
                day.setCellValue(today.minusDays(order % 365));
                day.setCellStyle(date);
                row.createCell(3).setCellValue(r % 5 + 1);
                row.createCell(4).setCellValue("ITEM-" + r % 5);
                row.createCell(5).setCellValue(10.0);
                Cell price = row.createCell(6);
                price.setCellValue(10.0);
                price.setCellStyle(money);
                Cell net = row.createCell(7);
                net.setCellValue(100.0);
                net.setCellStyle(money);
            }
            workbook.write(out);
            workbook.dispose();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.0f %.3f%n", rows / seconds, seconds);
    }
}

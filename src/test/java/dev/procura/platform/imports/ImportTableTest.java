package dev.procura.platform.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportTableTest {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Path SAMPLES = Path.of("samples/imports");

    @Test
    void readsCsvJsonXlsxAndPlainTextAsCsv() {
        assertEquals(Set.of("text/csv", "text/plain", "application/json", XLSX), ImportTable.MIME_TYPES);
    }

    @Test
    void columnNamesAreTrimmedLowerCasedWithSpacesAndHyphensAsUnderscores() throws Exception {
        List<Row> rows = csv(" Item Code ,Unit-Price,TAX \t rate,unit - of measure,item_code_2\nA,1,2,3,4\n");

        assertEquals(
                Map.of(
                        "item_code",
                        "A",
                        "unit_price",
                        "1",
                        "tax_rate",
                        "2",
                        "unit_of_measure",
                        "3",
                        "item_code_2",
                        "4"),
                rows.get(0).cells());
    }

    @Test
    void valuesAreTrimmedAndBlankValuesAreAbsent() throws Exception {
        List<Row> rows = csv("item_code,description,quantity\n  A-1  ,   ,3\n");

        assertEquals(Map.of("item_code", "A-1", "quantity", "3"), rows.get(0).cells());
    }

    @Test
    void cellsKeepTheColumnOrderAndCannotBeChanged() throws Exception {
        Row row = csv("c,a,b\n3,1,2\n").get(0);

        assertEquals(List.of("c", "a", "b"), List.copyOf(row.cells().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> row.cells().put("d", "4"));
    }

    @Test
    void mimeTypeParametersAndCaseAreIgnoredAndPlainTextIsReadAsCsv() throws Exception {
        byte[] table = "a\n1\n".getBytes(UTF_8);

        assertEquals(1, read(table, "Text/CSV; charset=UTF-8", 10).size());
        assertEquals(1, read(table, "text/plain", 10).size());
    }

    @Test
    void otherTypesAreUnreadable() {
        assertEquals(
                "Files of type application/pdf cannot be imported: use CSV, XLSX or JSON",
                unreadable("%PDF-1.7".getBytes(UTF_8), "application/pdf").getMessage());
        assertEquals(
                "Files of type (none) cannot be imported: use CSV, XLSX or JSON",
                unreadable("a\n1".getBytes(UTF_8), null).getMessage());
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        boolean[] closed = {false};
        InputStream content = new ByteArrayInputStream("[{\"a\":1}]".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ImportTable.read(content, JSON, 10);

        assertFalse(closed[0]);
    }

    @Test
    void aFailingStreamThrowsItsIOException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        for (String type : List.of(CSV, JSON, XLSX)) {
            assertEquals(
                    "connection reset",
                    assertThrows(IOException.class, () -> ImportTable.read(failing, type, 10))
                            .getMessage());
        }
    }

    @Test
    void csvQuotedValuesMayHoldDelimitersQuotesAndLineBreaks() throws Exception {
        List<Row> rows = csv("item_code,description,unit_price\r\n"
                + "A-1,\"Paper, A4 \"\"premium\"\"\",4.5\r\n"
                + "A-2, \"Toner\nblack\" ,19\r\n");

        assertEquals(
                Map.of("item_code", "A-1", "description", "Paper, A4 \"premium\"", "unit_price", "4.5"),
                rows.get(0).cells());
        assertEquals("Toner\nblack", rows.get(1).cells().get("description"));
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void csvByteOrderMarkIsNotPartOfTheFirstColumn() throws Exception {
        byte[] table = "\uFEFFitem_code,quantity\nA-1,2\n".getBytes(UTF_8);

        assertEquals(
                Map.of("item_code", "A-1", "quantity", "2"),
                read(table, CSV, 10).get(0).cells());
    }

    @Test
    void csvHeaderWithSemicolonsAndNoCommaSplitsOnSemicolons() throws Exception {
        List<Row> rows = csv("item_code;description;unit_price\nA-1;\"Paper; A4\";4,50\n");

        assertEquals(
                Map.of("item_code", "A-1", "description", "Paper; A4", "unit_price", "4,50"),
                rows.get(0).cells());
    }

    @Test
    void csvHeaderWithCommasSplitsOnCommasEvenWhenItAlsoHasSemicolons() throws Exception {
        List<Row> rows = csv("item_code,note;remark\nA-1,x;y\n");

        assertEquals(
                Map.of("item_code", "A-1", "note;remark", "x;y"), rows.get(0).cells());
    }

    @Test
    void csvHeaderIsTheFirstNonBlankLineAndBlankRowsKeepTheirNumber() throws Exception {
        List<Row> rows = csv("\n ,\nitem_code,quantity\nA-1,1\n\n,\nA-2,2\n");

        assertEquals(2, rows.size());
        assertEquals(1, rows.get(0).number());
        assertEquals(4, rows.get(1).number());
        assertEquals("A-2", rows.get(1).cells().get("item_code"));
    }

    @Test
    void csvRowWithAValueBeyondTheLastColumnIsUnreadableNamingTheRow() {
        assertEquals(
                "Row 2 has more values than the header has columns (2)",
                unreadable("item_code,description\nA-1,Paper\nA-2,Paper, A4\n", CSV)
                        .getMessage());
    }

    @Test
    void csvRowsMayBeShorterOrPaddedWithEmptyValues() throws Exception {
        List<Row> rows = csv("a,b,c\n1\n1,2,3,,\n");

        assertEquals(Map.of("a", "1"), rows.get(0).cells());
        assertEquals(Map.of("a", "1", "b", "2", "c", "3"), rows.get(1).cells());
    }

    @Test
    void columnThatNormalizesToAnotherIsUnreadableNamingIt() {
        assertEquals(
                "Column \"unit_price\" appears twice in the header (\"Unit Price\" and \"unit-price\")",
                unreadable("item_code,Unit Price,unit-price\nA,1,2\n", CSV).getMessage());
    }

    @Test
    void headerCellWithoutANameIsUnreadable() {
        assertEquals(
                "Column 2 of the header has no name",
                unreadable("item_code, ,quantity\nA,,1\n", CSV).getMessage());
    }

    @Test
    void fileWithoutAHeaderIsUnreadableAndAHeaderAloneHasNoRows() throws Exception {
        assertEquals("The file has no header row", unreadable("", CSV).getMessage());
        assertEquals("The file has no header row", unreadable("\n,,\n", CSV).getMessage());
        assertEquals(List.of(), csv("item_code,quantity\n"));
    }

    @Test
    void csvWithAnUnclosedQuoteIsUnreadable() {
        assertTrue(unreadable("a,b\n1,\"open\n", CSV).getMessage().startsWith("The file is not valid CSV: "));
    }

    @Test
    void binaryOrNonUtf8FilesSentAsCsvAreUnreadable() throws Exception {
        byte[] pdf = {
            '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3
        };

        assertEquals("The file is not UTF-8 text", unreadable(pdf, CSV).getMessage());
        assertEquals(
                "The file is not UTF-8 text",
                unreadable("a\nCafé\n".getBytes(ISO_8859_1), CSV).getMessage());
        assertEquals(
                "The file is not UTF-8 text",
                unreadable(xlsx(sheet -> cells(sheet, 0, "a")), CSV).getMessage());
        assertEquals(
                "The file is not CSV text: it holds control characters",
                unreadable("a,b\n1,\u0000\u0001\n", CSV).getMessage());
    }

    @Test
    void rowsBeyondTheLimitAreUnreadableInEveryFormat() throws Exception {
        String csv = "a\n1\n\n2\n3\n";
        byte[] json = "[{\"a\":1},{},{\"a\":2},{\"a\":3}]".getBytes(UTF_8);
        byte[] xlsx = xlsx(sheet -> {
            cells(sheet, 0, "a");
            for (int i = 1; i <= 4; i++) {
                cells(sheet, i, i);
            }
        });

        assertEquals(3, read(csv.getBytes(UTF_8), CSV, 3).size());
        assertEquals(
                "The file has more than 2 rows",
                unreadable(csv.getBytes(UTF_8), CSV, 2).getMessage());
        assertEquals(3, read(json, JSON, 3).size());
        assertEquals("The file has more than 2 rows", unreadable(json, JSON, 2).getMessage());
        assertEquals(4, read(xlsx, XLSX, 4).size());
        assertEquals("The file has more than 3 rows", unreadable(xlsx, XLSX, 3).getMessage());
        assertEquals(
                "The file has more than 0 rows",
                unreadable(csv.getBytes(UTF_8), CSV, 0).getMessage());
    }

    @Test
    void xlsxNumbersComeOutExactAndUnformatted() throws Exception {
        byte[] file = xlsx(sheet -> {
            cells(sheet, 0, "quantity", "unit_price", "tax_rate", "discount", "big");
            cells(sheet, 1, 3, 12.5, 0.1, 0.0, 1234567.0);
            CellStyle money = sheet.getWorkbook().createCellStyle();
            money.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.00 \"EUR\""));
            sheet.getRow(1).getCell(1).setCellStyle(money);
            sheet.getRow(1).getCell(4).setCellStyle(money);
        });

        assertEquals(
                Map.of("quantity", "3", "unit_price", "12.5", "tax_rate", "0.1", "discount", "0", "big", "1234567"),
                read(file, XLSX, 10).get(0).cells());
    }

    @Test
    void xlsxDateCellsComeOutAsIsoDatesWhateverTheirFormat() throws Exception {
        byte[] file = xlsx(sheet -> {
            cells(sheet, 0, "delivery_date", "quoted_at");
            cells(sheet, 1, 0, 0);
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.getRow(1).getCell(0).setCellValue(LocalDate.of(2026, 11, 21));
            sheet.getRow(1).getCell(0).setCellStyle(date);
            sheet.getRow(1).getCell(1).setCellValue(LocalDateTime.of(2026, 11, 21, 14, 30));
            sheet.getRow(1).getCell(1).setCellStyle(date);
        });

        assertEquals(
                Map.of("delivery_date", "2026-11-21", "quoted_at", "2026-11-21T14:30"),
                read(file, XLSX, 10).get(0).cells());
    }

    @Test
    void xlsxBooleansAreTrueOrFalseAndFormulasGiveTheirCachedValue() throws Exception {
        byte[] file = xlsx(sheet -> {
            cells(sheet, 0, "quantity", "unit_price", "total", "label", "taxable");
            cells(sheet, 1, 4, 2.5, 0, 0, true);
            sheet.getRow(1).getCell(2).setCellFormula("A2*B2");
            sheet.getRow(1).getCell(3).setCellFormula("\"Box \"&A2");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertEquals(
                Map.of("quantity", "4", "unit_price", "2.5", "total", "10", "label", "Box 4", "taxable", "true"),
                read(file, XLSX, 10).get(0).cells());
    }

    @Test
    void xlsxHeaderIsTheFirstNonEmptyRowAndBlankRowsKeepTheirNumber() throws Exception {
        byte[] file = xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("   ");
            cells(sheet, 2, " Item Code", "Unit-Price");
            cells(sheet, 3, "  A-1 ", 4.5);
            sheet.createRow(4).createCell(1).setBlank();
            cells(sheet, 6, "A-2", 19);
        });

        List<Row> rows = read(file, XLSX, 10);

        assertEquals(
                List.of(
                        new Row(1, Map.of("item_code", "A-1", "unit_price", "4.5")),
                        new Row(4, Map.of("item_code", "A-2", "unit_price", "19"))),
                rows);
    }

    @Test
    void xlsxInlineStringsAreReadLikeSharedOnes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            cells(sheet, 0, "item_code", "quantity");
            cells(sheet, 1, "A-1", 2);
            workbook.write(out);
        }

        assertEquals(
                Map.of("item_code", "A-1", "quantity", "2"),
                read(out.toByteArray(), XLSX, 10).get(0).cells());
    }

    @Test
    void xlsxReadsOnlyTheFirstSheet() throws Exception {
        byte[] file = xlsx(sheet -> {
            cells(sheet, 0, "item_code");
            cells(sheet, 1, "A-1");
            Sheet other = sheet.getWorkbook().createSheet("Notes");
            cells(other, 0, "note");
            cells(other, 1, "ignore me");
        });

        assertEquals(List.of(new Row(1, Map.of("item_code", "A-1"))), read(file, XLSX, 10));
    }

    @Test
    void xlsxHeaderAndRowFaultsAreUnreadableLikeInCsv() throws Exception {
        byte[] beyond = xlsx(sheet -> {
            cells(sheet, 0, "item_code", "quantity");
            cells(sheet, 1, "A-1", 1, "extra");
        });
        byte[] duplicate = xlsx(sheet -> cells(sheet, 0, "Item Code", "item-code"));
        byte[] gap = xlsx(sheet -> {
            cells(sheet, 0, "item_code", "", "quantity");
            cells(sheet, 1, "A-1", "", 1);
        });
        byte[] empty = xlsx(sheet -> sheet.createRow(3));

        assertEquals(
                "Row 1 has more values than the header has columns (2)",
                unreadable(beyond, XLSX).getMessage());
        assertEquals(
                "Column \"item_code\" appears twice in the header (\"Item Code\" and \"item-code\")",
                unreadable(duplicate, XLSX).getMessage());
        assertEquals("Column 2 of the header has no name", unreadable(gap, XLSX).getMessage());
        assertEquals(
                "The first sheet has no header row", unreadable(empty, XLSX).getMessage());
    }

    @Test
    void filesThatAreNotXlsxWorkbooksAreUnreadable() throws Exception {
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(UTF_8));
        }

        for (byte[] file : List.of(
                "item_code\nA-1\n".getBytes(UTF_8),
                new byte[0],
                plainZip.toByteArray(),
                "%PDF-1.7\n".getBytes(UTF_8))) {
            Unreadable e = unreadable(file, XLSX);
            assertEquals("The file is not a readable XLSX workbook", e.getMessage());
        }
    }

    @Test
    void xlsxZipBombIsUnreadable() throws Exception {
        byte[] file = xlsx(sheet -> cells(sheet, 0, "item_code"));
        byte[] bomb = rewriteEntry(
                file,
                "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</sheetData>", " ".repeat(5_000_000) + "</sheetData>"));

        Unreadable e = unreadable(bomb, XLSX);

        assertEquals("The file is not a readable XLSX workbook", e.getMessage());
        assertInstanceOf(IOException.class, rootCause(e));
    }

    @Test
    void jsonArrayOfObjectsIsNumberedFromOneByArrayIndex() throws Exception {
        List<Row> rows =
                json("[{\"Item Code\": \" A-1 \", \"quantity\": 2}, {}, {\"item_code\": \"A-2\", \"note\": \" \"}]");

        assertEquals(
                List.of(
                        new Row(1, Map.of("item_code", "A-1", "quantity", "2")),
                        new Row(3, Map.of("item_code", "A-2"))),
                rows);
    }

    @Test
    void jsonObjectWithALinesArrayIsReadAndItsOtherMembersIgnored() throws Exception {
        List<Row> rows = json("{\"supplier\": {\"name\": \"Acme\", \"tags\": [1, [2]]}, \"notes\": [{\"x\": 1}],"
                + " \"lines\": [{\"item_code\": \"A-1\"}], \"total\": 5}");

        assertEquals(List.of(new Row(1, Map.of("item_code", "A-1"))), rows);
    }

    @Test
    void jsonNumbersAreExactAndPlain() throws Exception {
        Row row = json("[{\"a\": 12.50, \"b\": 1e2, \"c\": 0.1, \"d\": 1E-3, \"e\": -0, \"f\": 3,"
                        + " \"g\": 123456789012345678901234567890.123456789, \"h\": 1e999999999}]")
                .get(0);

        assertEquals(
                Map.of(
                        "a",
                        "12.50",
                        "b",
                        "100",
                        "c",
                        "0.1",
                        "d",
                        "0.001",
                        "e",
                        "0",
                        "f",
                        "3",
                        "g",
                        "123456789012345678901234567890.123456789",
                        "h",
                        "1E+999999999"),
                row.cells());
    }

    @Test
    void jsonIsUtf8WithOrWithoutByteOrderMark() throws Exception {
        byte[] withMark = "\uFEFF[{\"description\": \"Café crème\"}]".getBytes(UTF_8);

        assertEquals(
                Map.of("description", "Café crème"),
                read(withMark, JSON, 10).get(0).cells());
        assertEquals(
                "The file is not UTF-8 text",
                unreadable("[{\"description\": \"Café\"}]".getBytes(ISO_8859_1), JSON)
                        .getMessage());
    }

    @Test
    void jsonBooleansAreTrueOrFalseAndNullIsAbsent() throws Exception {
        Row row =
                json("[{\"taxable\": true, \"sample\": false, \"note\": null}]").get(0);

        assertEquals(Map.of("taxable", "true", "sample", "false"), row.cells());
    }

    @Test
    void jsonNestedValueIsUnreadableNamingRowAndField() {
        assertEquals(
                "Row 2, field \"unit_price\": a nested object or array is not a value",
                unreadable("[{\"a\": 1}, {\"Unit Price\": {\"amount\": 1}}]", JSON)
                        .getMessage());
        assertEquals(
                "Row 1, field \"tags\": a nested object or array is not a value",
                unreadable("{\"lines\": [{\"tags\": []}]}", JSON).getMessage());
    }

    @Test
    void jsonFieldsThatNormalizeToTheSameNameAreUnreadable() {
        assertEquals(
                "Row 1 has field \"unit_price\" twice (\"Unit Price\" and \"unit_price\")",
                unreadable("[{\"Unit Price\": 1, \"unit_price\": 2}]", JSON).getMessage());
        assertEquals(
                "Row 1 has field \"a\" twice (\"a\" and \"a\")",
                unreadable("[{\"a\": 1, \"a\": 2}]", JSON).getMessage());
        assertEquals(
                "Row 1 has a field without a name",
                unreadable("[{\" \": 1}]", JSON).getMessage());
    }

    @Test
    void jsonOfAnotherShapeIsUnreadable() {
        String shape = "The JSON must be an array of lines or an object with a \"lines\" array";
        assertEquals(shape, unreadable("{\"items\": []}", JSON).getMessage());
        assertEquals(shape, unreadable("{\"lines\": {}}", JSON).getMessage());
        assertEquals(shape, unreadable("42", JSON).getMessage());
        assertEquals(
                "Row 2 is not an object", unreadable("[{\"a\": 1}, [1]]", JSON).getMessage());
        assertEquals(
                "\"lines\" appears twice",
                unreadable("{\"lines\": [], \"lines\": []}", JSON).getMessage());
    }

    @Test
    void invalidJsonIsUnreadable() {
        assertEquals(
                "The file is not valid JSON (line 1, column 10)",
                unreadable("[{\"a\": 1,}]", JSON).getMessage());
        for (String broken : List.of("", "[{\"a\": 1}", "[{\"a\": 1}] trailing", "%PDF-1.7")) {
            assertTrue(unreadable(broken, JSON).getMessage().startsWith("The file is not valid JSON"), broken);
        }
    }

    @Test
    void validSampleFilesHaveThreeLinesWithTheSameCells() throws Exception {
        List<Map<String, String>> expected = List.of(
                Map.of(
                        "item_code",
                        "LAP-14-I7",
                        "description",
                        "Laptop 14\", Core i7, 16 GB RAM, 512 GB SSD",
                        "quantity",
                        "5",
                        "unit",
                        "pcs",
                        "unit_price",
                        "1249.95",
                        "tax_rate",
                        "20"),
                Map.of(
                        "item_code",
                        "MON-27-4K",
                        "description",
                        "Monitor 27\" 4K, USB-C, height-adjustable",
                        "quantity",
                        "10",
                        "unit",
                        "pcs",
                        "unit_price",
                        "389.99",
                        "tax_rate",
                        "20"),
                Map.of(
                        "item_code",
                        "PAP-A4-80",
                        "description",
                        "Copy paper A4 80 g/m², box of 5 reams",
                        "quantity",
                        "40",
                        "unit",
                        "box",
                        "unit_price",
                        "24.75",
                        "tax_rate",
                        "10"));

        for (String sample :
                List.of("purchase-order-lines.csv", "purchase-order-lines.xlsx", "purchase-order-lines.json")) {
            List<Row> rows = sample(sample);
            assertEquals(List.of(1, 2, 3), rows.stream().map(Row::number).toList(), sample);
            assertEquals(expected, rows.stream().map(Row::cells).toList(), sample);
        }
    }

    @Test
    void brokenSampleFilesAreReadableTablesWithInvalidValues() throws Exception {
        for (String sample : List.of(
                "purchase-order-lines-broken.csv",
                "purchase-order-lines-broken.xlsx",
                "purchase-order-lines-broken.json")) {
            List<Row> rows = sample(sample);
            assertEquals(4, rows.size(), sample);
            assertEquals("-2", rows.get(0).cells().get("quantity"), sample);
            assertEquals("twelve", rows.get(1).cells().get("unit_price"), sample);
            assertNull(rows.get(2).cells().get("item_code"), sample);
            assertEquals("USB-C docking station", rows.get(2).cells().get("description"), sample);
            assertEquals("150", rows.get(3).cells().get("tax_rate"), sample);
        }
    }

    private static List<Row> sample(String name) throws Exception {
        String type = name.endsWith(".csv") ? CSV : name.endsWith(".json") ? JSON : XLSX;
        try (InputStream content = Files.newInputStream(SAMPLES.resolve(name))) {
            return ImportTable.read(content, type, 100);
        }
    }

    private static List<Row> csv(String text) throws Exception {
        return read(text.getBytes(UTF_8), CSV, 100);
    }

    private static List<Row> json(String text) throws Exception {
        return read(text.getBytes(UTF_8), JSON, 100);
    }

    private static List<Row> read(byte[] content, String type, int maxRows) throws Exception {
        return ImportTable.read(new ByteArrayInputStream(content), type, maxRows);
    }

    private static Unreadable unreadable(String content, String type) {
        return unreadable(content.getBytes(UTF_8), type);
    }

    private static Unreadable unreadable(byte[] content, String type) {
        return unreadable(content, type, 100);
    }

    private static Unreadable unreadable(byte[] content, String type, int maxRows) {
        return assertThrows(Unreadable.class, () -> read(content, type, maxRows));
    }

    private static byte[] xlsx(Consumer<Sheet> firstSheet) throws IOException {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            firstSheet.accept(workbook.createSheet("Lines"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Strings, numbers and booleans into a row's cells from column A; an empty string leaves a cell out. */
    private static void cells(Sheet sheet, int rowIndex, Object... values) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text && !text.isEmpty()) {
                row.createCell(i).setCellValue(text);
            } else if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] instanceof Boolean bool) {
                row.createCell(i).setCellValue(bool);
            }
        }
    }

    private static byte[] rewriteEntry(byte[] zipFile, String entryName, UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipFile));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(
                        entry.getName().equals(entryName)
                                ? change.apply(new String(content, UTF_8)).getBytes(UTF_8)
                                : content);
            }
        }
        return out.toByteArray();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

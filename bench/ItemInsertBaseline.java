import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The baseline of bench/imports.sh: the same CSV rows inserted with a plain JDBC batch into a copy
 * of the items table (same columns, constraints and indexes), 1,000 rows per batch and commit — the
 * import job's chunk size — with no validation, no events and no outcome records. Prints
 * "rows millis". With WARMUP and WARMUP_TABLE, the file's first WARMUP rows are inserted the same
 * way into WARMUP_TABLE first, untimed (bench/imports.sh warms the server up the same way).
 * Usage: java -cp postgresql.jar bench/ItemInsertBaseline.java JDBC_URL TABLE CSV [WARMUP WARMUP_TABLE]
 */
public class ItemInsertBaseline {

    private static final int CHUNK = 1000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String table = args[1];
        Path csv = Path.of(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            if (warmup > 0) {
                insert(db, args[4], csv, warmup);
            }
            long t0 = System.nanoTime();
            int rows = insert(db, table, csv, Integer.MAX_VALUE);
            System.out.println(rows + " " + (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Inserts up to {@code limit} rows of the file, committing each batch. */
    private static int insert(Connection db, String table, Path csv, int limit) throws Exception {
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!header.equals("code,description,type,base_unit,lead_time_days,standard_cost_amount,"
                    + "standard_cost_currency,lot_tracked")) {
                throw new IllegalArgumentException("unexpected header " + header);
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table
                    + " (id, code, description, type, base_unit, lead_time_days, standard_cost_amount,"
                    + " standard_cost_currency, lot_tracked, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String line = in.readLine(); line != null && rows < limit; line = in.readLine()) {
                    String[] cells = line.split(",", -1);
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, cells[0]);
                    insert.setString(3, cells[1]);
                    insert.setString(4, cells[2]);
                    insert.setString(5, cells[3]);
                    insert.setInt(6, Integer.parseInt(cells[4]));
                    insert.setBigDecimal(7, new BigDecimal(cells[5]));
                    insert.setString(8, cells[6]);
                    insert.setBoolean(9, Boolean.parseBoolean(cells[7]));
                    insert.setTimestamp(10, now);
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (++rows % CHUNK == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
            }
        }
        db.commit();
        return rows;
    }
}

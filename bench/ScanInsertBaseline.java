import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The baseline of bench/scans.sh: the same scan rows the API records (an SSCC element string, context
 * inspect, a package target, its elements as JSON, a device and event id) inserted with a plain JDBC
 * batch into the same partitioned scan_events table of the tenant database, BATCH rows per batch and
 * commit — the API's batch size — with no parsing, no resolution, no idempotency claims and no
 * events. Prints "rows millis".
 * Usage: java -cp postgresql.jar bench/ScanInsertBaseline.java JDBC_URL ROWS BATCH SSCC PACKAGE_ID SHIPMENT_ID
 */
public class ScanInsertBaseline {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        String sscc = args[3];
        UUID packageId = UUID.fromString(args[4]);
        UUID shipmentId = UUID.fromString(args[5]);
        String device = "baseline-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO scan_events (id, scanned_at, recorded_at,"
                    + " code, symbology, context, location, device_id, device_event_id, outcome, entity_kind,"
                    + " entity_id, shipment_id, elements, detail, scanned_by)"
                    + " VALUES (?, ?, ?, ?, 'gs1', 'inspect', NULL, ?, ?, 'recorded', 'package', ?, ?, ?, 'recorded', NULL)")) {
                for (int i = 1; i <= rows; i++) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setObject(1, UUID.randomUUID());
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setString(4, "(00)" + sscc);
                    insert.setString(5, device);
                    insert.setString(6, "e" + i);
                    insert.setObject(7, packageId);
                    insert.setObject(8, shipmentId);
                    insert.setString(9, "[{\"ai\":\"00\",\"value\":\"" + sscc + "\"}]");
                    insert.addBatch();
                    if (i % batch == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            System.out.println(rows + " " + (System.nanoTime() - t0) / 1_000_000);
        }
    }
}

package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    /** A binary COPY stream of one text column per row (null for a null row value). */
    private static byte[] copyStream(String... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(ByteBuffer.allocate(8).putInt(0).putInt(0).array());
        for (String row : rows) {
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) 1).array());
            if (row == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] value = row.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
                out.writeBytes(value);
            }
        }
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) -1).array());
        return out.toByteArray();
    }

    private static String summary(byte[] stream, int chunk) {
        CopyRows rows = new CopyRows();
        for (int at = 0; at < stream.length; at += chunk) {
            rows.write(stream, at, Math.min(chunk, stream.length - at));
        }
        return rows.summary();
    }

    @Test
    void theSameRowsInAnotherOrderGiveTheSameSummaryHoweverTheBytesArrive() {
        String big = "x".repeat(200_000);
        String loaded = summary(copyStream("a", big, null, "b"), 64 * 1024);
        assertEquals(loaded, summary(copyStream("b", "a", big, null), 1));
        assertEquals(loaded, summary(copyStream(null, "b", big, "a"), 7));
        assertTrue(loaded.startsWith("4:"), loaded);
    }

    @Test
    void aChangedMissingOrRepeatedRowChangesTheSummary() {
        String loaded = summary(copyStream("a", "b", "c"), 5);
        assertNotEquals(loaded, summary(copyStream("a", "b", "d"), 5));
        assertNotEquals(loaded, summary(copyStream("a", "b"), 5));
        assertNotEquals(loaded, summary(copyStream("a", "b", "c", "c"), 5));
    }
}

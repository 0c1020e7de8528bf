package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestItemsTest {

    private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

    private static DigestItems.Item item(String title, long secondsAfter, boolean read) {
        Instant at = SINCE.plusSeconds(secondsAfter);
        return new DigestItems.Item("Acme", title, at, read ? at.plusSeconds(5) : null);
    }

    @Test
    void aDigestListsOnlyUnreadNotificationsSinceTheLastDigestOldestFirst() {
        List<DigestItems.Item> selected = DigestItems.select(
                List.of(
                        item("later", 20, false),
                        item("before", -1, false),
                        item("read", 10, true),
                        item("first", 0, false)),
                SINCE);
        assertEquals(
                List.of("first", "later"),
                selected.stream().map(DigestItems.Item::title).toList());
        assertEquals("- [Acme] first (2026-03-01T00:00:00Z)", DigestItems.lines(selected.subList(0, 1)));
    }

    @Test
    void aDigestListsAtMostAHundred() {
        List<DigestItems.Item> many =
                IntStream.range(0, 150).mapToObj(i -> item("n" + i, i, false)).toList();
        assertEquals(DigestItems.MAX_ITEMS, DigestItems.select(many, null).size());
    }
}

package dev.procura.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What a digest lists: the unread notifications of a user that arrived since the last digest, oldest first. */
final class DigestItems {

    /** One notification as a digest line: which tenant, when, title. */
    record Item(String tenantName, String title, Instant createdAt, Instant readAt) {}

    static final int MAX_ITEMS = 100;

    private DigestItems() {}

    /** Unread, created at or after {@code since}, oldest first, at most {@link #MAX_ITEMS}. */
    static List<Item> select(Collection<Item> candidates, Instant since) {
        return candidates.stream()
                .filter(i -> i.readAt() == null)
                .filter(i -> since == null || !i.createdAt().isBefore(since))
                .sorted(Comparator.comparing(Item::createdAt))
                .limit(MAX_ITEMS)
                .toList();
    }

    /** The digest's list, a line per notification. */
    static String lines(List<Item> items) {
        return items.stream()
                .map(i -> "- [" + i.tenantName() + "] " + i.title() + " (" + i.createdAt() + ")")
                .collect(Collectors.joining("\n"));
    }
}

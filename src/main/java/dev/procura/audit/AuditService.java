package dev.procura.audit;

import dev.procura.audit.AuditViews.CheckpointView;
import dev.procura.audit.AuditViews.EntryView;
import dev.procura.audit.AuditViews.VerificationView;
import dev.procura.documents.DocumentService;
import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.identity.UserFacts;
import dev.procura.platform.audit.AuditChain;
import dev.procura.platform.audit.AuditEntry;
import dev.procura.platform.audit.AuditReads;
import dev.procura.platform.audit.AuditTrails;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail as a tenant sees it: its own trail merged with the platform entries about it
 * (members, roles, its life) and the security events of its members, newest first.
 */
@ApplicationScoped
public class AuditService {

    /** Offset paging over two trails reads page × per_page entries of each: bounded. */
    static final int MAX_WINDOW = 10_000;

    private static final Pattern ACTION = Pattern.compile("[a-z_]+(\\.[a-z_]*)?");
    private static final Pattern NAME = Pattern.compile("[a-z_]{1,60}");

    @Inject
    AuditTrails trails;

    @Inject
    TenantPeople people;

    @Inject
    UserFacts users;

    @Inject
    TenantTransactions tenantData;

    @Inject
    DocumentService documents;

    /** The query parameters of the log views, as given. */
    public record Filter(UUID userId, String action, String entityType, String entityId, String from, String to) {
        static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public Page<EntryView> logs(UUID tenantId, Filter filter, int page, int perPage) {
        return merged(tenantId, query(tenantId, filter, null), page, perPage);
    }

    /** One record's story: entries about it, and entries whose changes touched it. */
    public Page<EntryView> entity(UUID tenantId, String type, String id, int page, int perPage) {
        if (!NAME.matcher(type).matches()) {
            throw new Failure.InvalidInput("type", "must be a record type such as purchase_order");
        }
        if (id.isBlank() || id.length() > 100) {
            throw new Failure.InvalidInput("id", "must be a record id");
        }
        return merged(tenantId, query(tenantId, new Filter(null, null, type, id, null, null), null), page, perPage);
    }

    /** What {@code userId} did, and what happened to the documents they uploaded. */
    public Page<EntryView> history(UUID tenantId, UUID userId, int page, int perPage) {
        List<String> mine = documents.uploadedBy(userId, 500).stream()
                .map(id -> "document:" + id)
                .toList();
        AuditReads.Query own = new AuditReads.Query(userId, null, null, null, null, null, null, null, mine);
        return merged(tenantId, own, page, perPage);
    }

    /** The documents {@code userId} uploaded, changed or downloaded most recently, each once. */
    public List<DocumentView> recentDocuments(UUID tenantId, UUID userId, int limit) {
        Set<UUID> ids = new LinkedHashSet<>();
        AuditReads.Query touched = new AuditReads.Query(userId, "document.", null, null, null, null, null, null, null);
        int offset = 0;
        int batch = 200;
        // a bounded look back: the most recent 2,000 document actions of the caller
        while (ids.size() < limit && offset < 2_000) {
            List<AuditEntry> entries = trails.tenantEntries(tenantId, touched, offset, batch);
            for (AuditEntry entry : entries) {
                if (!entry.action().equals("document.deleted")) {
                    ids.add(UUID.fromString(entry.entityId()));
                }
            }
            if (entries.size() < batch) {
                break;
            }
            offset += batch;
        }
        return documents.existing(new ArrayList<>(ids)).stream().limit(limit).toList();
    }

    public VerificationView verify(UUID tenantId) {
        long started = System.nanoTime();
        AuditChain.Verification verification = trails.verifyTenant(tenantId);
        return VerificationView.of(verification, (System.nanoTime() - started) / 1_000_000);
    }

    public List<CheckpointView> checkpoints(UUID tenantId, int limit) {
        return trails.tenantCheckpoints(tenantId, limit).stream()
                .map(CheckpointView::of)
                .toList();
    }

    public Page<EntryView> platformLogs(Filter filter, int page, int perPage) {
        window(page, perPage);
        AuditReads.Query query = query(null, filter, ZoneId.of("UTC"));
        List<AuditEntry> entries = trails.platformEntries(query, (page - 1) * perPage, perPage);
        return new Page<>(views(entries, e -> "platform"), page, perPage, trails.platformCount(query));
    }

    public VerificationView verifyPlatform() {
        long started = System.nanoTime();
        AuditChain.Verification verification = trails.verifyPlatform();
        return VerificationView.of(verification, (System.nanoTime() - started) / 1_000_000);
    }

    /** Both trails' first page × per_page entries, merged by time; the page cut from that. */
    private Page<EntryView> merged(UUID tenantId, AuditReads.Query query, int page, int perPage) {
        int window = window(page, perPage);
        List<AuditEntry> own = trails.tenantEntries(tenantId, query, 0, window);
        long total = trails.tenantCount(tenantId, query);
        List<UUID> members = people.everyone(tenantId).stream()
                .map(TenantPeople.Person::userId)
                .toList();
        AuditReads.Query platformQuery = query.forTenantOnPlatform(tenantId, members);
        List<AuditEntry> platform = trails.platformEntries(platformQuery, 0, window);
        total += trails.platformCount(platformQuery);
        Set<AuditEntry> fromPlatform = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        fromPlatform.addAll(platform);
        List<AuditEntry> all = new ArrayList<>(own);
        all.addAll(platform);
        all.sort(Comparator.comparing(AuditEntry::occurredAt)
                .thenComparing(AuditEntry::seq)
                .reversed());
        List<AuditEntry> slice = all.subList(Math.min(all.size(), (page - 1) * perPage), Math.min(all.size(), window));
        return new Page<>(views(slice, e -> fromPlatform.contains(e) ? "platform" : "tenant"), page, perPage, total);
    }

    private List<EntryView> views(List<AuditEntry> entries, Function<AuditEntry, String> trail) {
        Set<UUID> actors = new HashSet<>();
        entries.stream()
                .map(AuditEntry::actorId)
                .filter(java.util.Objects::nonNull)
                .forEach(actors::add);
        Map<UUID, String> emails = users.contacts(actors).stream()
                .collect(Collectors.toMap(UserFacts.Contact::userId, UserFacts.Contact::email, (a, b) -> a));
        return entries.stream()
                .map(e -> EntryView.of(trail.apply(e), e, e.actorId() == null ? null : emails.get(e.actorId())))
                .toList();
    }

    static int window(int page, int perPage) {
        long window = (long) page * perPage;
        if (window > MAX_WINDOW) {
            throw new Failure.InvalidInput(
                    "page", "page × per_page may be at most " + MAX_WINDOW + "; narrow the filter or the time range");
        }
        return (int) window;
    }

    private AuditReads.Query query(UUID tenantId, Filter f, ZoneId knownZone) {
        if (f.action() != null && !ACTION.matcher(f.action()).matches()) {
            throw new Failure.InvalidInput(
                    "action",
                    "must be an action such as purchase_order.submitted, or a prefix"
                            + " ending in a dot (purchase_order.)");
        }
        if (f.entityType() != null && !NAME.matcher(f.entityType()).matches()) {
            throw new Failure.InvalidInput("entity_type", "must be a record type such as purchase_order");
        }
        if (f.entityId() != null && f.entityType() == null) {
            throw new Failure.InvalidInput("entity_id", "needs entity_type");
        }
        ZoneId zone = knownZone;
        if (zone == null && (f.from() != null || f.to() != null)) {
            zone = tenantData.call(tenantId, tx -> tx.calendar().zone());
        }
        Instant from = f.from() == null ? null : instant("from", f.from(), zone, false);
        Instant to = f.to() == null ? null : instant("to", f.to(), zone, true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new Failure.InvalidInput("to", "must be after from");
        }
        return new AuditReads.Query(f.userId(), f.action(), f.entityType(), f.entityId(), from, to, null, null, null);
    }

    /**
     * A time bound: an ISO date-time with offset, or an ISO date in the tenant's calendar
     * ({@code to} as a date includes that whole day).
     */
    static Instant instant(String field, String value, ZoneId zone, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new Failure.InvalidInput(field, "must be an ISO date (2026-12-06) or date-time with offset");
        }
    }
}

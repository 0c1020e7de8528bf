package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.ContentDigest;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reconciliation compares the keys rows record with the keys S3 lists, whichever form a key has. */
class FileReconcilerTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant LONG_AGO = Instant.parse("2025-03-01T10:00:00Z");

    private final Map<String, Instant> objects = new LinkedHashMap<>();
    private final List<StoredFile> rows = new ArrayList<>();
    private final List<String> deletedObjects = new ArrayList<>();
    private final List<Object> deletedRowsOf = new ArrayList<>();
    private final FileReconciler reconciler = new FileReconciler();

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FileReconcilerTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @BeforeEach
    void wire() {
        EntityManager em = proxy(EntityManager.class, (p, method, args) -> switch (method.getName()) {
            case "createQuery" ->
                ((String) args[0]).startsWith("SELECT")
                        ? proxy(TypedQuery.class, (q, m, a) -> rows)
                        : proxy(Query.class, (q, m, a) -> {
                            if (m.getName().equals("setParameter")) {
                                deletedRowsOf.add(a[1]);
                                return q;
                            }
                            return 1;
                        });
            default -> throw new UnsupportedOperationException(method.getName());
        });
        reconciler.clock = java.time.Clock.systemUTC();
        reconciler.tenantData = new TenantTransactions() {
            @Override
            public <T> T call(UUID tenantId, Function<TenantTx, T> work) {
                return work.apply(new TenantTx(
                        em, tenantId, null, new TenantCalendar(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC)));
            }
        };
        reconciler.blobs = new BlobStore() {
            @Override
            public Map<String, Instant> list(String prefix) {
                return new LinkedHashMap<>(objects);
            }

            @Override
            public void delete(String key) {
                deletedObjects.add(key);
            }
        };
        reconciler.grace = Duration.ofMinutes(10);
    }

    private StoredFile row(String objectKey) {
        StoredFile file = new StoredFile(
                TENANT,
                UUID.randomUUID(),
                LONG_AGO,
                new ContentDigest("0".repeat(64), "0".repeat(32), 1),
                "text/plain");
        if (objectKey != null) {
            setKey(file, objectKey);
        }
        rows.add(file);
        return file;
    }

    private static void setKey(StoredFile file, String objectKey) {
        try {
            var field = StoredFile.class.getDeclaredField("objectKey");
            field.setAccessible(true);
            field.set(file, objectKey);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void filesWithKeysOfEitherFormAreKeptWhileTheirObjectsExist() {
        StoredFile earlier = row("tenants/" + TENANT + "/files/2025/03/" + UUID.randomUUID() + "_" + "a".repeat(64));
        StoredFile newer = row(null);
        objects.put(earlier.objectKey(), LONG_AGO);
        objects.put(newer.objectKey(), LONG_AGO);

        assertEquals(new FileReconciler.Outcome(TENANT, 0, 0, 0), reconciler.reconcile(TENANT));
        assertEquals(List.of(), deletedObjects);
    }

    @Test
    void strayObjectsOfEitherFormAreDeletedAndRowsWithoutObjectsRemoved() {
        StoredFile earlier = row("tenants/" + TENANT + "/files/2025/03/" + UUID.randomUUID() + "_" + "b".repeat(64));
        StoredFile lost = row(null);
        objects.put(earlier.objectKey(), LONG_AGO);
        String strayEarlier = "tenants/" + TENANT + "/files/2025/03/" + UUID.randomUUID() + "_" + "c".repeat(64);
        String strayNewer = "tenants/" + TENANT + "/files/2025/03/" + UUID.randomUUID();
        String youngStray = "tenants/" + TENANT + "/files/2025/03/" + UUID.randomUUID();
        objects.put(strayEarlier, LONG_AGO);
        objects.put(strayNewer, LONG_AGO);
        objects.put(youngStray, Instant.now());

        assertEquals(new FileReconciler.Outcome(TENANT, 2, 1, 3), reconciler.reconcile(TENANT));
        assertEquals(List.of(strayEarlier, strayNewer), deletedObjects);
        assertEquals(
                List.of(Set.of(lost.id()), Set.of(lost.id())),
                deletedRowsOf,
                "the documents and the row of the file whose object is gone");
    }
}

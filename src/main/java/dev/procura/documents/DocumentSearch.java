package dev.procura.documents;

import dev.procura.platform.customfields.CustomFieldText;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.search.RecordIds;
import dev.procura.platform.search.SearchEntry;
import dev.procura.platform.search.SearchSource;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Documents for the tenant's search: the file name (also as words: {@code supplier_invoice.pdf} is
 * found by "invoice"), the tags and the text extracted from the file. The text arrives after the
 * upload (file.process): the file's change brings its documents back to the index.
 */
@ApplicationScoped
public class DocumentSearch implements SearchSource {

    @Inject
    CustomFields customFields;

    /** The record type of stored files, whose text the entries of their documents carry. */
    static final String FILE = "file";

    /** Only the start of a long text is read: the index keeps no more of a record. */
    private static final String TEXT = "SUBSTRING(f.extractedText, 1, " + SearchEntry.MAX_CHARS + ")";

    @Override
    public String type() {
        return "document";
    }

    @Override
    public String readPermission() {
        return Permissions.DOCUMENTS_READ;
    }

    @Override
    public Optional<SearchEntry> entry(TenantTx tx, UUID id) {
        EntityManager em = tx.em();
        Document document = em.find(Document.class, id);
        if (document == null) {
            return Optional.empty();
        }
        List<String> texts = em.createQuery("SELECT " + TEXT + " FROM StoredFile f WHERE f.id = :file", String.class)
                .setParameter("file", document.fileId())
                .getResultList();
        return Optional.of(entry(
                customFields.viewer(tx, DocumentService.ENTITY), document, texts.isEmpty() ? null : texts.get(0)));
    }

    @Override
    public List<SearchEntry> after(TenantTx tx, UUID afterId, int limit) {
        EntityManager em = tx.em();
        List<UUID> ids = RecordIds.after(em, "SELECT CAST(id AS VARCHAR) FROM documents", afterId, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SearchEntry> entries = new ArrayList<>();
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, DocumentService.ENTITY);
        em.createQuery(
                        "SELECT d, " + TEXT + " FROM Document d, StoredFile f WHERE f.id = d.fileId AND d.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> entries.add(entry(shown, (Document) row[0], (String) row[1])));
        return RecordIds.inOrder(ids, entries, SearchEntry::id);
    }

    /** The documents of a file whose text was extracted (a change no event names, keyed by the file's id). */
    @Override
    public Set<UUID> dependents(TenantTx tx, String changedType, UUID changedId) {
        if (!FILE.equals(changedType) && !ANY_RECORD.equals(changedType)) {
            return Set.of();
        }
        return Set.copyOf(tx.em()
                .createQuery("SELECT d.id FROM Document d WHERE d.fileId = :file", UUID.class)
                .setParameter("file", changedId)
                .getResultList());
    }

    private SearchEntry entry(Function<String, Map<String, Object>> shown, Document document, String text) {
        return SearchEntry.of(type(), document.id(), document.filename(), document.filename(), changedAt(document))
                .names(document.filename(), words(document.filename()))
                .parties(document.tags())
                .details(CustomFieldText.words(shown.apply(document.customFieldsJson())))
                .content(text)
                .build();
    }

    private static Instant changedAt(Document document) {
        return document.updatedAt() == null ? document.createdAt() : document.updatedAt();
    }

    /** A file name as words: {@code 2026_supplier-invoice.v2.pdf} → {@code 2026 supplier invoice v2 pdf}. */
    static String words(String filename) {
        return filename == null
                ? null
                : filename.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

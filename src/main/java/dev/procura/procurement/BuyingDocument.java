package dev.procura.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What the buying documents (RFQ, quote, purchase order, invoice) keep alike: id and number, a
 * status that changes only through the document's {@link StatusMachine}, who created it, and when
 * it was created and last changed. Each entity names its {@link StatusColumn} with
 * {@code @Convert(attributeName = "status")}.
 */
@MappedSuperclass
public abstract class BuyingDocument<S extends Enum<S>> {

    @Id
    private UUID id;

    private String number;
    private S status;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected BuyingDocument() {}

    protected BuyingDocument(String number, S initial, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = initial;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    protected abstract StatusMachine<S> machine();

    /** Moves to {@code to} if the machine allows it from here (409 otherwise); the document changed {@code at}. */
    protected final void move(S to, String action, Instant at) {
        this.status = machine().move(number, status, to, action);
        this.updatedAt = at;
    }

    /** Checks that an action which keeps the status (e.g. editing) is allowed in the current one. */
    @SafeVarargs
    public final void require(String action, S... allowedIn) {
        machine().require(number, status, action, allowedIn);
    }

    protected final void changed(Instant at) {
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public S status() {
        return status;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

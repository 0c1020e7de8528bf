package dev.procura.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An external system the outbound connector publishes to: its endpoint, credentials (encrypted
 * under the master key; the API never shows them) and the events it takes.
 */
@Entity
@Table(name = "integration_systems")
public class IntegrationSystem {

    @Id
    private UUID id;

    private String code;
    private String name;

    @Column(name = "endpoint_url")
    private String endpointUrl;

    @Column(name = "bearer_token_enc")
    private String bearerTokenEnc;

    @Column(name = "hmac_secret_enc")
    private String hmacSecretEnc;

    private boolean enabled;
    private String events;

    @Column(name = "external_id_field")
    private String externalIdField;

    @Column(name = "max_attempts")
    private int maxAttempts;

    @Column(name = "timeout_seconds")
    private int timeoutSeconds;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IntegrationSystem() {}

    IntegrationSystem(String code, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.createdAt = now;
    }

    void describe(IntegrationRequests.Define request, Instant now) {
        this.name = request.name();
        this.endpointUrl = request.endpointUrl();
        this.enabled = request.enabled() == null || request.enabled();
        this.events = String.join(",", request.events());
        this.externalIdField = request.externalIdField() == null ? "id" : request.externalIdField();
        this.maxAttempts = request.maxAttempts() == null ? 8 : request.maxAttempts();
        this.timeoutSeconds = request.timeoutSeconds() == null ? 10 : request.timeoutSeconds();
        this.updatedAt = now;
    }

    /** Null keeps the secret, blank removes it, anything else (already encrypted) replaces it. */
    void secrets(String bearerTokenEnc, String hmacSecretEnc, boolean clearToken, boolean clearSecret) {
        if (clearToken) {
            this.bearerTokenEnc = null;
        } else if (bearerTokenEnc != null) {
            this.bearerTokenEnc = bearerTokenEnc;
        }
        if (clearSecret) {
            this.hmacSecretEnc = null;
        } else if (hmacSecretEnc != null) {
            this.hmacSecretEnc = hmacSecretEnc;
        }
    }

    boolean takes(String eventType) {
        return enabled && subscribedEvents().contains(eventType);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    String bearerTokenEnc() {
        return bearerTokenEnc;
    }

    String hmacSecretEnc() {
        return hmacSecretEnc;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<String> subscribedEvents() {
        return events == null || events.isBlank() ? List.of() : Arrays.asList(events.split(","));
    }

    public String externalIdField() {
        return externalIdField;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

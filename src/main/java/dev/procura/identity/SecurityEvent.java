package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A security-relevant fact about an account, kept for the audit trail. */
@Entity
@Table(name = "security_events")
public class SecurityEvent {

    public enum Type {
        REGISTERED,
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        LOGIN_THROTTLED,
        ACCOUNT_LOCKED,
        LOGOUT,
        REFRESH_REUSED,
        PASSWORD_CHANGED,
        SESSION_REVOKED
    }

    @Id
    private UUID id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Type type;

    @Column(name = "user_id")
    private UUID userId;

    private String email;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "request_id")
    private String requestId;

    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(
            Type type,
            UUID userId,
            String email,
            UUID sessionId,
            String clientAddress,
            String requestId,
            String detail,
            Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.userId = userId;
        this.email = email;
        this.sessionId = sessionId;
        this.clientAddress = clientAddress;
        this.requestId = requestId;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public Type type() {
        return type;
    }

    public String email() {
        return email;
    }

    public String detail() {
        return detail;
    }
}

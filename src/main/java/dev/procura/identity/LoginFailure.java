package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A failed login from one client address, kept for the throttling window. */
@Entity
@Table(name = "login_failures")
public class LoginFailure {

    @Id
    private UUID id;

    @Column(name = "client_address")
    private String clientAddress;

    private String email;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected LoginFailure() {}

    public LoginFailure(String clientAddress, String email, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.clientAddress = clientAddress;
        this.email = email;
        this.occurredAt = occurredAt;
    }

    public String email() {
        return email;
    }
}

package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * For the notifications capability: the digests that are due, each claimed by one server for a
 * while ({@code CLAIM}) so that no other server sends it too; {@link #sent} schedules the next.
 * A server that dies after claiming leaves the digest to be claimed again when the claim ends.
 */
@ApplicationScoped
public class EmailDigests {

    static final Duration CLAIM = Duration.ofMinutes(10);

    /**
     * A digest to send: to {@code address}, in {@code language}, listing what arrived since
     * {@code since} (null: never sent, the schedule began without it). {@code active} is false
     * for a deactivated user, whose digest is skipped.
     */
    public record Due(
            UUID userId,
            String address,
            String firstName,
            String language,
            String digest,
            Instant since,
            boolean active) {}

    @Inject
    Clock clock;

    @Inject
    EmailSettingsRepository settings;

    @Transactional
    public List<Due> claimDue(int max) {
        Instant now = clock.instant();
        return settings.claimDue(now, now.plus(CLAIM), max);
    }

    /** The digest went out (or had nothing to say) at {@code sentAt}: the next is due a period later. */
    @Transactional
    public void sent(UUID userId, Instant sentAt) {
        settings.lock(userId).ifPresent(s -> s.digestSent(sentAt));
    }
}

package dev.procura.notifications;

import dev.procura.identity.UserFacts;
import dev.procura.identity.UserFacts.MailPreferences;
import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.events.EventHandling;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Metering;
import dev.procura.platform.tenancy.TenantPeople.Person;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumer group {@code procura-notification-email}: emails the notices of an event to the
 * recipients who have not turned the type off for email and want mail at once (not as a digest,
 * {@link NotificationDigests}), at their notification address and in their language. Each email sent is recorded
 * (notification_emails); when a send fails, {@link EventHandling} retries the event with back-off
 * and the recipients already served are skipped, then parks it on {@code <topic>.dlq}. A crash
 * between handing an email to the SMTP server and recording it sends that one email again on
 * redelivery: at least once, never lost.
 */
@ApplicationScoped
public class EmailNotifier {

    static final String CONSUMER = "notifications-email";

    @Inject
    Metering metering;

    @Inject
    Clock clock;

    @Inject
    EventHandling handling;

    @Inject
    TenantTransactions tenantData;

    @Inject
    NotificationPlanner planner;

    @Inject
    PreferenceRepository preferences;

    @Inject
    SentEmails sentEmails;

    @Inject
    NotificationTemplates templates;

    @Inject
    Mailer mailer;

    @Inject
    UserFacts users;

    @Inject
    BrandingFacts branding;

    @Inject
    @ConfigProperty(name = "procura.notifications.email.enabled", defaultValue = "true")
    boolean enabled;

    /** Makes the links in emails absolute, e.g. https://procura.example.com; without it they stay paths. */
    @Inject
    @ConfigProperty(name = "procura.notifications.link-base-url")
    Optional<String> linkBaseUrl;

    @Incoming("email-approval-requested")
    public void onApprovalRequested(String payload) {
        handling.handle(CONSUMER, "approval.requested", payload, this::email);
    }

    @Incoming("email-approval-approved")
    public void onApprovalApproved(String payload) {
        handling.handle(CONSUMER, "approval.approved", payload, this::email);
    }

    @Incoming("email-approval-completed")
    public void onApprovalCompleted(String payload) {
        handling.handle(CONSUMER, "approval.completed", payload, this::email);
    }

    @Incoming("email-approval-rejected")
    public void onApprovalRejected(String payload) {
        handling.handle(CONSUMER, "approval.rejected", payload, this::email);
    }

    @Incoming("email-approval-escalated")
    public void onApprovalEscalated(String payload) {
        handling.handle(CONSUMER, "approval.escalated", payload, this::email);
    }

    @Incoming("email-budget-warning")
    public void onBudgetWarning(String payload) {
        handling.handle(CONSUMER, "budget.warning", payload, this::email);
    }

    @Incoming("email-notification-requested")
    public void onNotificationRequested(String payload) {
        handling.handle(CONSUMER, "notification.requested", payload, this::email);
    }

    void email(JsonObject event) {
        if (!enabled) {
            return;
        }
        List<Notice> notices = planner.plan(event);
        if (notices.isEmpty()) {
            return;
        }
        UUID tenantId = UUID.fromString(event.getString("tenant_id"));
        UUID eventId = UUID.fromString(event.getString("event_id"));
        Set<UUID> recipients = new LinkedHashSet<>();
        notices.forEach(n -> recipients.addAll(n.recipientIds()));
        record Done(Set<SentEmails.Email> sent, Set<PreferenceRepository.OptOut> optOuts) {}
        Done done = tenantData.call(
                tenantId,
                tx -> new Done(
                        sentEmails.of(tx.em(), eventId), preferences.optOuts(tx.em(), recipients, Channel.EMAIL)));
        Map<UUID, MailPreferences> mailPreferences = users.mailPreferences(recipients);
        BrandingFacts.Letterhead letterhead = branding.letterhead(tenantId);
        for (Notice notice : notices) {
            Map<String, RenderedMessage> byLanguage = new HashMap<>();
            for (Person person : notice.recipients()) {
                SentEmails.Email email = new SentEmails.Email(person.userId(), notice.type());
                MailPreferences wanted = mailPreferences.getOrDefault(
                        person.userId(), new MailPreferences(person.userId(), person.email(), "immediate", "en"));
                if (done.sent().contains(email)
                        || !wanted.wantsImmediateMail()
                        || wanted.address() == null
                        || wanted.address().isBlank()
                        || done.optOuts().contains(new PreferenceRepository.OptOut(person.userId(), notice.type()))) {
                    continue;
                }
                RenderedMessage message = byLanguage.computeIfAbsent(
                        wanted.language(),
                        language -> templates
                                .render(notice.template(), language, withAbsoluteLink(notice.values()))
                                .withLetterhead(letterhead));
                mailer.send(wanted.address(), person.name(), message, letterhead.displayName());
                // One usage event per mail, named from the event and the recipient: a redelivery never counts twice.
                metering.record(
                        UUID.nameUUIDFromBytes((eventId + "/" + email).getBytes(StandardCharsets.UTF_8)),
                        tenantId,
                        Meter.EMAILS,
                        1,
                        clock.instant());
                tenantData.call(tenantId, tx -> {
                    sentEmails.record(tx.em(), eventId, email);
                    return null;
                });
            }
        }
    }

    private Map<String, String> withAbsoluteLink(Map<String, String> values) {
        String link = values.get("link");
        if (linkBaseUrl.isEmpty() || link == null || !link.startsWith("/")) {
            return values;
        }
        Map<String, String> absolute = new LinkedHashMap<>(values);
        absolute.put("link", linkBaseUrl.get().replaceAll("/+$", "") + link);
        return absolute;
    }
}

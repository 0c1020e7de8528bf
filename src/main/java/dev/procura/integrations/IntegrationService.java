package dev.procura.integrations;

import dev.procura.integrations.IntegrationViews.MappingView;
import dev.procura.integrations.IntegrationViews.MessageView;
import dev.procura.integrations.IntegrationViews.SystemView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.MasterKey;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's integration systems, their messages and id mappings. Endpoint URLs pass the SSRF
 * guard's checks; secrets are encrypted under the master key and never shown. A failed or dead
 * message may be retried and a sent one replayed; both wake the sender once committed.
 */
@ApplicationScoped
public class IntegrationService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    IntegrationRepository repository;

    @Inject
    TenantOutbox outbox;

    @Inject
    MasterKey masterKey;

    @Inject
    IntegrationSender sender;

    public SystemView create(Caller caller, IntegrationRequests.Define request) {
        if (request.code() == null) {
            throw new Failure.InvalidInput("code", "must not be blank");
        }
        requireEndpoint(request.endpointUrl());
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            if (repository.system(em, request.code()).isPresent()) {
                throw codeTaken(request.code());
            }
            IntegrationSystem system = new IntegrationSystem(request.code(), tx.now());
            system.describe(request, tx.now());
            keepSecrets(system, request);
            em.persist(system);
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw isUniqueViolation(e) ? codeTaken(request.code()) : e;
            }
            publish(tx, caller, "integration_system.created", system);
            return SystemView.of(system);
        });
    }

    public Page<SystemView> list(int page, int perPage) {
        return tenantData.call(tx -> {
            List<IntegrationSystem> all = repository.systems(tx.em());
            return new Page<>(
                    all.stream()
                            .skip((long) (page - 1) * perPage)
                            .limit(perPage)
                            .map(SystemView::of)
                            .toList(),
                    page,
                    perPage,
                    all.size());
        });
    }

    public SystemView get(String code) {
        return tenantData.call(tx -> SystemView.of(existing(tx.em(), code)));
    }

    public SystemView change(Caller caller, String code, IntegrationRequests.Define request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new Failure.InvalidInput("code", "cannot be changed (the system is " + code + ")");
        }
        requireEndpoint(request.endpointUrl());
        Holder<SystemView> changed = new Holder<>();
        UUID tenant = tenantData.call(tx -> {
            IntegrationSystem system = existing(tx.em(), code);
            system.describe(request, tx.now());
            keepSecrets(system, request);
            publish(tx, caller, "integration_system.changed", system);
            changed.value = SystemView.of(system);
            return tx.tenantId();
        });
        if (changed.value.enabled()) {
            sender.wakeNow(tenant);
        }
        return changed.value;
    }

    public Page<MessageView> messages(
            String code,
            String status,
            String direction,
            String entityType,
            LocalDate from,
            LocalDate to,
            String sort,
            int page,
            int perPage) {
        Holder<UUID> tenant = new Holder<>();
        Page<MessageView> messages = tenantData.call(tx -> {
            tenant.value = tx.tenantId();
            IntegrationSystem system = existing(tx.em(), code);
            java.time.ZoneId zone = tx.calendar().zone();
            IntegrationRepository.MessageFilter filter = new IntegrationRepository.MessageFilter(
                    system.id(),
                    status,
                    direction,
                    entityType,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
            return new Page<>(
                    repository.messages(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                            .map(m -> MessageView.of(code, m, false))
                            .toList(),
                    page,
                    perPage,
                    repository.countMessages(tx.em(), filter));
        });
        // also the catch-up after a restart: waiting messages go out once someone looks at them
        sender.wakeNow(tenant.value);
        return messages;
    }

    public MessageView message(String code, UUID id) {
        return tenantData.call(tx -> MessageView.of(code, existingMessage(tx.em(), code, id), true));
    }

    public MessageView retry(Caller caller, String code, UUID id) {
        Holder<MessageView> retried = new Holder<>();
        UUID tenant = tenantData.call(tx -> {
            IntegrationMessage message = existingMessage(tx.em(), code, id);
            if (!IntegrationMessage.RETRYABLE.contains(message.status())) {
                throw new Failure.InvalidTransition("Message " + id, message.status(), "retried");
            }
            message.retry(tx.now());
            publishMessage(tx, caller, "integration_message.retried", code, message);
            retried.value = MessageView.of(code, message, true);
            return tx.tenantId();
        });
        sender.wakeNow(tenant);
        return retried.value;
    }

    public MessageView replay(Caller caller, String code, UUID id) {
        Holder<MessageView> replayed = new Holder<>();
        UUID tenant = tenantData.call(tx -> {
            IntegrationMessage original = existingMessage(tx.em(), code, id);
            if (!IntegrationMessage.SENT.equals(original.status())) {
                throw new Failure.InvalidTransition("Message " + id, original.status(), "replayed");
            }
            IntegrationMessage again = original.replay(tx.now());
            tx.em().persist(again);
            publishMessage(tx, caller, "integration_message.replayed", code, again);
            replayed.value = MessageView.of(code, again, true);
            return tx.tenantId();
        });
        sender.wakeNow(tenant);
        return replayed.value;
    }

    public Page<MappingView> mappings(String code, String entityType, int page, int perPage) {
        return tenantData.call(tx -> {
            IntegrationSystem system = existing(tx.em(), code);
            return new Page<>(
                    repository.mappings(tx.em(), system.id(), entityType, (page - 1) * perPage, perPage).stream()
                            .map(m -> MappingView.of(code, m))
                            .toList(),
                    page,
                    perPage,
                    repository.countMappings(tx.em(), system.id(), entityType));
        });
    }

    /** Maps one of our records to the system's id by hand (a new mapping, or a changed one). */
    public MappingView map(Caller caller, String code, IntegrationRequests.Mapping request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            IntegrationSystem system = existing(em, code);
            repository
                    .theirs(em, system.id(), request.entityType(), request.externalId())
                    .filter(other -> !other.ourId().equals(request.ourId()))
                    .ifPresent(other -> {
                        throw new Failure.Conflict(
                                ProblemType.INTEGRATION_ID_MAPPED,
                                "The external id " + request.externalId() + " of " + code + " is already mapped to "
                                        + request.entityType() + " " + other.ourId(),
                                Map.of("our_id", other.ourId()));
                    });
            IntegrationMapping mapping = repository
                    .ours(em, system.id(), request.entityType(), request.ourId())
                    .orElseGet(() -> {
                        IntegrationMapping created =
                                new IntegrationMapping(system.id(), request.entityType(), request.ourId(), tx.now());
                        em.persist(created);
                        return created;
                    });
            mapping.map(request.externalId(), IntegrationMapping.MANUAL, tx.now());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("system", code);
            data.put("entity_type", mapping.entityType());
            data.put("our_id", mapping.ourId());
            data.put("external_id", mapping.externalId());
            outbox.publish(tx, "integration_mapping.set", mapping.id().toString(), caller.userId(), data);
            return MappingView.of(code, mapping);
        });
    }

    private static void requireEndpoint(String url) {
        if (url != null) {
            EndpointAddresses.problem(url).ifPresent(problem -> {
                throw new Failure.InvalidInput("endpoint_url", problem);
            });
        }
    }

    /** Null keeps a secret, an empty string removes it, any other value replaces it (encrypted). */
    private void keepSecrets(IntegrationSystem system, IntegrationRequests.Define request) {
        String token = request.bearerToken();
        String secret = request.hmacSecret();
        system.secrets(
                token == null || token.isEmpty() ? null : masterKey.encrypt(token),
                secret == null || secret.isEmpty() ? null : masterKey.encrypt(secret),
                token != null && token.isEmpty(),
                secret != null && secret.isEmpty());
    }

    private IntegrationSystem existing(EntityManager em, String code) {
        return repository
                .system(em, code)
                .orElseThrow(() -> new Failure.NotFound("No integration system " + code + " in this tenant"));
    }

    private IntegrationMessage existingMessage(EntityManager em, String code, UUID id) {
        IntegrationSystem system = existing(em, code);
        IntegrationMessage message = em.find(IntegrationMessage.class, id);
        if (message == null || !message.systemId().equals(system.id())) {
            throw new Failure.NotFound("No message " + id + " of integration system " + code);
        }
        return message;
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(
                ProblemType.INTEGRATION_SYSTEM_CODE_TAKEN, "Another integration system has the code " + code);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void publish(TenantTx tx, Caller caller, String event, IntegrationSystem system) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("system_id", system.id());
        data.put("code", system.code());
        data.put("endpoint_url", system.endpointUrl());
        data.put("enabled", system.isEnabled());
        data.put("events", system.subscribedEvents());
        outbox.publish(tx, event, system.id().toString(), caller.userId(), data);
    }

    private void publishMessage(TenantTx tx, Caller caller, String event, String code, IntegrationMessage message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message_id", message.id());
        data.put("system", code);
        data.put("entity_type", message.entityType());
        data.put("entity_id", message.entityId());
        if (message.replayOf() != null) {
            data.put("replay_of", message.replayOf());
        }
        outbox.publish(tx, event, message.id().toString(), caller.userId(), data);
    }

    /** A value a transaction's work hands out besides its result. */
    private static final class Holder<T> {
        T value;
    }
}

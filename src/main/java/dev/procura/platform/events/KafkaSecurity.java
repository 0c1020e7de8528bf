package dev.procura.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Procura authenticates to Kafka: {@code procura.kafka.security-protocol},
 * {@code .sasl-mechanism}, {@code .sasl-jaas-config} (a secret), {@code .ssl-truststore-location}
 * and {@code .ssl-truststore-type}, as Kafka client settings for the outbox producer and the
 * consumers. Only settings with a value are passed on: unset, the clients keep Kafka's defaults
 * (PLAINTEXT).
 */
public final class KafkaSecurity {

    static final Map<String, String> CLIENT_SETTINGS = Map.of(
            "procura.kafka.security-protocol", "security.protocol",
            "procura.kafka.sasl-mechanism", "sasl.mechanism",
            "procura.kafka.sasl-jaas-config", "sasl.jaas.config",
            "procura.kafka.ssl-truststore-location", "ssl.truststore.location",
            "procura.kafka.ssl-truststore-type", "ssl.truststore.type");

    private KafkaSecurity() {}

    /** Kafka client settings (e.g. {@code security.protocol}) for the Procura settings that have a value. */
    public static Map<String, String> clientSettings(Function<String, Optional<String>> setting) {
        Map<String, String> client = new LinkedHashMap<>();
        CLIENT_SETTINGS.forEach((name, clientName) -> setting.apply(name)
                .filter(value -> !value.isBlank())
                .ifPresent(value -> client.put(clientName, value.strip())));
        return client;
    }
}

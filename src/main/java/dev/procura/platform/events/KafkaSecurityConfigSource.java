package dev.procura.platform.events;

import dev.procura.platform.config.EnvironmentVariables;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives the consumers' Kafka connector ({@code mp.messaging.connector.liberty-kafka.*}) the
 * {@link KafkaSecurity} settings from environment variables or system properties. A config source
 * and not expressions in microprofile-config.properties: the connector passes every property it
 * sees to the Kafka client, so a security property must not exist at all while it has no value.
 */
public class KafkaSecurityConfigSource implements ConfigSource {

    static final String CONNECTOR_PREFIX = "mp.messaging.connector.liberty-kafka.";

    private final Map<String, String> properties;

    public KafkaSecurityConfigSource() {
        this(System.getenv());
    }

    KafkaSecurityConfigSource(Map<String, String> environment) {
        Map<String, String> found = new TreeMap<>();
        KafkaSecurity.clientSettings(name -> Optional.ofNullable(System.getProperty(name))
                        .or(() -> EnvironmentVariables.lookup(environment, name)))
                .forEach((clientName, value) -> found.put(CONNECTOR_PREFIX + clientName, value));
        properties = Map.copyOf(found);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "procura-kafka-security";
    }

    /** Below microprofile-config.properties (100): a value written there explicitly wins. */
    @Override
    public int getOrdinal() {
        return 50;
    }
}

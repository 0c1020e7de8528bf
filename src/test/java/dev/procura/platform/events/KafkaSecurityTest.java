package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaSecurityTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"procura\" password=\"not-a-real-one\";";

    @Test
    void withNothingConfiguredNoClientSettingIsPassedOn() {
        assertEquals(Map.of(), KafkaSecurity.clientSettings(name -> Optional.empty()));
        assertEquals(Map.of(), new KafkaSecurityConfigSource(Map.of()).getProperties());
    }

    @Test
    void blankSettingsAreLeftOut() {
        assertEquals(
                Map.of("security.protocol", "SSL"),
                KafkaSecurity.clientSettings(settings(Map.of(
                        "procura.kafka.security-protocol", " SSL ",
                        "procura.kafka.sasl-jaas-config", "  "))));
    }

    @Test
    void theConsumersConnectorGetsTheSettingsFromEnvironmentVariables() {
        KafkaSecurityConfigSource source = new KafkaSecurityConfigSource(Map.of(
                "PROCURA_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "PROCURA_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "PROCURA_KAFKA_SASL_JAAS_CONFIG", JAAS,
                "PROCURA_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/procura/kafka/ca.crt",
                "PROCURA_KAFKA_SSL_TRUSTSTORE_TYPE", "PEM"));

        assertEquals(
                Map.of(
                        "mp.messaging.connector.liberty-kafka.security.protocol", "SASL_SSL",
                        "mp.messaging.connector.liberty-kafka.sasl.mechanism", "SCRAM-SHA-512",
                        "mp.messaging.connector.liberty-kafka.sasl.jaas.config", JAAS,
                        "mp.messaging.connector.liberty-kafka.ssl.truststore.location", "/etc/procura/kafka/ca.crt",
                        "mp.messaging.connector.liberty-kafka.ssl.truststore.type", "PEM"),
                source.getProperties());
        assertEquals(source.getProperties().keySet(), source.getPropertyNames());
        assertEquals("SASL_SSL", source.getValue("mp.messaging.connector.liberty-kafka.security.protocol"));
        assertTrue(source.getOrdinal() < 100, "below microprofile-config.properties");
    }

    @Test
    void theKafkaClientAcceptsSaslSettings() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putAll(KafkaSecurity.clientSettings(settings(Map.of(
                "procura.kafka.security-protocol", "SASL_PLAINTEXT",
                "procura.kafka.sasl-mechanism", "SCRAM-SHA-512",
                "procura.kafka.sasl-jaas-config", JAAS))));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.close(Duration.ZERO);
        }
    }

    @Test
    void theKafkaClientRefusesAMalformedJaasConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putAll(KafkaSecurity.clientSettings(settings(Map.of(
                "procura.kafka.security-protocol", "SASL_PLAINTEXT",
                "procura.kafka.sasl-mechanism", "PLAIN",
                "procura.kafka.sasl-jaas-config", "username=procura"))));

        assertThrows(KafkaException.class, () -> new KafkaProducer<String, String>(config).close(Duration.ZERO));
    }

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}

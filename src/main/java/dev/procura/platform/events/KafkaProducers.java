package dev.procura.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one idempotent Kafka producer of this server (outbox relay and dead letters), with {@link KafkaSecurity}. */
@ApplicationScoped
public class KafkaProducers {

    @Inject
    @ConfigProperty(name = "procura.kafka.bootstrap-servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    Config settings;

    private volatile Producer<String, String> producer;

    public synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "procura");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.putAll(KafkaSecurity.clientSettings(name -> settings.getOptionalValue(name, String.class)));
            // The Kafka client loads classes by name: it must see the application's class loader.
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(KafkaProducer.class.getClassLoader());
            try {
                producer = new KafkaProducer<>(config);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return producer;
    }

    /** Drops the producer after a failure, so the next use connects afresh. */
    public synchronized void reset() {
        Producer<String, String> current = producer;
        producer = null;
        if (current != null) {
            current.close(Duration.ofSeconds(1));
        }
    }

    @PreDestroy
    void close() {
        reset();
    }
}

package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads events from the real local Kafka broker the build started. */
public final class Topics {

    private Topics() {}

    public static String bootstrapServers() {
        return System.getProperty("procura.kafka.bootstrap-servers", "127.0.0.1:19092");
    }

    /** Every event on {@code topic} (from the beginning) that matches, waiting up to {@code wait} for at least one. */
    public static List<JsonObject> events(String topic, Predicate<JsonObject> matching, Duration wait) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonObject> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    JsonObject event;
                    try (var reader = Json.createReader(new StringReader(record.value()))) {
                        event = reader.readObject();
                    } catch (RuntimeException notJson) {
                        continue; // e.g. the poison message a test planted
                    }
                    {
                        if (matching.test(event)) {
                            found.add(event);
                            // Keep reading a little longer: a duplicate would show up right behind.
                            quietUntil =
                                    System.nanoTime() + Duration.ofSeconds(2).toNanos();
                        }
                    }
                }
            }
        }
        return found;
    }
}

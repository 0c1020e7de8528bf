package dev.procura.platform.observability;

import dev.procura.platform.events.KafkaSecurity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * How far the event consumers are behind: for every Procura consumer group, the sum over its
 * partitions of (end offset - committed offset). Read from Kafka at most every 15 s; -1 when
 * Kafka cannot be asked.
 */
@ApplicationScoped
public class ConsumerLag {

    @Inject
    @ConfigProperty(name = "procura.kafka.bootstrap-servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    Config settings;

    private final PlatformGauges.Cached<Long> lag = new PlatformGauges.Cached<>(15_000_000_000L);
    private Admin admin;

    /** Gauges are registered when the bean is created: create it with the application. */
    void register(@Observes Startup startup) {
        // nothing else to do
    }

    @Gauge(
            name = "procura_consumer_lag",
            unit = MetricUnits.NONE,
            absolute = true,
            description =
                    "Events on Kafka not yet handled by Procura's consumer groups (sum over groups and partitions)")
    public long total() {
        return lag.get(this::read, -1L);
    }

    private long read() {
        try {
            Admin client = admin();
            long total = 0;
            for (var group : client.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                if (!group.groupId().startsWith("procura-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        client.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        total += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read consumer offsets", e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "procura-metrics");
            config.putAll(KafkaSecurity.clientSettings(name -> settings.getOptionalValue(name, String.class)));
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(Admin.class.getClassLoader());
            try {
                admin = Admin.create(config);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}

package dev.procura.platform.events;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What this server does: {@code procura.api.enabled} and {@code procura.worker.enabled} (both true
 * by default). A server that is not a worker neither deploys the event consumers nor opens their
 * channels (microprofile-config.properties disables them with the same setting), so in a cluster
 * workers scale apart from the API; a server that is not an API server answers no API request.
 */
public class ServerRoles implements Extension {

    private static final Logger LOG = Logger.getLogger(ServerRoles.class.getName());

    public static boolean isWorker() {
        return ConfigProvider.getConfig()
                .getOptionalValue("procura.worker.enabled", Boolean.class)
                .orElse(true);
    }

    public static boolean isApi() {
        return ConfigProvider.getConfig()
                .getOptionalValue("procura.api.enabled", Boolean.class)
                .orElse(true);
    }

    <T> void skipConsumersOnApiServers(@Observes @WithAnnotations(Incoming.class) ProcessAnnotatedType<T> type) {
        if (!isWorker()) {
            LOG.info("Not a worker (procura.worker.enabled=false): consumer "
                    + type.getAnnotatedType().getJavaClass().getSimpleName() + " is not deployed");
            type.veto();
        }
    }
}

package dev.procura.platform.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start in production mode while required settings are missing or a database
 * connection would go without TLS ({@link DatabaseTls}). Runs first.
 */
@ApplicationScoped
public class StartupGate {

    private static final Logger LOG = Logger.getLogger(StartupGate.class.getName());

    void check(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                    Object event) {
        Config config = ConfigProvider.getConfig();
        RunMode mode = RunMode.parse(
                config.getOptionalValue("procura.mode", String.class).orElse("prod"));
        List<String> missing = RequiredSettings.missing(
                mode, name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!missing.isEmpty()) {
            String message = RequiredSettings.message(missing);
            LOG.severe(message);
            throw new DeploymentException(message);
        }
        checkDatabaseTls(config, mode);
        LOG.info("Procura starting in " + mode + " mode");
    }

    private static void checkDatabaseTls(Config config, RunMode mode) {
        DatabaseTls tls = DatabaseTls.check(mode, name -> config.getOptionalValue(name, String.class));
        switch (tls.verdict()) {
            case REFUSED -> {
                LOG.severe(tls.message());
                throw new DeploymentException(tls.message());
            }
            case INSECURE_ALLOWED -> LOG.warning(tls.message());
            case SECURE -> {}
        }
    }
}

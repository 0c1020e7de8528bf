package dev.procura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan HelmChartTest's wiring checks rely on finds the server's settings and refuses other names. */
class ServerSettingsTest {

    private final ServerSettings settings = ServerSettings.scan();

    @Test
    void findsSettingsInServerXmlInMicroProfileConfigPropertiesAndInTheCode() {
        assertTrue(settings.names().contains("procura.http.port"), "server.xml variable");
        assertTrue(settings.names().contains("procura.db.pool.max"), "server.xml variable");
        assertTrue(
                settings.names().contains("mp.messaging.connector.liberty-kafka.bootstrap.servers"), "properties key");
        assertTrue(settings.names().contains("procura.kafka.consumer-session-timeout-ms"), "properties expression");
        assertTrue(settings.names().contains("procura.tenants.connection-budget"), "Java literal");
        assertEquals("4999", settings.serverXmlDefault("procura.http.port"));
    }

    @Test
    void acceptsTheVariablesOfSettingsAndRefusesMisspelledOnes() {
        assertTrue(settings.reads("PROCURA_DB_URL", List.of()));
        assertTrue(settings.reads("PROCURA_KAFKA_SASL_JAAS_CONFIG", List.of()));
        assertTrue(settings.reads("WLP_LOGGING_CONSOLE_FORMAT", List.of()));
        assertFalse(settings.reads("PROCURA_DB_URLL", List.of()));
        assertFalse(settings.reads("PROCURA_DATABASE_URL", List.of()));
        assertFalse(settings.reads("OTEL_EXPORTER_OTLP_ENDPIONT", List.of()));
    }

    @Test
    void acceptsPerServerVariablesOnlyForConfiguredTenantServers() {
        assertTrue(settings.reads("PROCURA_TENANTS_SERVER_EU_A_URL", List.of("eu-a")));
        assertTrue(settings.reads("PROCURA_TENANTS_SERVER_EU_A_PASSWORD", List.of("eu-a")));
        assertFalse(settings.reads("PROCURA_TENANTS_SERVER_EU_A_URL", List.of("eu-b")));
        assertFalse(settings.reads("PROCURA_TENANTS_SERVER_EU_A_PORT", List.of("eu-a")));
    }
}

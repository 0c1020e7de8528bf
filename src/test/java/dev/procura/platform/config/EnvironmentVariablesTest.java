package dev.procura.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    @Test
    void nameIsUpperCaseWithUnderscoresForDotsAndDashes() {
        assertEquals("PROCURA_DB_URL", EnvironmentVariables.nameOf("procura.db.url"));
        assertEquals(
                "PROCURA_TENANTS_SERVER_EU_WEST_URL",
                EnvironmentVariables.nameOf("procura.tenants.server.eu-west.url"));
        assertEquals(
                "MP_MESSAGING_CONNECTOR_LIBERTY_KAFKA_SASL_JAAS_CONFIG",
                EnvironmentVariables.nameOf("mp.messaging.connector.liberty-kafka.sasl.jaas.config"));
    }

    @Test
    void lookupTriesTheExactNameThenUnderscoresThenUpperCase() {
        assertEquals(
                Optional.of("exact"),
                EnvironmentVariables.lookup(
                        Map.of("procura.db.url", "exact", "procura_db_url", "underscores", "PROCURA_DB_URL", "upper"),
                        "procura.db.url"));
        assertEquals(
                Optional.of("underscores"),
                EnvironmentVariables.lookup(
                        Map.of("procura_db_url", "underscores", "PROCURA_DB_URL", "upper"), "procura.db.url"));
        assertEquals(
                Optional.of("upper"), EnvironmentVariables.lookup(Map.of("PROCURA_DB_URL", "upper"), "procura.db.url"));
    }

    @Test
    void anEmptyValueCountsAsMissing() {
        assertEquals(
                Optional.empty(),
                EnvironmentVariables.lookup(Map.of("PROCURA_DB_PASSWORD", ""), "procura.db.password"));
        assertEquals(Optional.empty(), EnvironmentVariables.lookup(Map.of(), "procura.db.password"));
    }
}

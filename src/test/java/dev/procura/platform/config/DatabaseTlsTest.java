package dev.procura.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseTlsTest {

    private static Map<String, String> settings(String sslMode) {
        Map<String, String> settings = new HashMap<>();
        settings.put("procura.db.url", "jdbc:postgresql://db:5432/procura");
        if (sslMode != null) {
            settings.put("procura.db.sslmode", sslMode);
        }
        return settings;
    }

    private static DatabaseTls check(RunMode mode, Map<String, String> settings) {
        return DatabaseTls.check(mode, name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void productionAcceptsRequireAndTheVerifyingModes() {
        for (String mode : List.of("require", "verify-ca", "verify-full", "REQUIRE")) {
            assertEquals(
                    DatabaseTls.Verdict.SECURE,
                    check(RunMode.PROD, settings(mode)).verdict(),
                    mode);
        }
    }

    @Test
    void productionRefusesDisableAllowPreferAndNoSslModeAtAll() {
        for (String mode : new String[] {"disable", "allow", "prefer", null}) {
            DatabaseTls tls = check(RunMode.PROD, settings(mode));
            assertEquals(DatabaseTls.Verdict.REFUSED, tls.verdict(), String.valueOf(mode));
            assertTrue(tls.message().contains("control database"), tls.message());
            assertTrue(tls.message().contains("PROCURA_DB_SSLMODE"), tls.message());
            assertTrue(tls.message().contains("procura.db.allow-insecure"), tls.message());
        }
    }

    @Test
    void anExplicitAllowInsecureStartsWithAWarningNamingTheConnections() {
        Map<String, String> settings = settings("disable");
        settings.put("procura.db.allow-insecure", "true");

        DatabaseTls tls = check(RunMode.PROD, settings);

        assertEquals(DatabaseTls.Verdict.INSECURE_ALLOWED, tls.verdict());
        assertTrue(tls.message().contains("WITHOUT TLS"), tls.message());
        assertTrue(tls.message().contains("control database (sslmode=disable)"), tls.message());
    }

    @Test
    void allowInsecureFalseStillRefuses() {
        Map<String, String> settings = settings("prefer");
        settings.put("procura.db.allow-insecure", "false");

        assertEquals(DatabaseTls.Verdict.REFUSED, check(RunMode.PROD, settings).verdict());
    }

    @Test
    void developmentModeAcceptsAnyConnection() {
        assertEquals(
                DatabaseTls.Verdict.SECURE,
                check(RunMode.DEV, settings("disable")).verdict());
    }

    @Test
    void anSslModeInAJdbcUrlWinsOverTheSetting() {
        Map<String, String> settings = settings("require");
        settings.put("procura.db.url", "jdbc:postgresql://db:5432/procura?ApplicationName=x&sslmode=disable");
        DatabaseTls weakened = check(RunMode.PROD, settings);
        assertEquals(DatabaseTls.Verdict.REFUSED, weakened.verdict());

        Map<String, String> strengthened = settings("prefer");
        strengthened.put("procura.db.url", "jdbc:postgresql://db:5432/procura?sslmode=verify-full");
        assertEquals(
                DatabaseTls.Verdict.SECURE, check(RunMode.PROD, strengthened).verdict());
    }

    @Test
    void everyTenantServerIsCheckedByName() {
        Map<String, String> settings = settings("require");
        settings.put("procura.tenants.servers", "main, eu-west");
        settings.put("procura.tenants.server.main.url", "jdbc:postgresql://a:5432/");
        settings.put("procura.tenants.server.eu-west.url", "jdbc:postgresql://b:5432/?sslmode=prefer");

        DatabaseTls tls = check(RunMode.PROD, settings);

        assertEquals(DatabaseTls.Verdict.REFUSED, tls.verdict());
        assertEquals(List.of("tenant server eu-west (sslmode=prefer)"), tls.insecureConnections());
    }
}

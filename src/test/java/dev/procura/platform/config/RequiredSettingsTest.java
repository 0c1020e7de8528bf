package dev.procura.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> settings = new HashMap<>();
        for (String name : RequiredSettings.IN_PRODUCTION) {
            settings.put(name, "value");
        }
        return settings;
    }

    @Test
    void devModeRequiresNothing() {
        assertEquals(List.of(), RequiredSettings.missing(RunMode.DEV, name -> null));
    }

    @Test
    void productionListsEveryMissingSettingInOrder() {
        assertEquals(RequiredSettings.IN_PRODUCTION, RequiredSettings.missing(RunMode.PROD, name -> null));
    }

    @Test
    void productionWithEverySettingMissesNothing() {
        assertEquals(List.of(), RequiredSettings.missing(RunMode.PROD, complete()::get));
    }

    @Test
    void signingKeyMayBeGivenAsFileLocation() {
        Map<String, String> settings = complete();
        settings.remove("procura.jwt.signing-key");
        settings.put("procura.jwt.signing-key.location", "/etc/procura/key.pem");

        assertEquals(List.of(), RequiredSettings.missing(RunMode.PROD, settings::get));
    }

    @Test
    void blankValueCountsAsMissing() {
        Map<String, String> settings = complete();
        settings.put("procura.db.user", "  ");
        settings.put("procura.jwt.signing-key", "");
        settings.put("procura.jwt.signing-key.location", " ");

        assertEquals(
                List.of("procura.db.user", "procura.jwt.signing-key"),
                RequiredSettings.missing(RunMode.PROD, settings::get));
    }

    @Test
    void messageNamesEveryMissingSetting() {
        String message = RequiredSettings.message(List.of("procura.db.url", "procura.admin.password"));

        assertTrue(message.contains("procura.db.url, procura.admin.password"), message);
    }
}

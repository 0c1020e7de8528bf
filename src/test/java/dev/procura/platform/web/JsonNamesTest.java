package dev.procura.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNamesTest {

    @ParameterizedTest
    @CsvSource({
        "firstName, first_name",
        "accessTokenTtl, access_token_ttl",
        "email, email",
        "already_snake, already_snake",
    })
    void camelCaseBecomesSnakeCase(String javaName, String jsonName) {
        assertEquals(jsonName, JsonNames.snakeCase(javaName));
    }

    @Test
    void nullNameBecomesEmpty() {
        assertEquals("", JsonNames.snakeCase(null));
    }
}

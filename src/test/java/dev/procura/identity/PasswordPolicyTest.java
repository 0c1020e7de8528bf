package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordPolicyTest {

    private static final String EMAIL = "Alice.Smith@Example.com";

    private static PasswordPolicy policy(Optional<String> commonListFile) {
        PasswordPolicy policy = new PasswordPolicy();
        policy.minLength = 10;
        policy.commonListFile = commonListFile;
        policy.load();
        return policy;
    }

    private final PasswordPolicy policy = policy(Optional.empty());

    @Test
    void passwordShorterThanMinimumIsRefused() {
        assertEquals(Optional.of("must be at least 10 characters"), policy.refusal("short-pw!", EMAIL));
    }

    @Test
    void passwordOfExactlyMinimumLengthIsAccepted() {
        assertEquals(Optional.empty(), policy.refusal("kx7-Vq2#pL", EMAIL));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        String tenEmoji = "\uD83D\uDD12".repeat(10);

        assertEquals(Optional.empty(), policy.refusal(tenEmoji, EMAIL));
    }

    @Test
    void passwordOverBcryptByteLimitIsRefusedEvenWhenFewCharacters() {
        String thirtySevenUmlauts = "ü".repeat(37);
        String nineteenEmoji = "\uD83D\uDD12".repeat(19);

        assertEquals(74, thirtySevenUmlauts.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(Optional.of("must be at most 72 bytes"), policy.refusal(thirtySevenUmlauts, EMAIL));
        assertEquals(Optional.of("must be at most 72 bytes"), policy.refusal(nineteenEmoji, EMAIL));
    }

    @Test
    void passwordOfExactly72BytesIsAccepted() {
        String eighteenEmoji = "\uD83D\uDD12".repeat(18);

        assertEquals(Optional.empty(), policy.refusal(eighteenEmoji, EMAIL));
    }

    @Test
    void passwordEqualToEmailIgnoringCaseIsRefused() {
        assertEquals(Optional.of("must not be the email address"), policy.refusal("ALICE.SMITH@example.COM", EMAIL));
    }

    @Test
    void passwordEqualToEmailLocalPartIsRefused() {
        assertEquals(Optional.of("must not be the email address"), policy.refusal("alice.SMITH", EMAIL));
    }

    @Test
    void commonPasswordIsRefusedIgnoringCase() {
        assertEquals(Optional.of("is too common"), policy.refusal("PassWord123", EMAIL));
    }

    @Test
    void goodPassphraseIsAccepted() {
        assertEquals(Optional.empty(), policy.refusal("correct horse battery staple", EMAIL));
    }

    @Test
    void readSkipsCommentsAndBlankLinesAndLowerCases() throws Exception {
        String list = "# a comment\n\n  Hunter2Hunter2  \nDRAGON-FIRE\n   \n#another\n";

        Set<String> read = PasswordPolicy.read(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));

        assertEquals(Set.of("hunter2hunter2", "dragon-fire"), read);
    }

    @Test
    void configuredCommonListReplacesTheBuiltInList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("common.txt");
        Files.writeString(file, "# ours\nProcura-2025\n");

        PasswordPolicy custom = policy(Optional.of(file.toString()));

        assertEquals(Optional.of("is too common"), custom.refusal("procura-2025", EMAIL));
        assertEquals(Optional.empty(), custom.refusal("PassWord123", EMAIL));
    }

    @Test
    void blankCommonListSettingUsesTheBuiltInList() {
        PasswordPolicy blank = policy(Optional.of("  "));

        assertTrue(blank.refusal("PassWord123", EMAIL).isPresent());
    }
}

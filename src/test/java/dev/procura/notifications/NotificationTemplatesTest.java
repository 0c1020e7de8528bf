package dev.procura.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates fill placeholders and do nothing else; subjects stay one line; HTML values are escaped. */
class NotificationTemplatesTest {

    private final NotificationTemplates templates = new NotificationTemplates();

    @Test
    void placeholdersAreFilledAndMissingOnesBecomeEmpty() {
        assertEquals(
                "Hello Ana, you have  new items.",
                Template.render(
                        "Hello {{name}}, you have {{count}} new items.",
                        Map.of("name", "Ana"),
                        Template.Escaping.NONE));
        assertEquals(
                "spaces allowed: x",
                Template.render("spaces allowed: {{ value }}", Map.of("value", "x"), Template.Escaping.NONE));
    }

    @Test
    void valuesAreInsertedOnceAndNeverInterpreted() {
        Map<String, String> values = Map.of("a", "{{b}}", "b", "secret", "c", "$1 \\ ${java.home} #{1+1} <%= 1 %>");
        assertEquals(
                "{{b}} / $1 \\ ${java.home} #{1+1} <%= 1 %>",
                Template.render("{{a}} / {{c}}", values, Template.Escaping.NONE));
        // Anything that is not a {{name}} placeholder is plain text, never evaluated.
        assertEquals(
                "${user.home} {{ 1 + 1 }} {{a.b}} {{}}",
                Template.render("${user.home} {{ 1 + 1 }} {{a.b}} {{}}", Map.of(), Template.Escaping.NONE));
    }

    @Test
    void htmlEscapesValuesButTextDoesNot() {
        String value = "<script>alert('x')</script> & \"more\"";
        assertEquals(
                "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</p>",
                Template.render("<p>{{v}}</p>", Map.of("v", value), Template.Escaping.HTML));
        assertEquals(
                "<p>" + value + "</p>", Template.render("<p>{{v}}</p>", Map.of("v", value), Template.Escaping.NONE));
    }

    @Test
    void theFirstLineIsTheSubjectAndALineBreakInAValueCannotEndIt() {
        RenderedMessage message = templates.render(
                "message", Map.of("title", "Closing\r\nBcc: everyone@example.com", "body", "Line one\nLine two"));
        assertEquals("Closing Bcc: everyone@example.com", message.subject());
        assertEquals("Line one\nLine two", message.text());
        assertNull(message.html());
    }

    @Test
    void aBudgetWarningNamesTheOrderAndTheFigures() {
        Map<String, String> values = new HashMap<>(Map.of(
                "number",
                "PO-000042",
                "cost_center",
                "MKT",
                "period",
                "2026",
                "currency",
                "EUR",
                "amount",
                "100.00",
                "committed",
                "0.00",
                "spent",
                "0.00",
                "remaining",
                "100.00",
                "requested",
                "150.00"));
        values.put("link", "/api/v1/tenants/t/purchase-orders/p");
        RenderedMessage message = templates.render("budget_warning", values);
        assertEquals("Budget warning: PO-000042 goes beyond budget MKT 2026", message.subject());
        assertTrue(message.text().contains("This order: 150.00 EUR"), message.text());
        assertTrue(message.text().endsWith("/api/v1/tenants/t/purchase-orders/p"), message.text());
    }

    @Test
    void anApprovalRequestHasAnEscapedHtmlAlternative() {
        RenderedMessage message = templates.render(
                "approval_request",
                Map.of(
                        "requester",
                        "Ana <ana@x>",
                        "document",
                        "purchase order",
                        "reference",
                        "PO-7",
                        "level",
                        "1",
                        "link",
                        "/x"));
        assertEquals("Approval needed: purchase order PO-7", message.subject());
        assertTrue(message.text().startsWith("Ana <ana@x> asks for your approval"), message.text());
        assertTrue(message.hasHtml());
        assertTrue(message.html().contains("Ana &lt;ana@x&gt;"), message.html());
        assertFalse(message.html().contains("<ana@x>"));
    }

    @Test
    void everyTemplateTheMappingUsesExists() {
        for (NotificationType type : NotificationType.values()) {
            // These come through notification.requested with a title and body: the message template.
            if (!java.util.Set.of(
                            NotificationType.MESSAGE,
                            NotificationType.DOWNLOAD_READY,
                            NotificationType.LIMIT_WARNING,
                            NotificationType.TRIAL)
                    .contains(type)) {
                assertFalse(
                        templates.render(type.wireName(), Map.of()).subject().isBlank(), type.wireName());
            }
        }
        assertFalse(templates
                .render("download_ready", Map.of("title", "Report ready"))
                .subject()
                .isBlank());
        assertThrows(IllegalArgumentException.class, () -> templates.render("no_such_template", Map.of()));
    }

    @Test
    void aTranslatedTemplateIsUsedForItsLanguageAndEnglishOtherwise() {
        Map<String, String> values = Map.of("name", "Ana", "token", "abc", "valid_minutes", "30");
        assertEquals(
                "Procura-Passwort zurücksetzen",
                templates.render("password_reset", "de", values).subject());
        assertEquals(
                "Reset your Procura password",
                templates.render("password_reset", "en", values).subject());
        // no German version of this one: English
        assertEquals(
                templates.render("budget_warning", Map.of()).subject(),
                templates.render("budget_warning", "de", Map.of()).subject());
        for (String language : NotificationTemplates.LANGUAGES) {
            for (String name : java.util.List.of("password_reset", "email_verification", "digest")) {
                org.junit.jupiter.api.Assertions.assertTrue(
                        templates.render(name, language, values).text().contains("Ana"), name + " " + language);
            }
        }
    }
}

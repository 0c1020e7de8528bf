package dev.procura.branding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgSanitizerTest {

    private static String clean(String svg) throws SvgSanitizer.Refused {
        return new String(SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void scriptsEventHandlersAndForeignObjectsAreRemovedWhileTheDrawingStays() throws Exception {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\">"
                + "<script>alert('x')</script>"
                + "<rect width=\"10\" height=\"10\" fill=\"#1F4E79\" onclick=\"steal()\" OnMouseOver=\"x()\"/>"
                + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>"
                + "<circle cx=\"5\" cy=\"5\" r=\"2\"/></svg>");
        assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("script"), out);
        assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("onload"), out);
        assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("onclick"), out);
        assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("onmouseover"), out);
        assertFalse(out.contains("foreignObject"), out);
        assertFalse(out.contains("alert"), out);
        assertTrue(out.contains("<rect"), out);
        assertTrue(out.contains("fill=\"#1F4E79\""), out);
        assertTrue(out.contains("<circle"), out);
        assertTrue(out.contains("viewBox=\"0 0 10 10\""), out);
    }

    @Test
    void onlyReferencesInsideTheDocumentSurvive() throws Exception {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
                + "<path id=\"p\" d=\"M0 0L1 1\"/></defs>"
                + "<use xlink:href=\"#p\"/>"
                + "<use href=\"https://evil.example/x.svg#a\"/>"
                + "<use xlink:href=\"javascript:alert(1)\"/>"
                + "<a href=\"javascript:alert(2)\"><text>click</text></a>"
                + "<image href=\"https://evil.example/track.png\"/>"
                + "<rect fill=\"url(#g)\" stroke=\"url(https://evil.example/p)\" style=\"background:url(http://x)\"/>"
                + "<style>@import url(https://evil.example/a.css);</style>"
                + "<set attributeName=\"href\" to=\"javascript:alert(3)\"/>"
                + "</svg>");
        assertTrue(out.contains("href=\"#p\""), out);
        assertTrue(out.contains("fill=\"url(#g)\""), out);
        assertFalse(out.contains("evil.example"), out);
        assertFalse(out.contains("javascript"), out);
        assertFalse(out.contains("<a"), out);
        assertFalse(out.contains("<image"), out);
        assertFalse(out.contains("<style"), out);
        assertFalse(out.contains("<set"), out);
        assertFalse(out.contains("click"), "the text of a removed link goes with it: " + out);
    }

    @Test
    void doctypesAndEntitiesAreRefused() {
        assertThrows(
                SvgSanitizer.Refused.class,
                () -> clean("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>"));
        assertThrows(
                SvgSanitizer.Refused.class,
                () -> clean("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\">&lol2;</svg>"));
    }

    @Test
    void somethingThatIsNotAnSvgIsRefused() {
        assertThrows(SvgSanitizer.Refused.class, () -> clean("<html><body>hi</body></html>"));
        assertThrows(SvgSanitizer.Refused.class, () -> clean("<svg>no namespace</svg>"));
        assertThrows(SvgSanitizer.Refused.class, () -> clean("<svg xmlns=\"http://www.w3.org/2000/svg\">"));
    }

    @Test
    void commentsAndProcessingInstructionsGoAndCdataBecomesText() throws Exception {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- secret --><?php evil(); ?>"
                + "<text><![CDATA[A & B]]></text></svg>");
        assertFalse(out.contains("secret"), out);
        assertFalse(out.contains("php"), out);
        assertTrue(out.contains("A &amp; B"), out);
    }
}

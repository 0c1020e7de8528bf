package dev.procura.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contrast against known WCAG values, host names, fonts, and the checks of uploaded images. */
class BrandingRulesTest {

    @Test
    void contrastRatiosMatchKnownWcagValues() {
        assertEquals(21.0, Contrast.ratio("#FFFFFF", "#000000"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#777777", "#777777"), 1e-9);
        assertEquals(4.54, Contrast.ratio("#FFFFFF", "#767676"), 0.005);
        assertEquals(4.48, Contrast.ratio("#FFFFFF", "#777777"), 0.005);
        assertEquals(4.00, Contrast.ratio("#FFFFFF", "#FF0000"), 0.005);
        assertEquals(8.59, Contrast.ratio("#FFFFFF", "#0000FF"), 0.005);
        assertEquals(Contrast.ratio("#1F4E79", "#FFFFFF"), Contrast.ratio("#ffffff", "#1f4e79"), 1e-12);
        assertEquals("4.54:1", Contrast.format(Contrast.ratio("#FFFFFF", "#767676")));
        assertEquals("#FFFFFF", Contrast.textOn("#1F4E79"));
        assertEquals("#000000", Contrast.textOn("#F2A900"));
        assertThrows(IllegalArgumentException.class, () -> Contrast.luminance("#12345"));
    }

    @Test
    void aPrimaryColourTooLightForWhiteTextIsAFieldErrorNamingTheRatio() {
        List<FieldError> errors = BrandingRules.check(change("#777777", null, null));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("primary_color", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("4.47:1"), errors.toString());
        assertTrue(BrandingRules.check(change("#767676", "inter", "shop.example.com"))
                .isEmpty());
    }

    @Test
    void fontsComeFromTheFixedList() {
        List<FieldError> errors = BrandingRules.check(change(null, "comic-sans", null));
        assertEquals("font", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("inter"), errors.toString());
    }

    @Test
    void customDomainsAreHostNamesNotAddresses() {
        assertEquals(Optional.empty(), Hostnames.problem("procurement.acme.example"));
        assertEquals(Optional.empty(), Hostnames.problem("a-1.b2.co"));
        for (String bad : List.of(
                "localhost",
                "-acme.example",
                "acme-.example",
                "acme..example",
                "acme.example.",
                "ac_me.example",
                "192.168.1.10",
                "a".repeat(64) + ".example",
                ("a".repeat(60) + ".").repeat(5) + "com")) {
            assertTrue(Hostnames.problem(bad).isPresent(), bad);
        }
        assertEquals(
                "custom_domain",
                BrandingRules.check(change(null, null, "10.0.0.1")).get(0).field());
    }

    @Test
    void pngImagesAreCheckedBySignatureAndDimensions() throws Exception {
        BrandImage logo = BrandImage.of(AssetKind.LOGO, png(300, 100, 0));
        assertEquals(BrandImage.PNG, logo.contentType());
        assertEquals(300, logo.width());
        assertEquals(100, logo.height());
        assertEquals(64, logo.sha256().length());

        BrandImage.Refused tooWide =
                assertThrows(BrandImage.Refused.class, () -> BrandImage.of(AssetKind.FAVICON, png(1024, 16, 0)));
        assertTrue(tooWide.getMessage().contains("1024"), tooWide.getMessage());
        BrandImage.Refused tooBig =
                assertThrows(BrandImage.Refused.class, () -> BrandImage.of(AssetKind.FAVICON, png(32, 32, 70 * 1024)));
        assertTrue(tooBig.getMessage().contains("65536"), tooBig.getMessage());
        assertThrows(
                BrandImage.Refused.class,
                () -> BrandImage.of(AssetKind.LOGO, "GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(BrandImage.Refused.class, () -> BrandImage.of(AssetKind.LOGO, png(0, 10, 0)));
        byte[] truncated = java.util.Arrays.copyOf(png(10, 10, 0), 20);
        assertThrows(BrandImage.Refused.class, () -> BrandImage.of(AssetKind.LOGO, truncated));
    }

    @Test
    void svgImagesAreStoredSanitised() throws Exception {
        BrandImage svg = BrandImage.of(
                AssetKind.LOGO,
                "\uFEFF <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"><rect width=\"1\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(BrandImage.SVG, svg.contentType());
        String text = new String(svg.bytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("onload"), text);
        assertTrue(text.contains("<rect"), text);
        BrandImage.Refused html = assertThrows(
                BrandImage.Refused.class,
                () -> BrandImage.of(AssetKind.LOGO, "<html/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.getMessage().contains("PNG or SVG"), html.getMessage());
    }

    @Test
    void blankTextsAreNoTextsAndTheDomainIsLowerCase() {
        BrandingRequests.Change change = new BrandingRequests.Change(
                        null, "  ", " acme ", null, null, " ", null, null, "", null, null, null, " Shop.ACME.Example ")
                .normalized();
        assertEquals(null, change.displayName());
        assertEquals("acme", change.slug());
        assertEquals(null, change.primaryColor());
        assertEquals("shop.acme.example", change.customDomain());
        assertEquals(Optional.of(AssetKind.LOGO), AssetKind.of("LOGO"));
        assertEquals(Optional.empty(), AssetKind.of("banner"));
    }

    private static BrandingRequests.Change change(String primary, String font, String domain) {
        return new BrandingRequests.Change(
                null, null, null, null, null, primary, null, font, null, null, null, null, domain);
    }

    /** A PNG signature and IHDR header of these dimensions, padded with {@code padding} bytes. */
    static byte[] png(int width, int height, int padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes("IHDR".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(8).putInt(width).putInt(height).array());
        out.writeBytes(new byte[] {8, 6, 0, 0, 0, 0, 0, 0, 0});
        out.writeBytes(new byte[padding]);
        return out.toByteArray();
    }
}

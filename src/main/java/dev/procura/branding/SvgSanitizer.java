package dev.procura.branding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes an uploaded SVG safe to serve: parsed with no DTD and no external entities, it keeps only
 * drawing elements and presentation attributes of a whitelist. Scripts, event handlers
 * ({@code on*}), {@code foreignObject}, images, links, animations and style sheets go; a
 * reference ({@code href}, {@code url(…)}) survives only when it points inside the document
 * ({@code #id}). Comments and processing instructions go too. The output is what is stored and
 * served, never the original.
 */
public final class SvgSanitizer {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "title",
            "desc",
            "symbol",
            "use",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "textPath",
            "linearGradient",
            "radialGradient",
            "stop",
            "clipPath",
            "mask",
            "pattern",
            "filter",
            "feGaussianBlur",
            "feOffset",
            "feBlend",
            "feColorMatrix",
            "feMerge",
            "feMergeNode",
            "feFlood",
            "feComposite");

    private static final Set<String> ATTRIBUTES = Set.of(
            "id",
            "class",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "fx",
            "fy",
            "fr",
            "width",
            "height",
            "d",
            "points",
            "transform",
            "viewBox",
            "preserveAspectRatio",
            "version",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-opacity",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-dasharray",
            "stroke-dashoffset",
            "stroke-miterlimit",
            "opacity",
            "clip-path",
            "clip-rule",
            "clipPathUnits",
            "mask",
            "maskUnits",
            "maskContentUnits",
            "offset",
            "stop-color",
            "stop-opacity",
            "gradientUnits",
            "gradientTransform",
            "spreadMethod",
            "patternUnits",
            "patternContentUnits",
            "patternTransform",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "text-anchor",
            "dominant-baseline",
            "letter-spacing",
            "dx",
            "dy",
            "rotate",
            "textLength",
            "lengthAdjust",
            "display",
            "visibility",
            "color",
            "filter",
            "filterUnits",
            "stdDeviation",
            "in",
            "in2",
            "result",
            "mode",
            "values",
            "type",
            "flood-color",
            "flood-opacity",
            "operator",
            "k1",
            "k2",
            "k3",
            "k4",
            "vector-effect",
            "shape-rendering",
            "overflow",
            "style",
            "href");

    /** CSS or attribute values that could reach outside the document or run code. */
    private static final Pattern DANGEROUS = Pattern.compile(
            "(?i)javascript:|vbscript:|data:|expression\\s*\\(|@import|behavior\\s*:|-moz-binding|\\\\");

    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)");

    /** An SVG that cannot be made safe, or is not an SVG. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private SvgSanitizer() {}

    public static byte[] sanitize(byte[] svg) throws Refused {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new Refused("is not an SVG image (its root element must be <svg> in the SVG namespace)");
        }
        clean(root);
        return write(document);
    }

    private static Document parse(byte[] svg) throws Refused {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXException e) {
            throw new Refused("is not well-formed XML without a DTD: " + firstLine(e.getMessage()));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The XML parser cannot be set up securely", e);
        }
    }

    private static void clean(Element element) {
        cleanAttributes(element);
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (isAllowed((Element) child)) {
                        clean((Element) child);
                    } else {
                        element.removeChild(child);
                    }
                }
                case Node.TEXT_NODE -> {}
                case Node.CDATA_SECTION_NODE ->
                    element.replaceChild(element.getOwnerDocument().createTextNode(child.getNodeValue()), child);
                default -> element.removeChild(child);
            }
        }
    }

    private static boolean isAllowed(Element element) {
        return SVG_NS.equals(element.getNamespaceURI()) && ELEMENTS.contains(element.getLocalName());
    }

    private static void cleanAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> unwanted = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!isAllowed(attribute)) {
                unwanted.add(attribute);
            }
        }
        unwanted.forEach(element::removeAttributeNode);
    }

    private static boolean isAllowed(Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            return SVG_NS.equals(value) || XLINK_NS.equals(value);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return false;
        }
        if ("href".equals(name)) {
            return (namespace == null || XLINK_NS.equals(namespace))
                    && value.strip().startsWith("#");
        }
        if (namespace != null && !(XMLConstants.XML_NS_URI.equals(namespace) && "space".equals(name))) {
            return false;
        }
        return (ATTRIBUTES.contains(name) || "space".equals(name)) && isSafeValue(value);
    }

    private static boolean isSafeValue(String value) {
        if (DANGEROUS.matcher(value).find()) {
            return false;
        }
        var urls = URL.matcher(value);
        while (urls.find()) {
            if (!urls.group(1).startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the sanitised SVG", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

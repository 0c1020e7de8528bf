package dev.procura.platform.web;

import dev.procura.platform.failures.ProblemType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request targets and headers above the API's limits as problem+json (414, 431) before
 * anything reads them. The limits sit below the HTTP channel's own (a header field of 32 KiB,
 * Liberty's {@code limitFieldSize} maximum), which answers an empty 400 that no application can
 * shape: between the two, clients get a proper problem.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @ConfigProperty(name = "procura.http.max-uri-bytes", defaultValue = "8192")
    int maxUriBytes;

    @Inject
    @ConfigProperty(name = "procura.http.max-header-bytes", defaultValue = "8192")
    int maxHeaderBytes;

    @Inject
    @ConfigProperty(name = "procura.http.max-headers-total-bytes", defaultValue = "32768")
    int maxHeadersTotalBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        int uriBytes = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (uriBytes > maxUriBytes) {
            refuse(
                    response,
                    Problem.of(
                            ProblemType.URI_TOO_LONG,
                            "The request target holds " + uriBytes + " bytes; at most " + maxUriBytes
                                    + " are accepted"));
            return;
        }
        int total = 0;
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                int size = name.length() + 2 + values.nextElement().getBytes(StandardCharsets.ISO_8859_1).length;
                total += size;
                if (size > maxHeaderBytes) {
                    refuse(
                            response,
                            Problem.of(
                                    ProblemType.HEADERS_TOO_LARGE,
                                    "The " + name + " header holds " + size + " bytes; at most " + maxHeaderBytes
                                            + " are accepted"));
                    return;
                }
            }
        }
        if (total > maxHeadersTotalBytes) {
            refuse(
                    response,
                    Problem.of(
                            ProblemType.HEADERS_TOO_LARGE,
                            "The headers hold " + total + " bytes; at most " + maxHeadersTotalBytes + " are accepted"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write(JSON.toJson(problem));
    }
}

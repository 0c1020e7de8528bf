package dev.procura.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Jakarta REST serves the whole context root, so that every path (even an unknown one) answers
 * problem+json; Liberty's /health, /metrics and /openapi have context roots of their own.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Procura API",
                        version = "1",
                        description = "Multi-tenant procurement documents and ERP master data. JSON names are "
                                + "snake_case; money is a JSON number with its ISO 4217 `currency` beside it; "
                                + "times are UTC (RFC 3339), business dates are days in the tenant's time zone. "
                                + "Errors are application/problem+json (RFC 9457) with a stable `type`: "
                                + "docs/problems.md lists them.",
                        contact = @Contact(name = "Procura", url = "https://procura.dev", email = "api@procura.dev"),
                        license = @License(name = "Apache-2.0", identifier = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {}

package dev.procura.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
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
                        description = "Multi-tenant procurement documents and ERP master data. Errors are "
                                + "application/problem+json (RFC 9457) with a stable `type`."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {}

package dev.procura.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

@Path("/.well-known/jwks.json")
@Public
@Tag(name = "Authentication")
public class JwksResource {

    @Inject
    SigningKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Public keys that verify Procura access tokens (JWKS)",
            description = "RS256 keys; `kid` is the RFC 7638 thumbprint and matches the token header.")
    @APIResponse(
            responseCode = "200",
            description = "The key set (RFC 7517), cacheable for 5 minutes",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "keys",
                                            properties =
                                                    @SchemaProperty(
                                                            name = "keys",
                                                            type = SchemaType.ARRAY,
                                                            description =
                                                                    "RSA public keys (kty, kid, use, alg, n, e)"))))
    @APIResponse(responseCode = "406", description = "The `Accept` header excludes application/json")
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        String json = new JsonWebKeySet(keys.signingKey()).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        return Response.ok(json).cacheControl(cache).build();
    }
}

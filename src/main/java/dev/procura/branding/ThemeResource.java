package dev.procura.branding;

import dev.procura.branding.BrandingViews.AssetView;
import dev.procura.branding.BrandingViews.ThemeView;
import dev.procura.platform.security.Public;
import dev.procura.platform.web.JsonConfig;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public theme and images of a tenant's branding, for front ends before anyone signs in. */
@Path("/api/v1/branding")
@Public
@Tag(name = "Branding")
public class ThemeResource {

    static final String CSS = "text/css";

    /** Images are served as data: nothing in them may run, load or be sniffed into another type. */
    static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Inject
    ThemeService themes;

    private static final Jsonb JSON = new JsonConfig().getContext(ThemeView.class);

    @GET
    @Path("/theme")
    @Produces({MediaType.APPLICATION_JSON, CSS})
    @Operation(
            summary = "A tenant's public theme",
            description = "No token. Name the tenant by `tenant` (its slug or id) or by `domain` (its custom domain)."
                    + " JSON, or a style sheet of CSS variables on :root with `format=css` or `Accept: text/css`."
                    + " Defaults for what the tenant has not set. Cacheable for 5 minutes; `If-None-Match` with the"
                    + " ETag answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The theme",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeView.class)),
                @Content(mediaType = CSS, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in `If-None-Match`")
    @APIResponse(responseCode = "400", description = "Neither or both of `tenant` and `domain`, or a bad `format`")
    @APIResponse(responseCode = "404", description = "No active tenant with this slug, id or domain")
    @APIResponse(responseCode = "503", description = "The tenant's database is unreachable; retry after `Retry-After`")
    public Response theme(
            @Parameter(description = "The tenant's slug or id") @QueryParam("tenant") @Size(max = 63) String tenant,
            @Parameter(description = "The tenant's custom domain") @QueryParam("domain") @Size(max = 253) String domain,
            @Parameter(description = "css for a style sheet, json (the default unless Accept asks for text/css)")
                    @QueryParam("format")
                    @Pattern(regexp = "css|json", message = "must be css or json")
                    String format,
            @Context HttpHeaders headers,
            @Context Request request) {
        ThemeView theme = themes.theme(tenant, domain);
        boolean css = format == null ? prefersCss(headers) : format.equals("css");
        String body = css ? theme.css() : JSON.toJson(theme);
        EntityTag tag = new EntityTag(
                BrandImage.sha256(body.getBytes(StandardCharsets.UTF_8)).substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null
                ? unchanged
                : css ? Response.ok(body, CSS + ";charset=UTF-8") : Response.ok(theme, MediaType.APPLICATION_JSON);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return answer.tag(tag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", "Accept")
                .build();
    }

    @GET
    @Path("/assets/{tenant}/{kind}")
    @Produces({"image/png", "image/svg+xml"})
    @Operation(
            summary = "A tenant's logo or favicon",
            description = "No token. PNG as checked on upload, or the sanitised SVG. Served with `nosniff`, a"
                    + " Content-Security-Policy that lets nothing run or load, and an ETag (`If-None-Match` → 304).")
    @APIResponse(
            responseCode = "200",
            description = "The image",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Content-Security-Policy", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "X-Content-Type-Options", schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in `If-None-Match`")
    @APIResponse(responseCode = "404", description = "No active tenant with this slug or id, or it has no such image")
    @APIResponse(responseCode = "503", description = "The tenant's database is unreachable; retry after `Retry-After`")
    public Response asset(
            @Parameter(description = "The tenant's slug or id") @PathParam("tenant") String tenant,
            @Parameter(description = "logo or favicon") @PathParam("kind") String kind,
            @Parameter(description = "The image's version, as the theme's URL gives it; any value reads the current")
                    @QueryParam("v")
                    @Size(max = 64)
                    String version,
            @Context Request request) {
        AssetView asset = themes.asset(tenant, kind);
        EntityTag tag = new EntityTag(asset.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer =
                unchanged != null ? unchanged : Response.ok(asset.bytes(), asset.contentType());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return answer.tag(tag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", IMAGE_POLICY)
                .build();
    }

    private static boolean prefersCss(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("css")) {
                return true;
            }
        }
        return false;
    }
}

package dev.procura.branding;

import dev.procura.branding.BrandingViews.AssetView;
import dev.procura.branding.BrandingViews.ThemeView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.tenants.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public face of a tenant's branding, read without a token: its theme (CSS variables and
 * image URLs, defaults where the tenant set nothing) and its images. A tenant is found by its
 * slug, its id or its custom domain; an unknown one, or one that is not active, is not found.
 */
@ApplicationScoped
public class ThemeService {

    static final String DEFAULT_PRIMARY = "#1F4E79";
    static final String DEFAULT_SECONDARY = "#F2A900";
    static final String TEXT = "#1A1A1A";

    @Inject
    BrandAddressRepository addresses;

    @Inject
    TenantService tenants;

    @Inject
    TenantTransactions tenantData;

    @Inject
    BrandingRepository brandings;

    /** The theme of the tenant with this slug or id ({@code tenant}) or custom domain ({@code domain}). */
    public ThemeView theme(String tenant, String domain) {
        UUID tenantId = resolve(tenant, domain);
        String name = tenants.activeName(tenantId).orElseThrow(() -> unknown(tenant, domain));
        return tenantData.call(tenantId, tx -> {
            Branding branding = brandings.find(tx.em());
            Map<AssetKind, BrandingAsset> assets = brandings.assets(tx.em());
            String key = publicKey(tenantId, branding);
            String primary =
                    branding == null || branding.primaryColor() == null ? DEFAULT_PRIMARY : branding.primaryColor();
            String secondary = branding == null || branding.secondaryColor() == null
                    ? DEFAULT_SECONDARY
                    : branding.secondaryColor();
            BrandFont font = branding == null || branding.font() == null
                    ? BrandFont.DEFAULT
                    : BrandFont.of(branding.font()).orElse(BrandFont.DEFAULT);
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put("--procura-primary", primary);
            variables.put("--procura-secondary", secondary);
            variables.put("--procura-on-primary", Contrast.textOn(primary));
            variables.put("--procura-on-secondary", Contrast.textOn(secondary));
            variables.put("--procura-text", TEXT);
            variables.put("--procura-font", font.stack());
            return new ThemeView(
                    key,
                    branding == null || branding.displayName() == null ? name : branding.displayName(),
                    font.key(),
                    variables,
                    assetUrl(key, AssetKind.LOGO, assets.get(AssetKind.LOGO)),
                    assetUrl(key, AssetKind.FAVICON, assets.get(AssetKind.FAVICON)));
        });
    }

    /** The tenant's logo or favicon as served; not found when it has none. */
    public AssetView asset(String tenant, String kindName) {
        AssetKind kind = AssetKind.of(kindName).orElseThrow(() -> new Failure.NotFound("No image " + kindName));
        UUID tenantId = resolve(tenant, null);
        if (tenants.activeName(tenantId).isEmpty()) {
            throw unknown(tenant, null);
        }
        return tenantData.call(tenantId, tx -> {
            BrandingAsset asset = brandings.assets(tx.em()).get(kind);
            if (asset == null) {
                throw new Failure.NotFound("Tenant " + tenant + " has no " + kind.key());
            }
            return new AssetView(asset.contentType(), asset.content(), asset.sha256());
        });
    }

    private UUID resolve(String tenant, String domain) {
        boolean byTenant = tenant != null && !tenant.isBlank();
        boolean byDomain = domain != null && !domain.isBlank();
        if (byTenant == byDomain) {
            throw new Failure.InvalidInput("tenant", "give either tenant (a slug or tenant id) or domain, not both");
        }
        Optional<UUID> found;
        if (byDomain) {
            found = addresses.tenantOfDomain(domain.strip().toLowerCase(Locale.ROOT));
        } else {
            found = asId(tenant.strip())
                    .or(() -> addresses.tenantOfSlug(tenant.strip().toLowerCase(Locale.ROOT)));
        }
        return found.orElseThrow(() -> unknown(tenant, domain));
    }

    private static Optional<UUID> asId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Failure unknown(String tenant, String domain) {
        return new Failure.NotFound(
                domain != null && !domain.isBlank() ? "No tenant at domain " + domain : "No tenant " + tenant);
    }

    /** The name of the tenant in public URLs: its slug, or its id while it has none. */
    static String publicKey(UUID tenantId, Branding branding) {
        return branding != null && branding.slug() != null ? branding.slug() : tenantId.toString();
    }

    /** The image's URL, versioned by its digest so that it can be cached for long; null when there is none. */
    static String assetUrl(String key, AssetKind kind, BrandingAsset asset) {
        return asset == null
                ? null
                : "/api/v1/branding/assets/" + key + "/" + kind.key() + "?v="
                        + asset.sha256().substring(0, 12);
    }
}

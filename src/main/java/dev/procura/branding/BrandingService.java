package dev.procura.branding;

import dev.procura.branding.BrandAddressRepository.Address;
import dev.procura.branding.BrandingViews.BrandingView;
import dev.procura.documents.DocumentService;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tenant's branding. A change is checked in full first (formats, font, contrast of white text on
 * the primary colour, the custom domain, and the logo and favicon read from the tenant's documents
 * as PNG or sanitised SVG); then the slug and domain are claimed across tenants in the control
 * database (409 when taken) and the branding, its images and a {@code branding.updated} event are
 * written in one tenant transaction. A failed tenant write gives the claim back.
 */
@ApplicationScoped
public class BrandingService {

    private static final Logger LOG = Logger.getLogger(BrandingService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantTransactions tenantData;

    @Inject
    BrandingRepository brandings;

    @Inject
    BrandAddressRepository addresses;

    @Inject
    DocumentService documents;

    @Inject
    TenantOutbox outbox;

    @Inject
    Clock clock;

    public BrandingView get(UUID tenantId) {
        return tenantData.call(tx -> view(tenantId, brandings.find(tx.em()), brandings.assets(tx.em())));
    }

    public BrandingView change(Caller caller, UUID tenantId, BrandingRequests.Change request) {
        BrandingRequests.Change change = request.normalized();
        List<FieldError> errors = new ArrayList<>(BrandingRules.check(change));
        Map<AssetKind, BrandImage> images = images(caller, change, errors);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        Address[] previous = {null};
        try {
            return tenantData.call(tx -> {
                EntityManager em = tx.em();
                Branding branding = brandings.find(em);
                long current = branding == null ? 0 : branding.version();
                if (change.version() != null && change.version() != current) {
                    throw new Failure.Conflict(
                            ProblemType.BRANDING_CHANGED,
                            "The branding is at version " + current + ", not " + change.version()
                                    + ": read it again and repeat the change",
                            Map.of("current_version", current));
                }
                previous[0] = addresses.point(tenantId, new Address(change.slug(), change.customDomain()), tx.now());
                if (branding == null) {
                    branding = new Branding(tx.now());
                    em.persist(branding);
                }
                branding.change(change, tx.now(), BrandingService::verificationToken);
                Map<AssetKind, BrandingAsset> assets = brandings.assets(em);
                for (AssetKind kind : AssetKind.values()) {
                    keep(em, kind, documentOf(change, kind), images.get(kind), assets, tx.now());
                }
                em.flush();
                outbox.publish(tx, "branding.updated", tenantId.toString(), caller.userId(), facts(branding));
                return view(tenantId, branding, brandings.assets(em));
            });
        } catch (RuntimeException e) {
            if (previous[0] != null) {
                giveBack(tenantId, previous[0]);
            }
            throw e;
        }
    }

    /** The new images: read from the documents store, checked; an unchanged document is not read again. */
    private Map<AssetKind, BrandImage> images(Caller caller, BrandingRequests.Change change, List<FieldError> errors) {
        Map<AssetKind, UUID> held = tenantData.call(tx -> {
            Map<AssetKind, UUID> sources = new EnumMap<>(AssetKind.class);
            brandings.assets(tx.em()).forEach((kind, asset) -> sources.put(kind, asset.sourceDocumentId()));
            return sources;
        });
        Map<AssetKind, BrandImage> images = new EnumMap<>(AssetKind.class);
        for (AssetKind kind : AssetKind.values()) {
            UUID documentId = documentOf(change, kind);
            if (documentId == null || documentId.equals(held.get(kind))) {
                continue;
            }
            try {
                images.put(kind, BrandImage.of(kind, read(caller, documentId, kind.maxBytes())));
            } catch (Failure.NotFound e) {
                errors.add(new FieldError(kind.field(), "is not a document of this tenant"));
            } catch (BrandImage.Refused e) {
                errors.add(new FieldError(kind.field(), "the document " + e.getMessage()));
            }
        }
        return images;
    }

    /** At most {@code limit} + 1 bytes: enough to tell a file over the limit without reading all of it. */
    private byte[] read(Caller caller, UUID documentId, int limit) {
        DocumentService.Content content = documents.content(caller, documentId);
        try (InputStream in = content.stream()) {
            return in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + documentId, e);
        }
    }

    private static UUID documentOf(BrandingRequests.Change change, AssetKind kind) {
        return kind == AssetKind.LOGO ? change.logoDocumentId() : change.faviconDocumentId();
    }

    private static void keep(
            EntityManager em,
            AssetKind kind,
            UUID documentId,
            BrandImage image,
            Map<AssetKind, BrandingAsset> assets,
            java.time.Instant now) {
        BrandingAsset asset = assets.get(kind);
        if (documentId == null) {
            if (asset != null) {
                em.remove(asset);
            }
            return;
        }
        if (image == null) {
            return;
        }
        if (asset == null) {
            asset = new BrandingAsset(kind);
            asset.hold(image, documentId, now);
            em.persist(asset);
        } else {
            asset.hold(image, documentId, now);
        }
    }

    private void giveBack(UUID tenantId, Address previous) {
        try {
            addresses.point(tenantId, previous, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give back the branding address of tenant " + tenantId, e);
        }
    }

    private static String verificationToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "procura-verify=" + HexFormat.of().formatHex(bytes);
    }

    private static Map<String, Object> facts(Branding branding) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("version", branding.version());
        if (branding.displayName() != null) {
            facts.put("display_name", branding.displayName());
        }
        if (branding.slug() != null) {
            facts.put("slug", branding.slug());
        }
        if (branding.customDomain() != null) {
            facts.put("custom_domain", branding.customDomain());
        }
        facts.put("has_logo", branding.logoDocumentId() != null);
        facts.put("has_favicon", branding.faviconDocumentId() != null);
        return facts;
    }

    static BrandingView view(UUID tenantId, Branding branding, Map<AssetKind, BrandingAsset> assets) {
        String key = ThemeService.publicKey(tenantId, branding);
        String theme = "/api/v1/branding/theme?tenant=" + key;
        if (branding == null) {
            return new BrandingView(
                    0, null, null, null, null, null, null, null, null, null, null, null, null, null, theme, null, null,
                    null);
        }
        return new BrandingView(
                branding.version(),
                branding.displayName(),
                branding.slug(),
                branding.logoDocumentId(),
                branding.faviconDocumentId(),
                branding.primaryColor(),
                branding.secondaryColor(),
                branding.font(),
                branding.emailHeader(),
                branding.emailFooter(),
                branding.pdfHeader(),
                branding.pdfFooter(),
                branding.customDomain(),
                branding.domainVerificationToken(),
                theme,
                ThemeService.assetUrl(key, AssetKind.LOGO, assets.get(AssetKind.LOGO)),
                ThemeService.assetUrl(key, AssetKind.FAVICON, assets.get(AssetKind.FAVICON)),
                branding.updatedAt());
    }
}

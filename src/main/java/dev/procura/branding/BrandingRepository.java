package dev.procura.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;

/** The tenant's branding row and its images. */
@ApplicationScoped
public class BrandingRepository {

    /** The branding, or null while the tenant has none. */
    public Branding find(EntityManager em) {
        return em.find(Branding.class, Branding.THE_ROW);
    }

    public Map<AssetKind, BrandingAsset> assets(EntityManager em) {
        Map<AssetKind, BrandingAsset> assets = new EnumMap<>(AssetKind.class);
        for (AssetKind kind : AssetKind.values()) {
            BrandingAsset asset = em.find(BrandingAsset.class, kind.key());
            if (asset != null) {
                assets.put(kind, asset);
            }
        }
        return assets;
    }
}

package dev.procura.plants;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the plants API. */
public final class PlantViews {

    private PlantViews() {}

    @Schema(name = "Plant")
    public record PlantView(
            UUID id,
            String code,
            String name,
            AddressView address,

            @Schema(example = "Europe/Paris") String timeZone,

            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static PlantView of(Plant plant) {
            return new PlantView(
                    plant.id(),
                    plant.code(),
                    plant.name(),
                    new AddressView(
                            plant.addressLine1(),
                            plant.addressLine2(),
                            plant.city(),
                            plant.postalCode(),
                            plant.region(),
                            plant.country()),
                    plant.timeZone(),
                    plant.isActive(),
                    plant.createdAt(),
                    plant.updatedAt());
        }
    }

    @Schema(name = "PlantAddressView")
    public record AddressView(
            String line1, String line2, String city, String postalCode, String region, String country) {}
}

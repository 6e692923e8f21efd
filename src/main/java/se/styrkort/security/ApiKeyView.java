package se.styrkort.security;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as an admin sees it: never its secret. */
@Schema(name = "ApiKey")
public record ApiKeyView(
    @Schema(readOnly = true, example = "3") long id,
    @Schema(example = "Power BI, kommunstyrelsens rapport") String name,
    @Schema(example = "VIEWER") Role role,
    @Schema(example = "[1]", description = "The plans the key may reach; empty, every plan.")
        List<Long> planIds,
    @Schema(
            example = "[]",
            description =
                "Organisation units whose plans (with every unit beneath) the key may reach; with"
                    + " planIds empty too, every plan.")
        List<Long> organisationUnitIds,
    @Schema(nullable = true, example = "2027-12-31T23:00:00Z") Instant expiresAt,
    @Schema(readOnly = true, nullable = true, description = "When it was revoked.")
        Instant revokedAt,
    @Schema(readOnly = true, nullable = true, description = "When it was last used, to the minute.")
        Instant lastUsedAt,
    @Schema(readOnly = true, example = "api-key 1 (local-admin)") String createdBy,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description = "The person the key acts for; null when none.")
        String person) {

  public static ApiKeyView from(ApiKey key) {
    return new ApiKeyView(
        key.id,
        key.name,
        key.role,
        List.copyOf(key.planIds),
        List.copyOf(key.unitIds),
        key.expiresAt,
        key.revokedAt,
        key.lastUsedAt,
        key.createdBy,
        key.createdAt,
        key.person);
  }
}

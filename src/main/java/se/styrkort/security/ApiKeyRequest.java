package se.styrkort.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
    @Schema(example = "Power BI, kommunstyrelsens rapport") @NotBlank @Size(max = 200) String name,
    @Schema(example = "VIEWER", description = "The one role the key has.") @NotNull Role role,
    @Schema(
            nullable = true,
            example = "[1]",
            description = "The plans the key may reach; omitted or empty, every plan.")
        @Size(max = 100)
        Set<Long> planIds,
    @Schema(
            nullable = true,
            example = "[2]",
            description =
                "Organisation units: the key may also reach every plan of these units and of the"
                    + " units beneath them, now and later. Omitted or empty together with planIds,"
                    + " every plan.")
        @Size(max = 100)
        Set<Long> organisationUnitIds,
    @Schema(
            nullable = true,
            example = "2027-12-31T23:00:00Z",
            description =
                "When the key stops working, at the latest 2038-01-19T03:14:07Z; omitted, it works"
                    + " until revoked.")
        Instant expiresAt,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The person the key acts for (a user id or an e-mail, as goals and actions name"
                    + " their responsible): what GET /api/v1/my/follow-ups matches. Omitted, none.")
        @Size(max = 200)
        String person) {}

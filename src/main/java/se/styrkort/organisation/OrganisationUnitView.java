package se.styrkort.organisation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation unit as the API shows it. */
@Schema(name = "OrganisationUnit")
public record OrganisationUnitView(
    @Schema(readOnly = true, example = "2", required = true) long id,
    @Schema(example = "BUN", required = true) String code,
    @Schema(example = "Barn- och utbildningsnämnden", required = true) String name,
    @Schema(example = "COMMITTEE", required = true) UnitKind kind,
    @Schema(
            nullable = true,
            required = true,
            example = "1",
            description = "The unit above this one; null for a root.")
        Long parentId,
    @Schema(
            readOnly = true,
            required = true,
            example = "1",
            description = "How far below the root: 0 for the council.")
        int depth,
    @Schema(
            readOnly = true,
            required = true,
            example = "0",
            description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true, required = true) Instant createdAt,
    @Schema(readOnly = true, required = true) Instant updatedAt) {

  public static OrganisationUnitView from(OrganisationUnit unit) {
    int depth = (int) unit.path.chars().filter(c -> c == '/').count() - 2;
    return new OrganisationUnitView(
        unit.id,
        unit.code,
        unit.name,
        unit.kind,
        unit.parentId,
        depth,
        unit.version,
        unit.createdAt,
        unit.updatedAt);
  }
}

package se.styrkort.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action's status in a reporting period. */
@Schema(name = "ActionStatusReportRequest")
public record ActionStatusReportRequest(
    @Schema(example = "STARTED") @NotNull ActionStatus status,
    @Schema(nullable = true, example = "Utredningen pågår; återrapport till nämnden i oktober.")
        @Size(max = 10000)
        String comment) {}

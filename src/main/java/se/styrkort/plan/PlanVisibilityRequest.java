package se.styrkort.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a plan is public. */
@Schema(name = "PlanVisibilityRequest")
public record PlanVisibilityRequest(
    @JsonProperty("public")
        @Schema(
            name = "public",
            required = true,
            example = "true",
            description =
                "true: anyone may read the plan once it is ADOPTED; false: only signed-in callers.")
        @NotNull
        Boolean isPublic) {}

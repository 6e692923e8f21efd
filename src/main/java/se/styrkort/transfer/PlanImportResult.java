package se.styrkort.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.plan.PlanStatus;

/**
 * What an import wrote: the new plan's id, how many of each part it holds, and what of the document
 * was not kept as it was.
 */
@Schema(name = "PlanImport")
public record PlanImportResult(
    @Schema(example = "2", description = "The new plan; Location names it.") long planId,
    @JsonIgnore @Schema(hidden = true) long planVersion,
    @Schema(
            example = "DRAFT",
            description = "The new plan's status: an imported plan is always a DRAFT.")
        PlanStatus planStatus,
    @Schema(example = "5") int focusAreas,
    @Schema(example = "12") int goals,
    @Schema(example = "10") int indicators,
    @Schema(example = "23") int measurementPoints,
    @Schema(example = "23") int targets,
    @Schema(example = "23") int evaluations,
    @Schema(
            example = "4",
            description =
                "Follow-up values whose approval state was lowered because the importer does not"
                    + " hold the role that gives it (SUBMITTED takes reporter, APPROVED approver).")
        int downgradedEvaluations,
    @Schema(example = "3", description = "Reporting periods written (the plan's calendar).")
        int reportingPeriods,
    @Schema(example = "4") int assessments,
    @Schema(
            example = "0",
            description = "Assessments whose approval state was lowered, as for follow-up values.")
        int downgradedAssessments,
    @Schema(example = "3", description = "Actions and assignments written.") int actions,
    @Schema(
            example = "2",
            description =
                "Action status reports written, each recorded by the importer at the time of the"
                    + " import.")
        int actionStatusReports,
    @Schema(
            example =
                "[\"3 follow-up values were APPROVED, kept as SUBMITTED: the importer does not"
                    + " hold the role that gives the first state.\"]",
            description =
                "What of the document was not kept as it was, in words; empty when everything"
                    + " was.")
        List<String> notes) {}

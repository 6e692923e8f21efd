package se.styrkort.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    @Schema(
            description = "A URI that identifies the kind of problem.",
            example = "https://styrkort.se/problems/validation")
        String type,
    @Schema(description = "A short summary of the kind of problem.", example = "Invalid request")
        String title,
    @Schema(description = "The HTTP status code.", example = "400") int status,
    @Schema(
            description = "What went wrong in this occurrence, in words.",
            example = "1 field is invalid.")
        String detail,
    @Schema(description = "The request path this problem occurred at.", example = "/api/v1/plans")
        String instance,
    @Schema(description = "A stable machine-readable code.", example = "VALIDATION_FAILED")
        String code,
    @Schema(description = "One entry per invalid field (for validation problems).")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The reason one field of a request was refused. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(
              description = "The field's JSON path, or a query/header parameter name.",
              example = "startYear")
          String field,
      @Schema(description = "Why it was refused.", example = "must be at most 2100")
          String message) {}
}

package se.styrkort.odata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.common.Problem;

/**
 * An error as OData clients read it (OData JSON Format §21): the same stable code and message as
 * the problem document the REST API answers, with one detail per refused option.
 */
@Schema(
    name = "ODataError",
    description =
        "Every refusal under /odata/v1 (OData JSON Format §21). error.code is the stable code of"
            + " the REST API's problem documents.")
public record ODataError(@Schema(required = true) Body error) {

  @Schema(name = "ODataErrorBody")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Body(
      @Schema(required = true, example = "INVALID_PARAMETER") String code,
      @Schema(required = true, example = "$filter: 'nothing' is not a property of Facts")
          String message,
      @Schema(description = "The query option refused, when there is one.", example = "$filter")
          String target,
      @Schema(required = true) List<Detail> details) {}

  @Schema(name = "ODataErrorDetail")
  public record Detail(
      @Schema(required = true, example = "INVALID_PARAMETER") String code,
      @Schema(required = true, example = "there is no property 'nothing'") String message,
      @Schema(required = true, example = "$filter") String target) {}

  static ODataError of(Problem problem) {
    String code = problem.code() == null ? "ERROR" : problem.code();
    List<Detail> details =
        problem.errors() == null
            ? List.of()
            : problem.errors().stream().map(e -> new Detail(code, e.message(), e.field())).toList();
    String message = problem.detail() != null ? problem.detail() : problem.title();
    return new ODataError(
        new Body(
            code,
            message == null ? "HTTP " + problem.status() : message,
            details.size() == 1 ? details.get(0).target() : null,
            details));
  }
}

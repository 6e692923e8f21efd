package se.styrkort.bi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON pages of the BI collections, named for the contract. */
final class BiPages {

  private BiPages() {}

  @Schema(name = "BiFactPage", description = "A page of facts; follow next until it is null.")
  record FactPage(
      @Schema(required = true) List<FactRow> items,
      @Schema(
              nullable = true,
              required = true,
              description = "Absolute URL of the next page, or null on the last page.",
              example =
                  "http://localhost:8080/api/v1/bi/facts?planId=1&limit=500&cursor=ZjoyMzoyMDI2")
          String next) {}

  @Schema(
      name = "BiEvaluationPage",
      description = "A page of follow-up values; follow next until it is null.")
  record EvaluationPage(
      @Schema(required = true) List<EvaluationRow> items,
      @Schema(
              nullable = true,
              required = true,
              description = "Absolute URL of the next page, or null on the last page.",
              example = "http://localhost:8080/api/v1/bi/evaluations?limit=500&cursor=ZToxMjM")
          String next) {}

  @Schema(
      name = "BiNodeFactPage",
      description = "A page of node rows; follow next until it is null.")
  record NodeFactPage(
      @Schema(required = true) List<NodeFactRow> items,
      @Schema(
              nullable = true,
              required = true,
              description = "Absolute URL of the next page, or null on the last page.",
              example =
                  "http://localhost:8080/api/v1/bi/node-facts?planId=1&limit=500&cursor=bjoxOjIwMjQ6Mjo3")
          String next) {}

  @Schema(name = "BiActionPage", description = "A page of actions; follow next until it is null.")
  record ActionPage(
      @Schema(required = true) List<ActionRow> items,
      @Schema(
              nullable = true,
              required = true,
              description = "Absolute URL of the next page, or null on the last page.",
              example = "http://localhost:8080/api/v1/bi/actions?limit=500&cursor=YToxMg")
          String next) {}
}

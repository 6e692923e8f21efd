package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

/**
 * The assessments shown beside the computed status in the GEH evaluation and a goal's
 * contributions: each node's assessment in the latest reporting period of the year that has one;
 * only an APPROVED one for an anonymous reader and for a reading of approved values only (the
 * annual report's), any state otherwise.
 */
@ApplicationScoped
public class GoalAssessments {

  static final String DESCRIPTION =
      "The goal's assessment (the assessed status beside the computed one): in the latest"
          + " reporting period of the year that has one; an APPROVED one only for anonymous"
          + " readers and with approvedOnly=true. Null when there is none.";

  @Inject NodeAssessments assessments;
  @Inject CallerAccess caller;
  @Inject RequestLanguage language;

  /** The assessments of one plan's nodes in words of the language asked for. */
  public record Shown(NodeAssessments.ByNode rows, Language language) {

    /** The node's assessment, or null. */
    public NodeAssessment of(NodeKind kind, long nodeId) {
      NodeAssessments.Row row = rows.of(kind, nodeId);
      return row == null ? null : NodeAssessment.of(row, language);
    }
  }

  public Shown of(long planId, int year, boolean approvedOnly) {
    return new Shown(
        approvedOnly || caller.anonymous()
            ? assessments.latestApprovedOfYear(planId, year)
            : assessments.latestOfYear(planId, year),
        language.get());
  }
}

package se.styrkort.tree;

import java.util.List;
import java.util.Map;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.vocabulary.Language;

/**
 * Every row a plan tree is made of: the structure as rows in display order, and the many per-point
 * rows (targets, follow-up values) already as the views the tree shows, grouped by point in display
 * order, so that no entity of them is kept while the document is written.
 *
 * @param baselines each point's baseline, where it has one
 * @param referencesByPoint each point's reference series with their values
 * @param year the one year of follow-up values asked for, or null for all
 * @param tag the tree's own ETag value, which the plan-wide filter replaces (PlanTreeQueries)
 * @param lastModified the latest change time of the rows read
 * @param assessments the nodes' assessments asked for (NONE when not asked)
 * @param language the language of the assessments' words
 */
record PlanRows(
    Plan plan,
    List<Goal> goals,
    List<Indicator> indicators,
    List<MeasurementPoint> points,
    Map<Long, List<TreeTargetView>> targetsByPoint,
    Map<Long, List<TreeEvaluationView>> evaluationsByPoint,
    Map<Long, TreeBaselineView> baselines,
    Map<Long, List<ReferenceSeriesView>> referencesByPoint,
    Integer year,
    long tag,
    java.time.Instant lastModified,
    NodeAssessments.ByNode assessments,
    Language language) {}

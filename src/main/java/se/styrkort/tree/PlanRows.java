package se.styrkort.tree;

import java.util.List;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;

/** Every row a plan tree is made of, one list per table, each in display order. */
record PlanRows(
    Plan plan,
    List<Goal> goals,
    List<Indicator> indicators,
    List<MeasurementPoint> points,
    List<Target> targets,
    List<Evaluation> evaluations) {}

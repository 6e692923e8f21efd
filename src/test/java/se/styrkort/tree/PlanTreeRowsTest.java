package se.styrkort.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.VersionedEntity;
import se.styrkort.demo.DemoPlans;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.point.Target;
import se.styrkort.tree.GeneratedPlans.Generated;
import se.styrkort.vocabulary.Language;

/**
 * The tree reads targets and follow-up values as plain rows (issue 18). Here the same plans are
 * also read the way it read them before, as entities, and the documents built from either are
 * compared byte for byte: the demo plan and a generated plan with numbers (trailing zeros), levels,
 * yes/no values, notes, empty values and three outcomes of the baseline year, whole and by year.
 */
@QuarkusTest
class PlanTreeRowsTest {

  private static final String POINTS_OF_PLAN =
      "select p.id from MeasurementPoint p, Indicator i, Goal g"
          + " where p.indicatorId = i.id and i.goalId = g.id and g.planId = :plan";

  @Inject PlanTreeQueries queries;
  @Inject GeneratedPlans generated;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  @Test
  void theDemoPlansTreeIsTheTreeOfItsEntities() throws Exception {
    long plan = DemoPlans.id();
    for (Integer year : Arrays.asList(null, 2024, 2025, 2026)) {
      assertSameTree(plan, year);
    }
  }

  @Test
  void aGeneratedPlansTreeIsTheTreeOfItsEntities() throws Exception {
    Generated plan = generated.plan(40, 5);
    List<Long> points = plan.pointIds();
    // Beside the generator's numbers: another baseline outcome (later, so it counts), an earlier
    // one (which does not), a level, a yes/no, an empty value, a note and a period label.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              value(
                  points.get(0), 2023, EvaluationKind.OUTCOME, "2024-02-01", "55.500000", e -> {});
              value(points.get(1), 2023, EvaluationKind.OUTCOME, "2023-06-30", "49", e -> {});
              value(
                  points.get(2),
                  2024,
                  EvaluationKind.OUTCOME,
                  "2024-12-31",
                  null,
                  e -> {
                    e.value.level = "Delvis";
                    e.note = "Ej klart sammanställt";
                    e.periodLabel = "Helår";
                  });
              value(
                  points.get(3),
                  2025,
                  EvaluationKind.FORECAST,
                  "2025-06-30",
                  null,
                  e -> e.value.bool = true);
              value(
                  points.get(4),
                  2024,
                  EvaluationKind.OUTCOME,
                  "2024-12-31",
                  null,
                  e -> e.note = "saknas");
            });
    for (Integer year : Arrays.asList(null, 2023, 2024, 2025)) {
      assertSameTree(plan.planId(), year);
    }
  }

  private static void value(
      long pointId,
      int year,
      EvaluationKind kind,
      String asOf,
      String number,
      java.util.function.Consumer<Evaluation> more) {
    Evaluation evaluation = new Evaluation();
    evaluation.pointId = pointId;
    evaluation.year = year;
    evaluation.kind = kind;
    evaluation.asOf = LocalDate.parse(asOf);
    evaluation.value.number = number == null ? null : new BigDecimal(number);
    evaluation.recordedBy = "test";
    evaluation.recordedAt = Instant.now();
    more.accept(evaluation);
    evaluation.persist();
  }

  private void assertSameTree(long planId, Integer year) throws Exception {
    String[] trees =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  PlanRows rows =
                      queries
                          .load(planId, year, plan -> NodeAssessments.ByNode.NONE, Language.en)
                          .orElseThrow();
                  PlanRows entities = byEntities(rows);
                  assertEquals(entities.lastModified(), rows.lastModified(), "lastModified");
                  return new String[] {
                    json.writeValueAsString(PlanTreeAssembler.assemble(entities)),
                    json.writeValueAsString(PlanTreeAssembler.assemble(rows))
                  };
                });
    assertTrue(trees[0].length() > 1000, "a tree with something in it");
    assertEquals(trees[0], trees[1], "tree of plan " + planId + ", year " + year);
  }

  /**
   * The same rows with targets, values, baselines and lastModified as the tree read them before:
   * entities of the same statements, turned into their views.
   */
  private PlanRows byEntities(PlanRows rows) {
    long planId = rows.plan().id;
    Integer year = rows.year();
    Instant lastModified = Instant.EPOCH;
    List<VersionedEntity> structure = new ArrayList<>(List.of(rows.plan()));
    structure.addAll(rows.goals());
    structure.addAll(rows.indicators());
    structure.addAll(rows.points());
    for (VersionedEntity row : structure) {
      lastModified = later(lastModified, row.updatedAt);
    }
    Map<Long, List<TreeTargetView>> targets = new HashMap<>();
    for (Target t :
        em.createQuery(
                "from Target t where t.pointId in (" + POINTS_OF_PLAN + ") order by t.year, t.id",
                Target.class)
            .setParameter("plan", planId)
            .getResultList()) {
      lastModified = later(lastModified, t.updatedAt);
      targets.computeIfAbsent(t.pointId, id -> new ArrayList<>()).add(TreeTargetView.from(t));
    }
    Integer baselineYear = rows.plan().baselineYear;
    String where = "from Evaluation e where e.pointId in (" + POINTS_OF_PLAN + ")";
    if (year != null) {
      where += " and (e.year = :year or (e.year = :baselineYear and e.kind = :outcome))";
    }
    var query =
        em.createQuery(where + " order by e.year, e.asOf, e.kind, e.id", Evaluation.class)
            .setParameter("plan", planId);
    if (year != null) {
      query
          .setParameter("year", year)
          .setParameter("baselineYear", baselineYear == null ? -1 : baselineYear)
          .setParameter("outcome", EvaluationKind.OUTCOME);
    }
    Map<Long, List<TreeEvaluationView>> evaluations = new HashMap<>();
    Map<Long, Evaluation> baselines = new HashMap<>();
    Map<Long, TreeBaselineView> baselineViews = new HashMap<>();
    for (Evaluation e : query.getResultList()) {
      lastModified = later(lastModified, e.updatedAt);
      if (year == null || e.year == year) {
        evaluations
            .computeIfAbsent(e.pointId, id -> new ArrayList<>())
            .add(TreeEvaluationView.from(e));
      }
      if (baselineYear != null && e.year == baselineYear && e.kind == EvaluationKind.OUTCOME) {
        Evaluation latest = baselines.get(e.pointId);
        if (latest == null || e.asOf.isAfter(latest.asOf)) {
          baselines.put(e.pointId, e);
          baselineViews.put(e.pointId, TreeBaselineView.from(e));
        }
      }
    }
    return new PlanRows(
        rows.plan(),
        rows.goals(),
        rows.indicators(),
        rows.points(),
        targets,
        evaluations,
        baselineViews,
        rows.referencesByPoint(),
        year,
        rows.tag(),
        lastModified,
        rows.assessments(),
        rows.language());
  }

  private static Instant later(Instant a, Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }
}

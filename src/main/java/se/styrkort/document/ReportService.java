package se.styrkort.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.common.DomainException;
import se.styrkort.document.ReportDocument.Area;
import se.styrkort.document.ReportDocument.Assessment;
import se.styrkort.document.ReportDocument.Counts;
import se.styrkort.document.ReportDocument.Goal;
import se.styrkort.document.ReportDocument.Row;
import se.styrkort.document.ReportDocument.Status;
import se.styrkort.document.ReportDocument.Summary;
import se.styrkort.document.ReportDocument.Table;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.plan.Plan;
import se.styrkort.reference.ReferenceComparison;
import se.styrkort.report.FulfilmentService;
import se.styrkort.report.FulfilmentViews.NodeFulfilment;
import se.styrkort.report.FulfilmentViews.ObservationView;
import se.styrkort.report.FulfilmentViews.PointFulfilment;
import se.styrkort.report.FulfilmentViews.StatusCountsView;
import se.styrkort.report.FulfilmentViews.TargetUsed;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;
import se.styrkort.vocabulary.Vocabulary;

/**
 * Builds the report document of a plan from the fulfilment computation (the same judgement every
 * other read shows), the plan's descriptions and the notes recorded with its values. Swedish
 * throughout: the document is the one a municipality publishes.
 */
@ApplicationScoped
@Transactional
public class ReportService {

  private static final Language SV = Language.sv;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final String MISSING = "saknas";

  @Inject FulfilmentService fulfilment;
  @Inject RequestLanguage language;
  @Inject EntityManager em;

  public ReportDocument build(long planId, Integer year, String periodCode, boolean approvedOnly) {
    language.use(SV);
    Plan plan = em.find(Plan.class, planId);
    if (plan == null) {
      throw DomainException.notFound("plan", planId);
    }
    ReportingPeriod period = periodCode == null ? null : period(plan, periodCode, year);
    TreeFulfilment tree =
        period == null
            ? fulfilment.forPlan(planId, year, Basis.LATEST, approvedOnly)
            : fulfilment.forPlanAsOf(planId, period.year, Basis.LATEST, approvedOnly, period.asOf);
    Descriptions descriptions = descriptions(planId);
    Notes notes = notes(planId, tree.year(), tree.baselineYear());
    Builder builder = new Builder(tree, descriptions, notes);
    NodeFulfilment root = tree.node();
    List<Area> areas = new ArrayList<>();
    List<Counts> rows = new ArrayList<>();
    for (NodeFulfilment area : root.children()) {
      areas.add(builder.area(area));
      rows.add(counts(area.title(), area.counts()));
    }
    StatusCountsView all = root.counts();
    String sentence =
        all.fulfilled()
            + " av "
            + all.total()
            + " mätpunkter uppfyllda"
            + (all.partiallyFulfilled() > 0
                ? ", " + all.partiallyFulfilled() + " delvis uppfyllda"
                : "")
            + (all.notFulfilled() > 0 ? ", " + all.notFulfilled() + " ej uppfyllda" : "")
            + (all.noData() + all.noTarget() > 0
                ? "; " + (all.noData() + all.noTarget()) + " kan ännu inte bedömas"
                : "")
            + ".";
    return new ReportDocument(
        "Uppföljning " + periodTitle(period, tree.year()) + " – " + plan.name,
        plan.organisation,
        plan.name,
        planStatus(plan),
        period == null
            ? "År " + tree.year() + " (alla registrerade värden för året)"
            : period.label + " (" + period.code + "), värden per " + period.asOf,
        decision(plan),
        lastChange(plan),
        approvedOnly
            ? "Endast godkända värden räknas."
            : "Alla registrerade värden räknas, även de som ännu inte är godkända.",
        tree.baselineYear(),
        tree.year(),
        tree.rule().name() + " – " + tree.rule().description(),
        new Summary(rows, counts("Hela planen", all), sentence),
        Builder.assessment(root.assessment()),
        areas);
  }

  private ReportingPeriod period(Plan plan, String code, Integer year) {
    ReportingPeriod period =
        ReportingPeriod.<ReportingPeriod>find("planId = ?1 and code = ?2", plan.id, code.strip())
            .firstResult();
    if (period == null) {
      throw DomainException.invalid("period", "the plan has no reporting period " + code);
    }
    if (year != null && year != period.year) {
      throw DomainException.invalid(
          "year", "the period " + period.code + " belongs to " + period.year + ", not " + year);
    }
    return period;
  }

  private static String periodTitle(ReportingPeriod period, int year) {
    return period == null ? String.valueOf(year) : period.label;
  }

  private static String planStatus(Plan plan) {
    return switch (plan.status.name()) {
      case "ADOPTED" -> "Antagen";
      case "DRAFT" -> "Utkast";
      case "ARCHIVED" -> "Arkiverad";
      default -> plan.status.name();
    };
  }

  private static String decision(Plan plan) {
    if (plan.decisionReference == null && plan.decisionDate == null) {
      return "uppgift saknas";
    }
    StringBuilder text = new StringBuilder();
    text.append(plan.decisionReference == null ? "diarienummer saknas" : plan.decisionReference);
    if (plan.decisionDate != null) {
      text.append(", ").append(plan.decisionDate);
    }
    return text.toString();
  }

  /**
   * The date of the plan's last change: the document describes the data as of then, and depends on
   * nothing else (not the clock), so it can be cached per content version.
   */
  private String lastChange(Plan plan) {
    Object changed =
        em.createNativeQuery("select max(changed_at) from change_event where plan_id = ?1")
            .setParameter(1, plan.id)
            .getSingleResult();
    Instant at = plan.updatedAt;
    if (changed instanceof Timestamp timestamp && timestamp.toInstant().isAfter(at)) {
      at = timestamp.toInstant();
    } else if (changed instanceof java.time.LocalDateTime local) {
      Instant instant = local.atZone(ZoneId.systemDefault()).toInstant();
      at = instant.isAfter(at) ? instant : at;
    }
    return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(SWEDEN).toLocalDate());
  }

  private static Counts counts(String name, StatusCountsView counts) {
    return new Counts(
        name,
        counts.fulfilled(),
        counts.partiallyFulfilled(),
        counts.notFulfilled(),
        counts.noData(),
        counts.noTarget(),
        counts.total());
  }

  /** Descriptions of the plan's goals and indicators, which the computation does not carry. */
  record Descriptions(Map<Long, String> goals, Map<Long, String> indicators) {}

  private Descriptions descriptions(long planId) {
    Map<Long, String> goals = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select g.id, g.description from Goal g where g.planId = :plan", Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      goals.put((Long) row[0], (String) row[1]);
    }
    Map<Long, String> indicators = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select i.id, i.description from Indicator i, Goal g where g.id = i.goalId"
                    + " and g.planId = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .getResultList()) {
      indicators.put((Long) row[0], (String) row[1]);
    }
    return new Descriptions(goals, indicators);
  }

  /**
   * The notes recorded with the year's and the baseline's values ("31/12 X %", "Ej klart
   * sammanställt"): by evaluation, and the baseline's by point, since a baseline with only a note
   * is no value to the computation.
   */
  record Notes(Map<Long, String> byEvaluation, Map<Long, String> baselineByPoint) {}

  private Notes notes(long planId, int year, Integer baselineYear) {
    Collection<Integer> years =
        baselineYear == null ? List.of(year) : new LinkedHashSet<>(List.of(year, baselineYear));
    Map<Long, String> byEvaluation = new HashMap<>();
    Map<Long, String> baseline = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, e.pointId, e.year, e.kind, e.note from Evaluation e,"
                    + " MeasurementPoint p, Indicator i, Goal g where p.id = e.pointId and"
                    + " i.id = p.indicatorId and g.id = i.goalId and g.planId = :plan and"
                    + " e.year in :years and e.note is not null",
                Object[].class)
            .setParameter("plan", planId)
            .setParameter("years", years)
            .getResultList()) {
      byEvaluation.put((Long) row[0], (String) row[4]);
      if (baselineYear != null
          && baselineYear.equals(row[2])
          && "OUTCOME".equals(String.valueOf(row[3]))) {
        baseline.put((Long) row[1], (String) row[4]);
      }
    }
    return new Notes(byEvaluation, baseline);
  }

  /** Turns the computed tree into the document's sections. */
  private static final class Builder {
    private final TreeFulfilment tree;
    private final Descriptions descriptions;
    private final Notes notes;

    Builder(TreeFulfilment tree, Descriptions descriptions, Notes notes) {
      this.tree = tree;
      this.descriptions = descriptions;
      this.notes = notes;
    }

    Area area(NodeFulfilment area) {
      List<Goal> goals = new ArrayList<>();
      List<Table> indicators = new ArrayList<>();
      for (NodeFulfilment child : area.children()) {
        if (child.kind() == NodeKind.INDICATOR) {
          indicators.add(table(child));
        } else {
          goals(child, goals);
        }
      }
      return new Area(
          "omrade-" + area.id(),
          area.title(),
          descriptions.goals().get(area.id()),
          status(area),
          assessment(area.assessment()),
          goals,
          indicators);
    }

    /** A goal, and its sub-goals after it (the document has three heading levels). */
    private void goals(NodeFulfilment goal, List<Goal> into) {
      List<Table> indicators = new ArrayList<>();
      List<NodeFulfilment> subGoals = new ArrayList<>();
      for (NodeFulfilment child : goal.children()) {
        if (child.kind() == NodeKind.INDICATOR) {
          indicators.add(table(child));
        } else {
          subGoals.add(child);
        }
      }
      into.add(
          new Goal(
              "mal-" + goal.id(),
              goal.title(),
              status(goal),
              assessment(goal.assessment()),
              indicators));
      subGoals.forEach(sub -> goals(sub, into));
    }

    private Table table(NodeFulfilment indicator) {
      List<Row> rows = new ArrayList<>();
      Set<String> credits = new LinkedHashSet<>();
      boolean references = false;
      String group = null;
      for (PointFulfilment point : indicator.measurementPoints()) {
        if (point.group() != null && !point.group().equals(group)) {
          rows.add(new Row(true, point.group(), null, null, null, null, null, List.of()));
        }
        group = point.group();
        List<String> referenceTexts = new ArrayList<>();
        // Riket first, then the county, then groups: the order the seed's documents compare in.
        List<ReferenceComparison> sorted =
            point.referenceValues().stream()
                .sorted(
                    java.util.Comparator.comparing((ReferenceComparison r) -> r.level().ordinal())
                        .thenComparing(ReferenceComparison::label))
                .toList();
        for (ReferenceComparison reference : sorted) {
          references = true;
          referenceTexts.add(
              reference.label()
                  + ": "
                  + (reference.value() == null
                      ? MISSING
                      : number(reference.value(), point.unit())
                          + (reference.preliminary() ? " (preliminärt)" : "")));
          if (reference.credit() != null) {
            credits.add(reference.credit());
          }
        }
        rows.add(
            new Row(
                false,
                point.label(),
                baseline(point),
                target(point.target()),
                resolved(point.target(), point.unit()),
                value(point),
                new Status(point.statusText(), styleClass(point.status()), null, point.reason()),
                referenceTexts));
      }
      int columns = references ? 6 : 5;
      String baselineYear = tree.baselineYear() == null ? "" : " " + tree.baselineYear();
      return new Table(
          "indikator-" + indicator.id(),
          indicator.title(),
          descriptions.indicators().get(indicator.id()),
          status(indicator),
          assessment(indicator.assessment()),
          "Läget" + baselineYear,
          "Målvärde " + tree.year(),
          "Prognos/Utfall " + tree.year(),
          "Jämförelse " + tree.year(),
          references,
          columns,
          rows,
          List.copyOf(credits));
    }

    private String baseline(PointFulfilment point) {
      ObservationView baseline = point.baseline();
      String note =
          baseline != null
              ? notes.byEvaluation().get(baseline.evaluationId())
              : notes.baselineByPoint().get(point.measurementPointId());
      String value =
          baseline == null || baseline.value() == null
              ? MISSING
              : plain(baseline.value(), point.unit());
      return note == null ? value : value + " (" + note + ")";
    }

    private String value(PointFulfilment point) {
      ObservationView value = point.value();
      if (value == null) {
        return MISSING;
      }
      String note = notes.byEvaluation().get(value.evaluationId());
      String text =
          Vocabulary.text(value.kind(), SV)
              + " "
              + value.asOf()
              + ": "
              + (value.value() == null ? MISSING : plain(value.value(), point.unit()));
      return note == null ? text : text + " (" + note + ")";
    }

    private static String target(TargetUsed target) {
      if (target == null) {
        return MISSING;
      }
      if (target.written() != null) {
        return target.written();
      }
      return symbol(target.comparator().name())
          + (target.value() == null ? MISSING : plain(target.value(), null));
    }

    /** The level a target resolves to, beside the written one where that names no level. */
    private static String resolved(TargetUsed target, String unit) {
      if (target == null) {
        return null;
      }
      if (target.referenceYear() != null) {
        return target.value() == null
            ? "utfall " + target.referenceYear() + " saknas"
            : symbol(target.comparator().name()) + plain(target.value(), unit);
      }
      if (target.value() == null) {
        return "nivå saknas";
      }
      return null;
    }

    private static String symbol(String comparator) {
      return switch (comparator) {
        case "GE" -> "≥ ";
        case "GT" -> "> ";
        case "LE" -> "≤ ";
        case "LT" -> "< ";
        default -> "";
      };
    }

    private Status status(NodeFulfilment node) {
      StatusCountsView counts = node.counts();
      String summary =
          counts.total() == 0
              ? "Inga mätpunkter"
              : counts.fulfilled() + " av " + counts.total() + " mätpunkter uppfyllda";
      return new Status(node.statusText(), styleClass(node.status()), summary, node.reason());
    }

    static Assessment assessment(NodeAssessment assessment) {
      if (assessment == null) {
        return null;
      }
      return new Assessment(
          assessment.periodCode(),
          assessment.statusText()
              + (assessment.state() == se.styrkort.evaluation.EvaluationState.APPROVED
                  ? ""
                  : " (" + Vocabulary.text(assessment.state(), SV).toLowerCase(Locale.ROOT) + ")"),
          assessment.outlookText(),
          assessment.motivation(),
          assessment.analysis());
    }
  }

  static String styleClass(FulfilmentStatus status) {
    return switch (status) {
      case FULFILLED -> "status-uppfyllt";
      case PARTIALLY_FULFILLED -> "status-delvis";
      case NOT_FULFILLED -> "status-ej";
      case NO_DATA, NO_TARGET -> "status-saknas";
    };
  }

  /** A stored value in Swedish: 99 %, 17,5 %, 4 st, delvis, Ja. */
  static String plain(Object value, String unit) {
    if (value instanceof BigDecimal number) {
      return number(number, unit);
    }
    if (value instanceof Number number) {
      return number(new BigDecimal(number.toString()), unit);
    }
    if (value instanceof Boolean bool) {
      return bool ? "Ja" : "Nej";
    }
    return String.valueOf(value);
  }

  static String number(BigDecimal number, String unit) {
    String text = number.stripTrailingZeros().toPlainString().replace('.', ',');
    return unit == null || unit.isBlank() ? text : text + " " + unit;
  }
}

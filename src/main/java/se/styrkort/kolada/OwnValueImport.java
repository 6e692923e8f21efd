package se.styrkort.kolada;

import com.fasterxml.jackson.databind.node.DecimalNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.common.DomainException;
import se.styrkort.common.Numbers;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.evaluation.EvaluationRequest;
import se.styrkort.evaluation.EvaluationService;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPointService;
import se.styrkort.reference.ReferenceSeriesView;

/**
 * Imports a point's own values from Kolada: the municipality's (the plan's organisationCode) total
 * of the key figure that measures the point, as OUTCOME follow-up values for the years without one.
 * Fetched first with no transaction open, then all recorded in one transaction, through the same
 * checks as a value entered by hand.
 */
@ApplicationScoped
public class OwnValueImport {

  /** What to fetch for a point. */
  record Source(String municipality, List<Integer> years) {}

  @Inject KoladaClient kolada;
  @Inject MeasurementPointService points;
  @Inject EvaluationService evaluations;
  @Inject EntityManager em;
  @Inject OwnValueImport self;

  public OwnValueImportReport run(long pointId, String kpi) {
    Source source = self.source(pointId);
    Map<Integer, BigDecimal> values = new HashMap<>();
    for (KoladaFigure figure : kolada.fetch(kpi, List.of(source.municipality()), source.years())) {
      if (figure.area().equals(source.municipality()) && figure.value() != null) {
        values.put(figure.year(), figure.value());
      }
    }
    return self.record(pointId, kpi, source, values);
  }

  @Transactional
  Source source(long pointId) {
    Plan plan = points.planOf(points.get(pointId));
    if (plan.organisationCode == null || !plan.organisationCode.matches("\\d{4}")) {
      throw DomainException.conflict(
          "The plan has no four-digit municipality code (organisationCode, e.g. 1864 for"
              + " Ljusnarsberg) to look its values up in Kolada by.");
    }
    return new Source(plan.organisationCode, plan.recordedYears());
  }

  @Transactional
  OwnValueImportReport record(
      long pointId, String kpi, Source source, Map<Integer, BigDecimal> values) {
    Map<Integer, BigDecimal> recorded = latestOutcomes(pointId);
    List<OwnValueImportReport.Imported> imported = new ArrayList<>();
    List<OwnValueImportReport.AlreadyRecorded> kept = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int year : source.years()) {
      BigDecimal value = values.get(year);
      if (value == null) {
        missing.add(year);
      } else if (recorded.containsKey(year)) {
        kept.add(new OwnValueImportReport.AlreadyRecorded(year, recorded.get(year), value));
      } else {
        Evaluation created =
            evaluations.create(
                pointId,
                new EvaluationRequest(
                    year,
                    EvaluationKind.OUTCOME,
                    LocalDate.of(year, 12, 31),
                    DecimalNode.valueOf(value),
                    ReferenceSeriesView.KOLADA_CREDIT + " (" + kpi + ")",
                    null));
        imported.add(new OwnValueImportReport.Imported(year, value, created.id));
      }
    }
    return new OwnValueImportReport(
        pointId,
        kpi,
        source.municipality(),
        ReferenceSeriesView.KOLADA_CREDIT,
        imported,
        kept,
        missing);
  }

  /** The latest outcome of each year that has one (its value null where a note says why). */
  private Map<Integer, BigDecimal> latestOutcomes(long pointId) {
    List<Evaluation> outcomes =
        em.createQuery(
                "from Evaluation e where e.pointId = :point and e.kind = :kind"
                    + " order by e.year, e.asOf, e.id",
                Evaluation.class)
            .setParameter("point", pointId)
            .setParameter("kind", EvaluationKind.OUTCOME)
            .getResultList();
    Map<Integer, BigDecimal> latest = new HashMap<>();
    for (Evaluation e : outcomes) {
      latest.put(e.year, e.value.number == null ? null : Numbers.plain(e.value.number));
    }
    return latest;
  }
}

package se.styrkort.bi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import se.styrkort.common.Numbers;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.EvaluationKind;

/**
 * Every follow-up value, flat, in the order of its id: one statement per page or per chunk of an
 * export, whatever the number of plans.
 */
@ApplicationScoped
public class EvaluationsService {

  @Inject EntityManager em;

  /** The values with an id above {@code afterId}, at most {@code count} of them. */
  @Transactional
  public List<EvaluationRow> rows(BiFilter filter, long afterId, int count) {
    var query =
        em.createQuery(
            "select e.id, g.planId, i.id, p.id, p.label, e.year, e.kind, e.asOf, e.value.number,"
                + " e.value.level, e.value.bool, e.note, e.periodLabel, e.state, e.recordedBy,"
                + " e.recordedAt, e.version from Evaluation e"
                + " join MeasurementPoint p on p.id = e.pointId"
                + " join Indicator i on i.id = p.indicatorId join Goal g on g.id = i.goalId"
                + " where e.id > :after and e.year >= :firstYear and e.year <= :lastYear"
                + filter.planConditions("g.planId")
                + " order by e.id",
            Object[].class);
    query
        .setParameter("after", afterId)
        .setParameter("firstYear", filter.firstYear())
        .setParameter("lastYear", filter.lastYear())
        .setMaxResults(count);
    filter.bind(query);
    return query.getResultList().stream().map(r -> row(r, filter.authorship())).toList();
  }

  /** Hands every value to {@code sink} chunk by chunk, each chunk in its own short transaction. */
  public void stream(BiFilter filter, Predicate<List<EvaluationRow>> sink) {
    IdChunks.stream(filter, this::rows, EvaluationRow::evaluationId, sink);
  }

  private static EvaluationRow row(Object[] r, boolean authorship) {
    BigDecimal number = Numbers.plain((BigDecimal) r[8]);
    String text =
        number != null
            ? number.toPlainString()
            : r[9] != null ? (String) r[9] : r[10] == null ? null : r[10].toString();
    return new EvaluationRow(
        (Long) r[0],
        (Long) r[1],
        (Long) r[2],
        (Long) r[3],
        (String) r[4],
        (Integer) r[5],
        ((EvaluationKind) r[6]).name(),
        (LocalDate) r[7],
        number,
        text,
        (String) r[11],
        (String) r[12],
        ((EvaluationState) r[13]).name(),
        authorship ? (String) r[14] : null,
        (Instant) r[15],
        (Long) r[16]);
  }
}

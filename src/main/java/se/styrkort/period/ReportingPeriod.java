package se.styrkort.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.styrkort.common.VersionedEntity;
import se.styrkort.fulfilment.EvaluationKind;

/**
 * A reporting date of a plan's year (uppföljningstillfälle): what the follow-up describes ({@link
 * #asOf}), when it is due ({@link #deadline}) and what is expected by then.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends VersionedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(nullable = false)
  public int year;

  @Column(nullable = false, length = 32)
  public String code;

  @Column(nullable = false, length = 100)
  public String label;

  @Column(name = "as_of", nullable = false)
  public LocalDate asOf;

  @Column(nullable = false)
  public LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "expected_kind", nullable = false, length = 16)
  public EvaluationKind expectedKind;

  @Column(name = "expects_assessments", nullable = false)
  public boolean expectsAssessments;

  @Column(name = "expects_analyses", nullable = false)
  public boolean expectsAnalyses;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PeriodState state = PeriodState.OPEN;

  @Column(name = "closed_by", length = 200)
  public String closedBy;

  @Column(name = "closed_at")
  public Instant closedAt;

  /** How a refusal names the period: "Delår 2024 (2024-DELAR)". */
  public String describe() {
    return label + " (" + code + ")";
  }
}

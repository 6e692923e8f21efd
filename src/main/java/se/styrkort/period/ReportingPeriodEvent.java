package se.styrkort.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.styrkort.common.RevisionEntity;

/** One change of a reporting period as it happened; rows are only ever inserted. */
@Entity
@Table(name = "reporting_period_event")
public class ReportingPeriodEvent extends RevisionEntity {

  /** What happened to the period. */
  public enum Type {
    CREATED,
    UPDATED,
    CLOSED,
    REOPENED
  }

  @Column(name = "period_id", nullable = false, updatable = false)
  public long periodId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public Type changeType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  public PeriodState state;

  @Column(nullable = false, updatable = false)
  public LocalDate deadline;

  @Column(columnDefinition = "TEXT", updatable = false)
  public String reason;

  static ReportingPeriodEvent of(ReportingPeriod period, Type type, String reason, String by) {
    ReportingPeriodEvent event = new ReportingPeriodEvent();
    event.periodId = period.id;
    event.planId = period.planId;
    event.version = period.version;
    event.changeType = type;
    event.state = period.state;
    event.deadline = period.deadline;
    event.reason = reason;
    event.changedBy = by;
    event.changedAt = Instant.now();
    return event;
  }
}

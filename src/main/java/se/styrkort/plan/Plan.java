package se.styrkort.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import se.styrkort.common.VersionedEntity;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;

/** A multi-year plan of one organisation: the root of its goal tree. */
@Entity
@Table(name = "plan")
public class Plan extends VersionedEntity {

  @Column(nullable = false, length = 300)
  public String name;

  @Column(nullable = false, length = 300)
  public String organisation;

  @Column(name = "organisation_code", length = 20)
  public String organisationCode;

  @Column(name = "start_year", nullable = false)
  public int startYear;

  @Column(name = "end_year", nullable = false)
  public int endYear;

  @Column(name = "baseline_year")
  public Integer baselineYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PlanStatus status;

  @Column(columnDefinition = "TEXT")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "point_rule", nullable = false, length = 32)
  public PointRuleKind pointRule;

  @Column(name = "point_partial_share", precision = 5, scale = 4)
  public BigDecimal pointPartialShare;

  @Enumerated(EnumType.STRING)
  @Column(name = "roll_up_rule", nullable = false, length = 32)
  public RollUpRuleKind rollUpRule;

  @Column(name = "roll_up_fulfilled_share", precision = 5, scale = 4)
  public BigDecimal rollUpFulfilledShare;

  @Column(name = "roll_up_partial_share", precision = 5, scale = 4)
  public BigDecimal rollUpPartialShare;

  /** Whether an approved assessment counts instead of the computed status in the roll-up above. */
  @Column(name = "roll_up_assessed", nullable = false)
  public boolean rollUpAssessed;

  /** The council's decision that adopted the plan, e.g. "KF § 123". */
  @Column(name = "decision_reference", length = 200)
  public String decisionReference;

  @Column(name = "decision_date")
  public LocalDate decisionDate;

  @Column(name = "adopted_at")
  public Instant adoptedAt;

  @Column(name = "archived_at")
  public Instant archivedAt;

  /** The organisation unit the plan belongs to (the council's plan, a committee's). */
  @Column(name = "organisation_unit_id")
  public Long organisationUnitId;

  /** The adopted plan this one revises; adopting this one archives that one. */
  @Column(name = "predecessor_id")
  public Long predecessorId;

  /**
   * Whether anyone may read the plan without signing in; effective only while it is ADOPTED, so a
   * draft never leaks.
   */
  @Column(name = "public_read", nullable = false)
  public boolean publicRead;

  /** The first year a follow-up value may describe: the baseline year, if it comes first. */
  public int firstRecordedYear() {
    return baselineYear != null ? Math.min(baselineYear, startYear) : startYear - 1;
  }

  /** Every year a follow-up value may describe, oldest first. */
  public List<Integer> recordedYears() {
    return IntStream.rangeClosed(firstRecordedYear(), endYear).boxed().toList();
  }
}

package se.styrkort.action;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import se.styrkort.common.VersionedEntity;

/** An action or assignment serving one or more goals of its plan (aktivitet, KF-uppdrag). */
@Entity(name = "PlanAction")
@Table(name = "plan_action")
public class PlanAction extends VersionedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ActionKind kind;

  @Column(nullable = false, length = 1000)
  public String title;

  @Column(columnDefinition = "TEXT")
  public String description;

  /** The goals of the plan it serves; at least one. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_action_goal", joinColumns = @JoinColumn(name = "action_id"))
  @Column(name = "goal_id")
  public Set<Long> goalIds = new TreeSet<>();

  @Column(name = "responsible_unit_id")
  public Long responsibleUnitId;

  @Column(name = "responsible_person", length = 200)
  public String responsiblePerson;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Column(name = "decision_reference", length = 200)
  public String decisionReference;
}

package se.styrkort.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.styrkort.common.VersionedEntity;

/**
 * A node of a plan's goal tree. Focus areas have no parent; goals hang under a focus area or
 * another goal. Ids rather than associations keep every load an explicit, countable query.
 */
@Entity
@Table(name = "goal")
public class Goal extends VersionedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "parent_id")
  public Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public GoalKind kind;

  @Column(nullable = false, length = 1000)
  public String title;

  @Column(columnDefinition = "TEXT")
  public String description;

  @Column(nullable = false)
  public int position;

  /** FINANCIAL or OPERATIONAL, where the plan classes the goal; null otherwise. */
  @Enumerated(EnumType.STRING)
  @Column(name = "goal_class", length = 16)
  public GoalClass goalClass;

  /** The goal of a plan above this one's (the council's) that this goal contributes to. */
  @Column(name = "contributes_to_goal_id")
  public Long contributesToGoalId;

  /** Whether the goal is one of the goals for god ekonomisk hushållning. */
  @Column(name = "good_financial_management", nullable = false)
  public boolean goodFinancialManagement;

  /** The organisation unit responsible; null when none is named (then the one above answers). */
  @Column(name = "responsible_unit_id")
  public Long responsibleUnitId;

  /** The responsible person (a token's user id or an e-mail); null when none is named. */
  @Column(name = "responsible_person", length = 200)
  public String responsiblePerson;
}

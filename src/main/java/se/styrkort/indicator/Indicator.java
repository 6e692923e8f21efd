package se.styrkort.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import se.styrkort.common.VersionedEntity;

/** One heading with measurement points under it: a table of the plan document. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

  @Column(name = "goal_id", nullable = false)
  public long goalId;

  @Column(nullable = false, length = 1000)
  public String title;

  @Column(columnDefinition = "TEXT")
  public String description;

  @Column(nullable = false)
  public int position;

  @Convert(converter = ComparisonLevelsConverter.class)
  @Column(nullable = false, length = 200)
  public List<ComparisonLevel> comparisons = new ArrayList<>();

  @Column(length = 200)
  public String owner;

  @Column(length = 200)
  public String source;

  /** The organisation unit responsible; null when none is named (then the one above answers). */
  @Column(name = "responsible_unit_id")
  public Long responsibleUnitId;

  /** The responsible person (a token's user id or an e-mail); null when none is named. */
  @Column(name = "responsible_person", length = 200)
  public String responsiblePerson;
}

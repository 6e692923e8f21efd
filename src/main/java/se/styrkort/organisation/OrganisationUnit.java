package se.styrkort.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.styrkort.common.VersionedEntity;

/**
 * A unit of the organisation: the council, a committee, a department. Units form a tree; {@code
 * path} holds the ids from the root down ("/1/4/"), so the units beneath one are those whose path
 * starts with its own.
 */
@Entity
@Table(name = "organisation_unit")
public class OrganisationUnit extends VersionedEntity {

  @Column(name = "parent_id")
  public Long parentId;

  @Column(nullable = false, length = 1000)
  public String path;

  @Column(nullable = false, length = 40)
  public String code;

  @Column(nullable = false, length = 300)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  public UnitKind kind;

  /** The path of a unit with this id under {@code parent} (or at the root). */
  static String pathOf(OrganisationUnit parent, long id) {
    return (parent == null ? "/" : parent.path) + id + "/";
  }
}

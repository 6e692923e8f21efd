package se.styrkort.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import se.styrkort.common.VersionedEntity;

/** A credential for a system or Power BI: its secret is known only by its SHA-256. */
@Entity
@Table(name = "api_key")
public class ApiKey extends VersionedEntity {

  @Column(nullable = false, length = 200)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Role role;

  @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
  public String secretHash;

  /** The plans it may reach; empty when it is not limited. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_key_plan", joinColumns = @JoinColumn(name = "api_key_id"))
  @Column(name = "plan_id")
  public Set<Long> planIds = new TreeSet<>();

  /** The organisation units whose plans (with every unit beneath) it may reach. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_key_unit", joinColumns = @JoinColumn(name = "api_key_id"))
  @Column(name = "unit_id")
  public Set<Long> unitIds = new TreeSet<>();

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** Written by the access filter, at most once a minute. */
  @Column(name = "last_used_at", insertable = false, updatable = false)
  public Instant lastUsedAt;

  /** The person the key acts for, as responsibility names people; null when none. */
  @Column(length = 200)
  public String person;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  public String createdBy;
}

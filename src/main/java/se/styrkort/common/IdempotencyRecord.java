package se.styrkort.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a request sent with an Idempotency-Key, kept to answer its retries. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {

  @Id
  @Column(name = "idempotency_key", length = 255)
  public String key;

  /** SHA-256 of the operation and the request body: a retry must send the same request. */
  @Column(name = "request_hash", nullable = false, length = 64)
  public String requestHash;

  @Column(nullable = false)
  public int status;

  @Column(name = "response_body", nullable = false, columnDefinition = "MEDIUMTEXT")
  public String responseBody;

  /** The Location of a 201, so a retried creation names the same new resource. */
  @Column(length = 2048)
  public String location;

  @Column(length = 64)
  public String etag;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}

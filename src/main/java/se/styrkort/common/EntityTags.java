package se.styrkort.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * ETags from versions, and the HTTP preconditions built on them: a read answers 304 when the
 * client's copy is current; a change requires the version the client last saw.
 */
public final class EntityTags {

  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** 200 with the body and its ETag, or 304 when {@code ifNoneMatch} names that ETag. */
  public static <T> RestResponse<T> ok(T body, long version, String ifNoneMatch) {
    EntityTag tag = of(version);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      return RestResponse.ResponseBuilder.<T>create(Response.Status.NOT_MODIFIED).tag(tag).build();
    }
    return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
  }

  /** 201 with the new resource, where it lives, and its ETag. */
  public static <T> RestResponse<T> created(java.net.URI location, T body, long version) {
    return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body)
        .location(location)
        .tag(of(version))
        .build();
  }

  /** 200 with the body of a change and its new ETag. */
  public static <T> RestResponse<T> changed(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
  }

  /**
   * Refuses a change unless {@code ifMatch} names the current version: missing → 428, stale → 412.
   * Nothing is ever overwritten by a client that has not seen the current state.
   */
  public static void requireCurrent(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(
          ProblemCode.PRECONDITION_REQUIRED,
          "This change needs an If-Match header with the ETag of the version you last read.",
          java.util.List.of(new Problem.FieldError("If-Match", "is required")));
    }
    if (!matches(ifMatch, of(currentVersion))) {
      throw new DomainException(
          ProblemCode.PRECONDITION_FAILED,
          "The resource has changed since you read it: its current ETag is \""
              + currentVersion
              + "\". Read it again and reapply your change.");
    }
  }

  /** Whether an If-Match or If-None-Match header names {@code current} (or is {@code *}). */
  public static boolean matches(String header, EntityTag current) {
    for (String candidate : header.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("\"" + current.getValue() + "\"")) {
        return true;
      }
    }
    return false;
  }
}

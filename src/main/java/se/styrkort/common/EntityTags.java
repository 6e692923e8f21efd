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
   *
   * <p>If-Match is read as RFC 9110 (13.1.1) says, strictly: a comma-separated list of strong
   * entity tags, compared strongly, so a weak tag ({@code W/"3"}) never matches; a header that is
   * not such a list ({@code "1" garbage}, {@code *, "1"}, an unquoted {@code 1}) is 400. {@code *}
   * ("any current version") is refused with 400 on every operation: here every change needs the
   * version the client read, and {@code *} would be a blind overwrite.
   */
  public static void requireCurrent(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(
          ProblemCode.PRECONDITION_REQUIRED,
          "This change needs an If-Match header with the ETag of the version you last read.",
          java.util.List.of(new Problem.FieldError("If-Match", "is required")));
    }
    java.util.List<String> tags = ifMatchTags(ifMatch);
    String current = "\"" + currentVersion + "\"";
    if (!tags.contains(current)) {
      throw new DomainException(
          ProblemCode.PRECONDITION_FAILED,
          "The resource has changed since you read it: its current ETag is \""
              + currentVersion
              + "\". Read it again and reapply your change.");
    }
  }

  /**
   * The strong entity tags of an If-Match header, quotes included; weak tags are left out, since
   * they never match. A malformed header, or {@code *}, is a 400 naming If-Match.
   */
  static java.util.List<String> ifMatchTags(String header) {
    java.util.List<String> strong = new java.util.ArrayList<>();
    boolean any = false;
    for (String element : header.split(",", -1)) {
      String tag = element.strip();
      if (tag.isEmpty()) {
        continue; // RFC 9110 5.6.1: empty list elements are allowed and ignored.
      }
      if (tag.equals("*")) {
        throw DomainException.invalid(
            "If-Match",
            "* (any version) is not accepted: send the ETag of the version you last read");
      }
      boolean weak = tag.startsWith("W/");
      String opaque = weak ? tag.substring(2) : tag;
      if (!OPAQUE_TAG.matcher(opaque).matches()) {
        throw DomainException.invalid(
            "If-Match", "must be a list of entity tags such as \"3\" (RFC 9110 8.8.3)");
      }
      any = true;
      if (!weak) {
        strong.add(opaque);
      }
    }
    if (!any) {
      throw DomainException.invalid(
          "If-Match", "must be a list of entity tags such as \"3\" (RFC 9110 8.8.3)");
    }
    return strong;
  }

  /** RFC 9110 8.8.3: DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text. */
  private static final java.util.regex.Pattern OPAQUE_TAG =
      java.util.regex.Pattern.compile("\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  /**
   * Whether an If-None-Match header names {@code current} (or is {@code *}), by the weak comparison
   * RFC 9110 13.1.2 prescribes for it.
   */
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

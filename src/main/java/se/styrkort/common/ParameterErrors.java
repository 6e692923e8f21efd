package se.styrkort.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Finds the path and query parameters of the matched operation whose values are not of their
 * declared type, so that a malformed id, year or enum is reported by name.
 */
final class ParameterErrors {

  private ParameterErrors() {}

  static List<Problem.FieldError> find(UriInfo uri, SimpleResourceInfo resource) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Method method = methodOf(resource);
    if (method == null) {
      return errors;
    }
    for (Parameter parameter : method.getParameters()) {
      String pathName = name(parameter, RestPath.class, PathParam.class);
      String queryName = name(parameter, RestQuery.class, QueryParam.class);
      List<String> values =
          pathName != null
              ? uri.getPathParameters().get(pathName)
              : queryName != null ? uri.getQueryParameters().get(queryName) : null;
      if (values == null) {
        continue;
      }
      String name = pathName != null ? pathName : queryName;
      for (String value : values) {
        String reason = reasonIfInvalid(valueType(parameter), value);
        if (reason != null) {
          errors.add(new Problem.FieldError(name, reason));
          break;
        }
      }
    }
    return errors;
  }

  /** The type of each value: the parameter's own, or its element type for a list or set. */
  private static Class<?> valueType(Parameter parameter) {
    if (java.util.Collection.class.isAssignableFrom(parameter.getType())
        && parameter.getParameterizedType() instanceof java.lang.reflect.ParameterizedType type
        && type.getActualTypeArguments().length == 1
        && type.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return parameter.getType();
  }

  private static Method methodOf(SimpleResourceInfo resource) {
    if (resource == null || resource.getResourceClass() == null) {
      return null;
    }
    try {
      return resource
          .getResourceClass()
          .getMethod(resource.getMethodName(), resource.parameterTypes());
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String name(
      Parameter parameter,
      Class<? extends Annotation> restAnnotation,
      Class<? extends Annotation> jaxrsAnnotation) {
    Annotation rest = parameter.getAnnotation(restAnnotation);
    if (rest instanceof RestPath path) {
      return path.value().isEmpty() ? parameter.getName() : path.value();
    }
    if (rest instanceof RestQuery query) {
      return query.value().isEmpty() ? parameter.getName() : query.value();
    }
    Annotation jaxrs = parameter.getAnnotation(jaxrsAnnotation);
    if (jaxrs instanceof PathParam path) {
      return path.value();
    }
    if (jaxrs instanceof QueryParam query) {
      return query.value();
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String reasonIfInvalid(Class<?> type, String value) {
    try {
      if (type == long.class || type == Long.class) {
        Long.parseLong(value);
      } else if (type == int.class || type == Integer.class) {
        Integer.parseInt(value);
      } else if (type == boolean.class || type == Boolean.class) {
        if (!value.equals("true") && !value.equals("false")) {
          return "must be true or false, not '" + value + "'";
        }
      } else if (type.isEnum()) {
        Enum.valueOf((Class) type, value);
      } else if (type == java.time.LocalDate.class) {
        java.time.LocalDate.parse(value);
      }
      return null;
    } catch (NumberFormatException e) {
      return "must be an integer, not '" + value + "'";
    } catch (IllegalArgumentException e) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "))
          + ", not '"
          + value
          + "'";
    } catch (java.time.format.DateTimeParseException e) {
      return "must be a date (YYYY-MM-DD), not '" + value + "'";
    }
  }
}

package se.styrkort.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of the service answers, for the {@code Allow} header that RFC 9110 asks of
 * a 405: read once from the resource classes' JAX-RS annotations (Quarkus's own 405 names none).
 */
final class AllowedMethods {

  private record Route(Pattern path, String method) {}

  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

  private static volatile List<Route> routes;

  private AllowedMethods() {}

  /** The methods {@code path} answers, e.g. "DELETE, GET, HEAD, PUT"; empty when none. */
  static String of(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route route : routes()) {
      if (route.path().matcher(path).matches()) {
        methods.add(route.method());
        if (HttpMethod.GET.equals(route.method())) {
          methods.add(HttpMethod.HEAD);
        }
      }
    }
    return String.join(", ", methods);
  }

  private static List<Route> routes() {
    List<Route> known = routes;
    if (known == null) {
      known = new ArrayList<>();
      for (Bean<?> bean :
          Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
        Class<?> type = bean.getBeanClass();
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : type.getMethods()) {
          String verb = verb(method);
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            known.add(new Route(pattern(root.value(), sub == null ? "" : sub.value()), verb));
          }
        }
      }
      routes = known;
    }
    return known;
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static Pattern pattern(String root, String sub) {
    String template = ("/" + root + "/" + sub).replaceAll("/+", "/");
    if (template.length() > 1 && template.endsWith("/")) {
      template = template.substring(0, template.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    Matcher parameter = PARAMETER.matcher(template);
    int from = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(template.substring(from, parameter.start()))).append("[^/]+");
      from = parameter.end();
    }
    regex.append(Pattern.quote(template.substring(from))).append("/?");
    return Pattern.compile(regex.toString());
  }
}

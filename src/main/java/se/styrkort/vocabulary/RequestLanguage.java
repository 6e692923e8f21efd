package se.styrkort.vocabulary;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language a caller asked for: the {@code lang} query parameter (for clients that cannot set
 * headers, such as Power BI), else the first of sv and en in Accept-Language, else English.
 */
@RequestScoped
public class RequestLanguage {

  public static final String PARAMETER = "lang";

  /** How the operations that write words describe their lang parameter. */
  public static final String DESCRIPTION =
      "The language of the words beside enums (statusText, …): sv or en. Without it the"
          + " Accept-Language header decides (sv, sv-SE … give Swedish); English by default.";

  @Inject HttpServerRequest request;

  private Language language;

  public Language get() {
    if (language == null) {
      language = resolve();
    }
    return language;
  }

  /** Fixes the language for the rest of the request: a document written in one language. */
  public void use(Language language) {
    this.language = language;
  }

  public String text(Enum<?> value) {
    return Vocabulary.text(value, get());
  }

  private Language resolve() {
    // An operation that takes lang declares it, so JAX-RS refuses an unknown one (400) before
    // anything is done; elsewhere it is ignored rather than failing a write that has happened.
    String lang = request.getParam(PARAMETER);
    if (lang != null) {
      for (Language candidate : Language.values()) {
        if (candidate.name().equalsIgnoreCase(lang.strip())) {
          return candidate;
        }
      }
    }
    String header = request.getHeader("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        // Ordered by weight; "sv-SE" asks for Swedish as much as "sv" does.
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
          String primary = range.getRange().split("-")[0];
          if (primary.equals("sv") || primary.equals("en")) {
            return Language.valueOf(primary);
          }
        }
      } catch (IllegalArgumentException malformed) {
        return Language.en;
      }
    }
    return Language.en;
  }
}

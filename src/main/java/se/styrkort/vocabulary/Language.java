package se.styrkort.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The languages the service writes its words in; enums themselves stay English. */
@Schema(name = "Language", description = "sv: Swedish; en: English.")
public enum Language {
  sv,
  en
}

package se.styrkort.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report's form, for a link that cannot set Accept. */
@Schema(
    name = "ReportFormat",
    description = "html: accessible HTML (text/html); pdf: tagged PDF/UA (application/pdf).")
public enum ReportFormat {
  html,
  pdf
}

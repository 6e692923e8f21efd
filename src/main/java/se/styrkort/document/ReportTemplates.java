package se.styrkort.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report's template, checked against {@link ReportDocument} at build time. */
@CheckedTemplate(basePath = "document")
final class ReportTemplates {

  static native TemplateInstance report(ReportDocument doc);

  private ReportTemplates() {}
}

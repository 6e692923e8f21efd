package se.styrkort.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkort.common.Page;

@Path("/api/v1/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary", description = "The Swedish and English words for every enum.")
public class VocabularyResource {

  @GET
  @Operation(
      operationId = "getVocabulary",
      summary = "Every enum value with its Swedish and English text",
      description =
          "One row per value (type, value, sv, en): statuses, assessed statuses, trends, kinds,"
              + " outlooks, node kinds, approval and period states. A BI model joins its codes"
              + " to it; the API itself stays English.")
  public Page<VocabularyEntry> list() {
    return new Page<>(Vocabulary.entries(), null);
  }
}

package se.styrkort.odata;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OData service document: the entity sets and where they are. */
@Schema(name = "ODataServiceDocument", description = "The entity sets of the feed.")
record ServiceDocument(
    @Schema(
            name = "@odata.context",
            required = true,
            example = "http://localhost:8080/odata/v1/$metadata")
        @JsonProperty("@odata.context")
        String context,
    @Schema(required = true) List<Entry> value) {

  @Schema(name = "ODataServiceDocumentEntry", description = "One entity set.")
  record Entry(
      @Schema(required = true, example = "Facts") String name,
      @Schema(required = true, example = "EntitySet") String kind,
      @Schema(required = true, example = "Facts", description = "Relative to the service root.")
          String url) {}
}

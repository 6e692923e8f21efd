package se.styrkort.odata;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of an entity set's answer, for the contract (the feed writes it as a map). */
@Schema(
    name = "ODataCollection",
    description =
        "An OData v4 collection (odata.metadata=minimal). The properties of each entity are those"
            + " of its type in $metadata, or those named by $select.")
record ODataPage(
    @Schema(
            name = "@odata.context",
            required = true,
            example = "http://localhost:8080/odata/v1/$metadata#Plans")
        String context,
    @Schema(
            name = "@odata.count",
            description = "With $count=true: every matching entity, ignoring $top and $skip.",
            example = "69")
        Long count,
    @Schema(
            required = true,
            description = "The entities of this page.",
            example = "[{\"id\": 1, \"name\": \"Flerårsplan 2025–2026\"}]")
        List<Map<String, Object>> value,
    @Schema(
            name = "@odata.nextLink",
            description = "Absolute URL of the next page; absent on the last page.",
            example = "http://localhost:8080/odata/v1/Plans?$skiptoken=500")
        String nextLink) {}

package se.styrkort.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Credentials for systems and Power BI; admins only.")
public class ApiKeyResource {

  @Inject ApiKeyService keys;

  @GET
  @Operation(
      operationId = "listApiKeys",
      summary = "List API keys",
      description = "Every key ever made, revoked ones included, oldest first; never a secret.")
  public Page<ApiKeyView> list(
      @RestQuery Integer limit, @RestQuery String cursor, @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(keys.list(page).stream().map(ApiKeyView::from).toList(), uri);
  }

  @POST
  @Operation(
      operationId = "createApiKey",
      summary = "Create an API key",
      description =
          "The answer carries the secret, the only time it is shown: only its SHA-256 is kept.")
  public RestResponse<CreatedApiKeyView> create(
      @Valid @NotNull ApiKeyRequest request, @Context UriInfo uri) {
    ApiKeyService.Created created = keys.create(request);
    ApiKeyView key = ApiKeyView.from(created.key());
    return EntityTags.created(
        uri.getBaseUriBuilder().path(ApiKeyResource.class).path(Long.toString(key.id())).build(),
        new CreatedApiKeyView(created.secret(), key),
        created.key().version);
  }

  @GET
  @Path("/{keyId}")
  @Operation(operationId = "getApiKey", summary = "Get an API key")
  public ApiKeyView get(@RestPath long keyId) {
    return ApiKeyView.from(keys.get(keyId));
  }

  @POST
  @Path("/{keyId}/revocation")
  @Operation(
      operationId = "revokeApiKey",
      summary = "Revoke an API key",
      description = "The key stops working at once and stays listed with revokedAt.")
  public ApiKeyView revoke(@RestPath long keyId) {
    return ApiKeyView.from(keys.revoke(keyId));
  }
}

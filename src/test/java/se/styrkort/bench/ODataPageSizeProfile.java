package se.styrkort.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production page size (500 entities), for measuring a whole OData read. */
public class ODataPageSizeProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("styrkort.odata.page-size", "500");
  }
}

package se.styrkort.proxy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as the Kubernetes manifests run it behind an ingress: forwarded headers honoured, but
 * only from the one trusted proxy address (here the loopback address the tests connect from).
 */
public class ForwardingProxyProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("styrkort.proxy.forwarding", "true", "styrkort.proxy.trusted", "127.0.0.1");
  }
}

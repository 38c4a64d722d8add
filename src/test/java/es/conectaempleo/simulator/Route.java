package es.conectaempleo.simulator;

import java.io.IOException;

/** One endpoint of a simulated platform; see {@link SimulatedPlatform#route(String, Route)}. */
@FunctionalInterface
public interface Route {
  void handle(Exchange exchange) throws IOException;
}

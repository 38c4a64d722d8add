package es.conectaempleo.simulator;

/** The LTI messages a simulated platform sends. */
public enum MessageType {
  RESOURCE_LINK(ClaimNames.RESOURCE_LINK_REQUEST),
  DEEP_LINKING(ClaimNames.DEEP_LINKING_REQUEST);

  private final String claimValue;

  MessageType(String claimValue) {
    this.claimValue = claimValue;
  }

  public String claimValue() {
    return claimValue;
  }
}

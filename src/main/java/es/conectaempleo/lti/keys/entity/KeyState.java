package es.conectaempleo.lti.keys.entity;

/** Where a tool key is in its rotation. */
public enum KeyState {
  /** Published in the JWKS, not used to sign yet. */
  NEXT,
  /** Published and signing. */
  ACTIVE,
  /**
   * No longer signing, still published for {@code ToolKeys.RETIRED_PUBLISHED} after it was retired:
   * an assertion signed just before, or by a node that has not re-read its keys yet, still verifies.
   */
  RETIRED,
  /** Withdrawn at once (a key that may have leaked): never published or used again. */
  REVOKED
}

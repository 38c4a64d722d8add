package es.conectaempleo.lti.keys.entity;

/** Where a tool key is in its rotation. */
public enum KeyState {
  /** Published in the JWKS, not used to sign yet. */
  NEXT,
  /** Published and signing. */
  ACTIVE,
  /** No longer published or used. */
  RETIRED
}

/**
 * Validation of the id_token a platform posts to the tool's launch URL, as a named sequence of
 * steps (see {@link es.conectaempleo.lti.lti.launch.IdTokenVerifier}): RS256 only, signature with
 * the platform's registered JWKS (cached, fetched again once for an unknown {@code kid}, rate
 * limited), exact issuer, audience and authorized party, expiry and issue time with a small skew,
 * then the LTI claims of the message type. Signature, time and exact-match checks are Nimbus's; this
 * package only names them and turns each failure into one {@link es.conectaempleo.lti.lti.Rejection}.
 * There is no switch that turns any step off.
 *
 * <p>References: Security Framework 1.0 §5.1.3
 * (https://www.imsglobal.org/spec/security/v1p0#authentication-response-validation), LTI Core 1.3
 * §5.3 (https://www.imsglobal.org/spec/lti/v1p3#required-message-claims).
 */
package es.conectaempleo.lti.lti.launch;

/**
 * The tool's own keys. RSA key pairs sign what the tool sends to platforms (service token
 * assertions, deep-linking responses); each is {@code next} (published, not yet used), {@code
 * active} (signs) or {@code retired}. Publishing the next key a full rotation ahead lets platforms
 * that cache the tool's JWKS verify the first signature of the new key. A generated HMAC secret
 * signs the short-lived launch tokens. All key material lives in the database so every node uses the
 * same keys; it is generated on first start.
 *
 * <p>Reference: Security Framework 1.0 §6 (https://www.imsglobal.org/spec/security/v1p0#key-management).
 */
package es.conectaempleo.lti.keys;

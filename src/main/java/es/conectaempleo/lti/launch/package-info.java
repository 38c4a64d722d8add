/**
 * The LTI launch: OIDC login initiation, the launch POST and what follows it. A login stores a
 * single-use state and nonce (ten minutes) and binds the state to the browser with a {@code
 * SameSite=None; Secure; Partitioned} cookie that the launch checks when the browser sends it;
 * browsers that block third-party cookies inside the LMS iframe still launch, protected by the
 * server-side state and nonce. After an accepted launch, pages and API calls carry a short-lived
 * HMAC-signed launch token instead of a session cookie. Every launch, accepted or rejected, leaves
 * an audit row; a rejected one leaves nothing else.
 *
 * <p>References: Security Framework 1.0 §5.1.1 and §5.1.3
 * (https://www.imsglobal.org/spec/security/v1p0#openid_connect_launch_flow).
 */
package es.conectaempleo.lti.launch;

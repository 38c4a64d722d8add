/**
 * OpenID Connect third-party-initiated login: the platform asks the tool to start a login
 * ({@link es.conectaempleo.lti.lti.oidc.LoginInitiation}) and the tool sends the browser back to
 * the platform's authorization endpoint ({@link es.conectaempleo.lti.lti.oidc.AuthenticationRequest}).
 * Both GET and POST initiations are accepted; Canvas names the deployment {@code deployment_id}
 * instead of {@code lti_deployment_id}; hints are echoed unchanged and never parsed.
 *
 * <p>References: Security Framework 1.0 §5.1.1
 * (https://www.imsglobal.org/spec/security/v1p0#openid_connect_launch_flow), LTI Core 1.3 §4.1.
 */
package es.conectaempleo.lti.lti.oidc;

/**
 * Access tokens for the LTI Advantage services ({@link
 * es.conectaempleo.lti.lti.token.ServiceTokens}): the OAuth 2 client-credentials grant with a
 * {@code private_key_jwt} client assertion signed by the tool's key, which the caller passes in
 * (this package never loads keys). Nimbus builds the request and parses the answer; the shared
 * {@link java.net.http.HttpClient} sends it. Tokens are cached per issuer, client id, token URL and
 * scope set, and fetched once for all concurrent callers.
 *
 * <p>References: Security Framework 1.0 §4.1
 * (https://www.imsglobal.org/spec/security/v1p0#securing_web_services), RFC 7523 §2.2 and §3.
 */
package es.conectaempleo.lti.lti.token;

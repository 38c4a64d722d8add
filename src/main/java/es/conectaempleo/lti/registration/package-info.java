/**
 * Platform registrations: which LMSs may launch the tool (keyed by issuer and client id, because
 * Canvas cloud uses one issuer for every customer) and which of their deployments are known. LMS
 * admins and operators register them through the admin API; launches read them through {@link
 * es.conectaempleo.lti.registration.boundary.PlatformLookup}, which caches them briefly so a launch
 * costs no registration query.
 *
 * <p>Reference: LTI Core 1.3 §3.1.2-3.1.3 (https://www.imsglobal.org/spec/lti/v1p3#platform-and-tool-registration).
 */
package es.conectaempleo.lti.registration;

/**
 * Names the specifications give to claims, message types, roles and scopes, each in one place and
 * linked to its section, so no URI is ever repeated inline.
 *
 * <p>References: LTI Core 1.3 §5 (https://www.imsglobal.org/spec/lti/v1p3#required-message-claims),
 * Appendix A.2 role vocabularies (https://www.imsglobal.org/spec/lti/v1p3#role-vocabularies).
 */
package es.conectaempleo.lti.lti.claims;

/**
 * Names the specifications give to claims, message types, roles, service scopes and media types,
 * each in one place and linked to its section, so no URI is ever repeated inline.
 *
 * <p>References: LTI Core 1.3 §5 (https://www.imsglobal.org/spec/lti/v1p3#required-message-claims),
 * Appendix A.2 role vocabularies (https://www.imsglobal.org/spec/lti/v1p3#role-vocabularies), AGS
 * 2.0 (https://www.imsglobal.org/spec/lti-ags/v2p0), NRPS 2.0
 * (https://www.imsglobal.org/spec/lti-nrps/v2p0).
 */
package es.conectaempleo.lti.lti.claims;

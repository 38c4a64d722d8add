/**
 * LTI Dynamic Registration 1.0, the tool's side: reading the platform's OpenID configuration,
 * building the tool's registration request, and sending it. Pure protocol, no storage: which LMS
 * may register, and what is kept, is the registration component's business.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 */
package es.conectaempleo.lti.lti.dynreg;

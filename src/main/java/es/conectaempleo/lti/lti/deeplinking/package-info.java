/**
 * LTI Deep Linking 2.0, the tool's side: the platform's request settings, and the signed response
 * that returns the content an instructor picked. Pure protocol, no storage.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">Deep Linking 2.0</a>
 */
package es.conectaempleo.lti.lti.deeplinking;

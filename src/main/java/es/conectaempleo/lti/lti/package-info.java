/**
 * The LTI 1.3 protocol, shaped as a library: one sub-package per 1EdTech specification. It takes
 * plain values ({@link es.conectaempleo.lti.lti.PlatformConfig}) and depends on nothing of the
 * product: no business component, no JPA, no JAX-RS server types.
 *
 * <p>References: LTI Core 1.3 (https://www.imsglobal.org/spec/lti/v1p3), 1EdTech Security
 * Framework 1.0 (https://www.imsglobal.org/spec/security/v1p0).
 */
package es.conectaempleo.lti.lti;

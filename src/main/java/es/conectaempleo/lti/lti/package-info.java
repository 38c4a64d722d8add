/**
 * The LTI 1.3 protocol, shaped as a library: one sub-package per 1EdTech specification. It takes
 * plain values ({@link es.conectaempleo.lti.lti.PlatformConfig}) and depends on nothing of the
 * product: no business component, no JPA, no JAX-RS server types. This package holds what every
 * specification shares: the two exception families (input the tool refuses or a platform call that
 * failed, versus {@link es.conectaempleo.lti.lti.ToolFaultException} for our own faults) and the
 * bounded HTTP exchange with platform services ({@link es.conectaempleo.lti.lti.ServiceHttp}).
 *
 * <p>References: LTI Core 1.3 (https://www.imsglobal.org/spec/lti/v1p3), 1EdTech Security Framework
 * 1.0 (https://www.imsglobal.org/spec/security/v1p0), RFC 8288 Web Linking.
 */
package es.conectaempleo.lti.lti;

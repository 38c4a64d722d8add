/**
 * Names and Role Provisioning Services 2.0: the launch's NRPS claim ({@link
 * es.conectaempleo.lti.lti.nrps.NrpsEndpoint}) and {@link
 * es.conectaempleo.lti.lti.nrps.NrpsClient}, which reads a context's whole roster over every {@code
 * Link: rel="next"} page, bounded in page count. A roster is returned complete or not at all, so a
 * failed page never looks like members who left.
 *
 * <p>References: NRPS 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0).
 */
package es.conectaempleo.lti.lti.nrps;

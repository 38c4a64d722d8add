/**
 * The LMS of every system test: simulated Moodle and Canvas platforms behind one loopback HTTP
 * server ({@link es.conectaempleo.simulator.PlatformSimulator}), and a test {@link
 * es.conectaempleo.simulator.Browser} that walks the OIDC launch flow between them and the tool.
 * Each platform can also serve an OAuth 2 {@link es.conectaempleo.simulator.TokenEndpoint} that
 * checks the tool's client assertions against its JWKS, the NRPS {@link
 * es.conectaempleo.simulator.MembershipsEndpoint} of its courses, and each course's {@link
 * es.conectaempleo.simulator.Gradebook} with the AGS line items, scores and results endpoints,
 * whose {@link es.conectaempleo.simulator.AgsFaults} fail, throttle, delay, revoke tokens or take
 * the platform down on demand. For page tests each platform also serves the LMS course page that
 * frames the tool (Moodle's {@code mod/lti/view.php}, on host {@code localhost} so that the tool is
 * third party inside it), and {@link es.conectaempleo.simulator.RealBrowser} drives headless
 * Chromium with third-party cookies blocked. A platform may also start without the tool and await
 * LTI Dynamic Registration ({@link es.conectaempleo.simulator.DynamicRegistration}: Moodle's public
 * and Canvas's token-guarded OpenID configuration, the registration endpoint with each LMS's checks,
 * and the admin page that frames the tool's registration URL). It is written from the 1EdTech
 * specifications and from how Moodle and Canvas behave (LTI-CHECKLIST §1.3–1.9, §2.2–2.7), never
 * from the tool: it imports
 * nothing of the tool and reaches it only over HTTP, so a test cannot pass because both sides share
 * a mistake.
 *
 * <p>References: Security Framework 1.0 §5.1 (https://www.imsglobal.org/spec/security/v1p0), LTI
 * Core 1.3 §4–5 (https://www.imsglobal.org/spec/lti/v1p3), Deep Linking 2.0 §4.4
 * (https://www.imsglobal.org/spec/lti-dl/v2p0), NRPS 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0),
 * AGS 2.0 (https://www.imsglobal.org/spec/lti-ags/v2p0), Dynamic Registration 1.0
 * (https://www.imsglobal.org/spec/lti-dr/v1p0).
 */
package es.conectaempleo.simulator;

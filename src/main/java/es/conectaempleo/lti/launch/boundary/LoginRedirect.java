package es.conectaempleo.lti.launch.boundary;

import java.net.URI;

/** Where a login sends the browser, and the cookie that binds the login to it. */
public record LoginRedirect(URI location, String stateCookieName, int cookieMaxAgeSeconds, String cookiePath) {}

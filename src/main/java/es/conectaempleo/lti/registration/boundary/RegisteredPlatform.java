package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.PlatformConfig;

/** A registration as launches see it: its database key and its configuration. Immutable. */
public record RegisteredPlatform(long id, PlatformConfig config) {}

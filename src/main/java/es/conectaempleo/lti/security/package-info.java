/**
 * Access to the admin API: a bearer token from configuration ({@code CONECTA_ADMIN_TOKEN}),
 * compared in constant time. With no token configured the admin API is closed, never open.
 */
package es.conectaempleo.lti.security;

/**
 * Access to the admin API: a bearer token from configuration ({@code CONECTA_ADMIN_TOKEN}),
 * compared in constant time. With no token configured the admin API is closed, never open. The
 * program's figures also take a read-only reports token ({@code CONECTA_REPORTS_TOKEN}).
 */
package es.conectaempleo.lti.security;

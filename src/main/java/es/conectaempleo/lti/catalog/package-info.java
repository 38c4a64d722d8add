/**
 * The Conecta Empleo catalog: the dozen free training blocks, seeded by migration with their
 * Spanish and English titles, nominal hours and pass mark. The catalog changes only with a new
 * migration, so it is read once per node and kept in memory.
 */
package es.conectaempleo.lti.catalog;

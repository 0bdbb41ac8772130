/**
 * Who may do what: user accounts in the database with PBKDF2 password hashes, the roles admin ⊃ organiser and
 * partner, form login for the back office and HTTP Basic for the organiser API.
 */
package org.treffpunkt.security;

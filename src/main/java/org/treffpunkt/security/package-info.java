/**
 * User accounts and how callers prove who they are: accounts in the database with PBKDF2 password
 * hashes, the login form with its session, HTTP Basic and personal API tokens for the API, and the
 * login throttle. Who may then do what is decided in {@code platform.access} (permissions) by each
 * feature's use cases.
 */
package org.treffpunkt.security;

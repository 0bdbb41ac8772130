/**
 * What every feature shares, and depends on no feature: the REST application, problem+json errors,
 * input validation, the injected clock and time input, settings from the environment, public
 * addresses ({@code PublicLinks}), rate limits, browser security (headers, cross-site refusals, the
 * CSP nonce in forms, stateless public pages), sessions, the database migration at start-up; {@code
 * access} (who may do what), {@code i18n} (the user's language).
 */
package org.treffpunkt.platform;

/**
 * What every feature shares: the REST application, problem+json errors, the injected clock, settings from the
 * environment, the database migration at start-up and the user's language.
 */
package org.treffpunkt.platform;

/**
 * Language mediation: the interpreter pool (never public), who interprets which language at which
 * meeting, and the language needs of registered residents per meeting and per period, unmet ones
 * first.
 *
 * <p>{@code boundary}: the API (pool, bookings, needs) and the pool and needs pages; {@code
 * control}: {@code LanguageMediation}, behind its permission; {@code entity}: interpreters and
 * their bookings. The needs are counted by the registration feature ({@code RegistrationFigures}),
 * meetings are read as records.
 */
package org.treffpunkt.interpreting;

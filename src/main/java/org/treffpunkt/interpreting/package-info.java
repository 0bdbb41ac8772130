/**
 * Language mediation: the interpreter pool (never public), who interprets which language at which meeting, and the
 * language needs of registered residents per meeting and per period, unmet ones first.
 */
package org.treffpunkt.interpreting;

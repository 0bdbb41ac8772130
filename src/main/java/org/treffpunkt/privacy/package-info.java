/**
 * Personal data is kept only as long as needed: the scheduled anonymisation of registrations (and
 * feedback free texts) {@code TREFFPUNKT_RETENTION_DAYS} after each meeting, once per cluster,
 * leaving every report figure as it was.
 */
package org.treffpunkt.privacy;

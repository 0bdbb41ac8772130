/**
 * Anonymous participation reports for funders and evaluators: meetings held and cancelled, registrations, persons
 * with a place, attendance, walk-ins, waiting-list use, interpretation per language, the voluntary target-group
 * answers and feedback, grouped by format, district, month and language, with every person count under 5 suppressed.
 * Computed only from what survives anonymisation, so the figures never change when personal data is removed.
 */
package org.treffpunkt.report;

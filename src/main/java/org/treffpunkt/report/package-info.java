/**
 * Anonymous participation reports for funders and evaluators: meetings held and cancelled,
 * registrations, persons with a place, attendance, walk-ins, waiting-list use, interpretation per
 * language, the voluntary target-group answers and feedback, grouped by format, district, month and
 * language, with every person count under 5 suppressed. Computed only from what survives
 * anonymisation, so the figures never change when personal data is removed.
 *
 * <p>{@code control.ParticipationReport} counts the anonymous facts each feature publishes
 * (meetings reported, registrations, walk-ins, feedback answers) and suppresses small counts;
 * {@code boundary}: the API (JSON, CSV), its parameters and the report page. The feature owns no
 * tables.
 */
package org.treffpunkt.report;

/**
 * Partner organisations (advice centres, migrant organisations, neighbourhood centres) that co-host
 * meetings and whose staff register residents on their behalf. Other features read them through
 * {@code control.PartnerDirectory} (records: names are public, contacts for staff).
 */
package org.treffpunkt.partner;

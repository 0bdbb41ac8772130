/**
 * Partner organisations (advice centres, migrant organisations, neighbourhood centres) that co-host meetings and whose
 * staff register residents on their behalf. Small enough to be one flat package.
 */
package org.treffpunkt.partner;

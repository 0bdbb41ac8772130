/**
 * Who looked at or exported residents' personal data (registration lists, check-in lists, CSV and PDF exports), and
 * when: recorded for every such access, shown to admins only. The log itself holds staff names, never residents'.
 */
package org.treffpunkt.audit;

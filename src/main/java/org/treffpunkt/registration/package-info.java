/**
 * Residents' registrations: the public form and API, places that are never overbooked, the first-in-first-out
 * waiting list, short codes and secret self-service links for people without e-mail, and registrations made on a
 * resident's behalf by staff.
 */
package org.treffpunkt.registration;

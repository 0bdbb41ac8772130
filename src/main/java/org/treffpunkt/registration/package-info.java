/**
 * Residents' registrations: the public form and API, places that are never overbooked, the first-in-first-out
 * waiting list, short codes and secret self-service links for people without e-mail, and registrations made on a
 * resident's behalf by staff; change notices (a meeting moved, changed or cancelled, organisers' messages) and whom
 * they reached, by mail or — for those without e-mail — by a phone call staff record.
 */
package org.treffpunkt.registration;

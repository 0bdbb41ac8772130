/**
 * Who may do what, decided in one place: the roles, the permissions they hold ({@code Permission},
 * with the partner's scope), the caller of a request ({@code Caller}), the check on use cases
 * ({@code @Allowed}) and for a meeting's scope ({@code Authorization}), and which back-office page
 * needs which permission. Features' control layers use it; pages and API resources only call those
 * use cases.
 */
package org.treffpunkt.platform.access;

/** The seven UI languages, their bundles, and how a request's language is chosen. */
package org.treffpunkt.platform.i18n;

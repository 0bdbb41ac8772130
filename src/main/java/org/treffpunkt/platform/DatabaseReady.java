package org.treffpunkt.platform;

/**
 * Fired once at start-up after the schema has been migrated and validated; features seed their data
 * on it.
 */
public record DatabaseReady() {}

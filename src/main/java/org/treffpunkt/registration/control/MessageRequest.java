package org.treffpunkt.registration.control;

import java.util.Map;

/**
 * The body of {@code POST /api/meetings/{id}/messages}: the message by language, German required.
 */
public record MessageRequest(Map<String, String> text) {}

package org.treffpunkt.registration.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;

/**
 * A registration that a notice could not reach by mail (no address, or the mail failed), for staff
 * to phone: {@code language} is the language the resident registered in; {@code informedAt} is null
 * until someone recorded that they told the resident of every such notice.
 */
@JsonbNillable
public record Unreached(
    String code, String name, String phone, String language, OffsetDateTime informedAt) {}

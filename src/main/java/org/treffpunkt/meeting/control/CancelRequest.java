package org.treffpunkt.meeting.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/meetings/{id}/cancel}; the back office's cancel form sends the same.
 */
public record CancelRequest(
    @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.maxLength}")
        String reason) {}

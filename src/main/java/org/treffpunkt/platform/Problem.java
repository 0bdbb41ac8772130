package org.treffpunkt.platform;

import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457), with the message of every invalid field.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}
}

package org.treffpunkt.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a resident seeks advice about: the short list an advice slot is booked with and a help offer
 * of the district is found by. The code is the API's and the URL's value; the label is {@code
 * topic.<code>} in the message bundles.
 */
public enum AdviceTopic {
  RESIDENCE("residence"),
  WORK("work"),
  SCHOOL("school"),
  HEALTH("health"),
  HOUSING("housing"),
  MONEY("money"),
  OTHER("other");

  private final String code;

  AdviceTopic(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The message bundle key of the topic's label. */
  public String labelKey() {
    return "topic." + code;
  }

  /** The topic with this code (exactly as the API writes it), if any. */
  public static Optional<AdviceTopic> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}

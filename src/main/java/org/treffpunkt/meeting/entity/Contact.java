package org.treffpunkt.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person residents can ask about a meeting (staff, shown publicly). */
@Embeddable
public record Contact(
    @Column(name = "contact_name", length = 200) String name,
    @Column(name = "contact_phone", length = 50) String phone,
    @Column(name = "contact_email", length = 200) String email) {

  public static final Contact NONE = new Contact(null, null, null);

  public boolean isEmpty() {
    return name == null && phone == null && email == null;
  }
}

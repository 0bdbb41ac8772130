-- Meetings (one date each) and series (which generate meetings).

CREATE TABLE meeting_series (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  frequency VARCHAR(30) NOT NULL,
  first_date DATE NOT NULL,
  start_time TIME NOT NULL,
  duration_minutes INT NOT NULL,
  until_date DATE,
  occurrence_count INT,
  last_weekday BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL
);

CREATE TABLE meeting (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL,
  series_id BIGINT,
  original_starts_at DATETIME(6),
  edited_individually BOOLEAN NOT NULL,
  format_id BIGINT NOT NULL,
  district_id BIGINT NOT NULL,
  venue_id BIGINT,
  online_url VARCHAR(500),
  starts_at DATETIME(6) NOT NULL,
  ends_at DATETIME(6) NOT NULL,
  capacity INT,
  registration_required BOOLEAN NOT NULL,
  registration_opens_at DATETIME(6),
  registration_closes_at DATETIME(6),
  interpretation BOOLEAN NOT NULL,
  childcare BOOLEAN NOT NULL,
  contact_name VARCHAR(200),
  contact_phone VARCHAR(50),
  contact_email VARCHAR(200),
  status VARCHAR(20) NOT NULL,
  cancellation_reason VARCHAR(500),
  revision INT NOT NULL,
  last_modified DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
  CONSTRAINT fk_meeting_format FOREIGN KEY (format_id) REFERENCES meeting_format (id),
  CONSTRAINT fk_meeting_district FOREIGN KEY (district_id) REFERENCES district (id),
  CONSTRAINT fk_meeting_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_meeting_starts_at ON meeting (starts_at);
CREATE INDEX ix_meeting_series ON meeting (series_id, original_starts_at);

CREATE TABLE meeting_text (
  meeting_id BIGINT NOT NULL,
  language VARCHAR(5) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(500),
  description VARCHAR(10000),
  PRIMARY KEY (meeting_id, language),
  CONSTRAINT fk_meeting_text_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE meeting_language (
  meeting_id BIGINT NOT NULL,
  language VARCHAR(3) NOT NULL,
  PRIMARY KEY (meeting_id, language),
  CONSTRAINT fk_meeting_language_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE meeting_partner (
  meeting_id BIGINT NOT NULL,
  partner_id BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, partner_id),
  CONSTRAINT fk_meeting_partner_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_meeting_partner_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id)
);

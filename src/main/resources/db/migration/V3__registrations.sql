-- Registrations of residents, the waiting list, and the counters on the meeting that guard its capacity.

ALTER TABLE meeting ADD COLUMN confirmed_persons INT NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN waiting_persons INT NOT NULL DEFAULT 0;

CREATE TABLE registration (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  code VARCHAR(12) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  idempotency_hash VARCHAR(64),
  status VARCHAR(20) NOT NULL,
  name VARCHAR(100),
  email VARCHAR(200),
  phone VARCHAR(50),
  adults INT NOT NULL,
  children INT NOT NULL,
  interpreter_language VARCHAR(3),
  needs_step_free BOOLEAN NOT NULL,
  needs_childcare BOOLEAN NOT NULL,
  needs_other VARCHAR(500),
  remark VARCHAR(1000),
  locale VARCHAR(5) NOT NULL,
  non_eu_citizen BOOLEAN,
  first_visit BOOLEAN,
  registered_by_user_id BIGINT,
  registered_by_partner_id BIGINT,
  created_at DATETIME(6) NOT NULL,
  confirmed_at DATETIME(6),
  cancelled_at DATETIME(6),
  CONSTRAINT uk_registration_code UNIQUE (code),
  CONSTRAINT uk_registration_token UNIQUE (token_hash),
  CONSTRAINT uk_registration_idempotency UNIQUE (meeting_id, idempotency_hash),
  CONSTRAINT fk_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_registration_user FOREIGN KEY (registered_by_user_id) REFERENCES user_account (id),
  CONSTRAINT fk_registration_partner FOREIGN KEY (registered_by_partner_id) REFERENCES partner_organisation (id)
);
CREATE INDEX ix_registration_meeting_status ON registration (meeting_id, status, id);

CREATE TABLE registration_language (
  registration_id BIGINT NOT NULL,
  language VARCHAR(3) NOT NULL,
  PRIMARY KEY (registration_id, language),
  CONSTRAINT fk_registration_language_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

-- Secrets the application generates for itself at first start (e.g. the key that derives registration tokens from
-- idempotency keys); never configured, never logged.
CREATE TABLE application_secret (
  name VARCHAR(50) NOT NULL PRIMARY KEY,
  secret_value VARCHAR(200) NOT NULL
);

-- The interpreter pool (staff only) and who interprets which language at which meeting.
CREATE TABLE interpreter (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  contact VARCHAR(300),
  notes VARCHAR(1000),
  active BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL
);

CREATE TABLE interpreter_language (
  interpreter_id BIGINT NOT NULL,
  language VARCHAR(3) NOT NULL,
  PRIMARY KEY (interpreter_id, language),
  CONSTRAINT fk_interpreter_language FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

CREATE TABLE interpreter_assignment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  interpreter_id BIGINT NOT NULL,
  language VARCHAR(3) NOT NULL,
  assigned_by_user_id BIGINT NOT NULL,
  assigned_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_interpreter_assignment UNIQUE (meeting_id, interpreter_id, language),
  CONSTRAINT fk_assignment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_assignment_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id),
  CONSTRAINT fk_assignment_user FOREIGN KEY (assigned_by_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_assignment_interpreter ON interpreter_assignment (interpreter_id);

-- On the day: who came (per registration) and who came without registering (counts and language only). Registrations
-- remember whether they waited and when they moved up, so the reports can count waiting-list use. Viewing and
-- exporting residents' personal data is recorded with who and when.
ALTER TABLE registration ADD COLUMN attended_at DATETIME(6);
ALTER TABLE registration ADD COLUMN attended_by_user_id BIGINT;
ALTER TABLE registration ADD COLUMN waitlisted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE registration ADD COLUMN promoted_at DATETIME(6);
ALTER TABLE registration ADD CONSTRAINT fk_registration_attended_by FOREIGN KEY (attended_by_user_id) REFERENCES user_account (id);
UPDATE registration SET waitlisted = TRUE WHERE status = 'WAITLISTED' OR confirmed_at > created_at;
UPDATE registration SET promoted_at = confirmed_at WHERE confirmed_at > created_at;

CREATE TABLE walk_in (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  persons INT NOT NULL,
  language VARCHAR(3),
  recorded_by_user_id BIGINT NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_walk_in_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_walk_in_user FOREIGN KEY (recorded_by_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_walk_in_meeting ON walk_in (meeting_id);

CREATE TABLE audit_entry (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at DATETIME(6) NOT NULL,
  user_id BIGINT,
  username VARCHAR(100) NOT NULL,
  action VARCHAR(40) NOT NULL,
  meeting_id BIGINT,
  records INT NOT NULL
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);

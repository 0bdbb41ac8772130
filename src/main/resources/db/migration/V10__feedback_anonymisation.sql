-- Anonymous feedback per meeting (never linked to a person), when a registration was anonymised, and a lock row per
-- scheduled job so that a job runs on one server at a time.
CREATE TABLE feedback (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  answer VARCHAR(10) NOT NULL,
  comment_text VARCHAR(1000),
  language VARCHAR(5) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_feedback_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_feedback_meeting ON feedback (meeting_id);

ALTER TABLE registration ADD COLUMN anonymised_at DATETIME(6);

CREATE TABLE job_lock (
  name VARCHAR(50) NOT NULL PRIMARY KEY,
  holder VARCHAR(100),
  locked_until DATETIME(6) NOT NULL
);
INSERT INTO job_lock (name, holder, locked_until) VALUES ('anonymisation', NULL, TIMESTAMP '1970-01-01 00:00:00');

-- Change notices: when a meeting is moved, changed or cancelled (its revision rose), or organisers write to its
-- registrants, a notice keeps what happened (old and new time and place, the message in its languages, who wrote it)
-- and one delivery per registration that held a place or waited: mailed, no address (to be phoned) or failed, and
-- who informed them by phone. At most one delivery per registration and notice, at most one notice per revision of a
-- meeting, so no resident hears of one change twice, however many servers run.
CREATE TABLE notice (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  revision INT,
  made_at DATETIME(6) NOT NULL,
  made_by_user_id BIGINT,
  before_start DATETIME(6),
  before_end DATETIME(6),
  before_place VARCHAR(500),
  before_online_url VARCHAR(500),
  after_start DATETIME(6),
  after_end DATETIME(6),
  after_place VARCHAR(500),
  after_online_url VARCHAR(500),
  CONSTRAINT uq_notice_revision UNIQUE (meeting_id, revision),
  CONSTRAINT fk_notice_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_notice_made_by FOREIGN KEY (made_by_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_notice_meeting_time ON notice (meeting_id, made_at);

CREATE TABLE notice_text (
  notice_id BIGINT NOT NULL,
  language VARCHAR(5) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  PRIMARY KEY (notice_id, language),
  CONSTRAINT fk_notice_text_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
);

CREATE TABLE notice_delivery (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  notice_id BIGINT NOT NULL,
  registration_id BIGINT NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  mailed_at DATETIME(6),
  informed_at DATETIME(6),
  informed_by_user_id BIGINT,
  CONSTRAINT uq_notice_delivery UNIQUE (notice_id, registration_id),
  CONSTRAINT fk_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_delivery_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
  CONSTRAINT fk_notice_delivery_informed_by FOREIGN KEY (informed_by_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_notice_delivery_registration ON notice_delivery (registration_id);

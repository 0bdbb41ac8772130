-- Private calendar feeds for partner organisations and staff, behind revocable secret tokens (stored hashed).
CREATE TABLE feed_token (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_user_id BIGINT NOT NULL,
  partner_id BIGINT,
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6),
  CONSTRAINT uk_feed_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_feed_token_owner FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
  CONSTRAINT fk_feed_token_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id)
);

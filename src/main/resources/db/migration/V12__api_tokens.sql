-- Personal access tokens for API clients: checking one is a hash lookup, not a password hash.
CREATE TABLE api_token (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_user_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  last_used_at DATETIME(6),
  revoked_at DATETIME(6),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_api_token_owner ON api_token (owner_user_id);

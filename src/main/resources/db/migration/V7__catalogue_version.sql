-- A counter raised by every change to meetings or series: caches of rendered feeds (on any server) are valid exactly
-- while it stays the same.
CREATE TABLE catalogue_version (
  id INT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 0);

-- Who on the staff cancelled or moved up a registration by hand, and when.
ALTER TABLE registration ADD COLUMN handled_by_user_id BIGINT;
ALTER TABLE registration ADD COLUMN handled_at DATETIME(6);
ALTER TABLE registration ADD CONSTRAINT fk_registration_handled_by FOREIGN KEY (handled_by_user_id) REFERENCES user_account (id);

-- Public registrations carry a keyed mark of their client's address (different for every meeting), so that the places
-- one client holds of one meeting can be limited; anonymisation clears it.
ALTER TABLE registration ADD COLUMN client_mark VARCHAR(64);
CREATE INDEX ix_registration_client ON registration (meeting_id, client_mark);

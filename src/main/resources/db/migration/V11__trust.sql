-- A replayed Idempotency-Key returns the earlier answer only for the same request: a hash of what was asked for.
ALTER TABLE registration ADD COLUMN idempotency_fingerprint VARCHAR(64);

-- Raised when an account's password changes: sessions logged in before end at their next request.
ALTER TABLE user_account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- An interpreter's personal data can be erased; the row stays (nameless, inactive) for past bookings.
ALTER TABLE interpreter ADD COLUMN erased_at DATETIME(6);

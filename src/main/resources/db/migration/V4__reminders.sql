-- When the reminder mail of a registration went out (claimed by exactly one server).
ALTER TABLE registration ADD COLUMN reminder_sent_at DATETIME(6);

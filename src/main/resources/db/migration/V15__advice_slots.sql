-- Advice hours split into bookable time slots (issue 17): the meeting's slot plan, and on a registration the slot it
-- booked, the seat within that slot (null once cancelled, which frees it) and the topic. The unique key is the
-- database's own guard that no seat of a slot is ever given twice.
ALTER TABLE meeting ADD COLUMN slot_minutes INT;
ALTER TABLE meeting ADD COLUMN slot_parallel INT;
ALTER TABLE meeting ADD COLUMN slot_walk_in INT;

ALTER TABLE registration ADD COLUMN slot_start DATETIME(6);
ALTER TABLE registration ADD COLUMN slot_seat INT;
ALTER TABLE registration ADD COLUMN topic VARCHAR(20);
ALTER TABLE registration ADD CONSTRAINT uk_registration_slot_seat UNIQUE (meeting_id, slot_start, slot_seat);

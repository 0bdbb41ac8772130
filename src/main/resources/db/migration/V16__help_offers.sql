-- Help offers of the districts (issue 17): partner organisations describe their standing offers (texts per language,
-- topics, languages, districts served, address, weekly opening hours with exceptions, contact); staff count referrals
-- to them. A referral is only a number per offer, district and month: no personal data.

CREATE TABLE help_offer (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version BIGINT NOT NULL,
  partner_id BIGINT NOT NULL,
  address VARCHAR(300),
  accessibility VARCHAR(500),
  contact VARCHAR(300),
  url VARCHAR(500),
  published BOOLEAN NOT NULL,
  first_day DATE NOT NULL,
  last_modified DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_help_offer_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id)
);

CREATE TABLE help_offer_text (
  offer_id BIGINT NOT NULL,
  language VARCHAR(5) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(4000),
  PRIMARY KEY (offer_id, language),
  CONSTRAINT fk_help_offer_text_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id)
);

CREATE TABLE help_offer_topic (
  offer_id BIGINT NOT NULL,
  topic VARCHAR(20) NOT NULL,
  PRIMARY KEY (offer_id, topic),
  CONSTRAINT fk_help_offer_topic_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id)
);

CREATE TABLE help_offer_language (
  offer_id BIGINT NOT NULL,
  language VARCHAR(3) NOT NULL,
  PRIMARY KEY (offer_id, language),
  CONSTRAINT fk_help_offer_language_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id)
);

CREATE TABLE help_offer_district (
  offer_id BIGINT NOT NULL,
  district_id BIGINT NOT NULL,
  PRIMARY KEY (offer_id, district_id),
  CONSTRAINT fk_help_offer_district_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id),
  CONSTRAINT fk_help_offer_district_district FOREIGN KEY (district_id) REFERENCES district (id)
);
CREATE INDEX ix_help_offer_district ON help_offer_district (district_id);

CREATE TABLE help_offer_hours (
  offer_id BIGINT NOT NULL,
  weekday VARCHAR(9) NOT NULL,
  opens TIME NOT NULL,
  closes TIME NOT NULL,
  PRIMARY KEY (offer_id, weekday, opens),
  CONSTRAINT fk_help_offer_hours_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id)
);

CREATE TABLE help_offer_closure (
  offer_id BIGINT NOT NULL,
  closed_on DATE NOT NULL,
  note VARCHAR(200),
  PRIMARY KEY (offer_id, closed_on),
  CONSTRAINT fk_help_offer_closure_offer FOREIGN KEY (offer_id) REFERENCES help_offer (id)
);

-- Kept when an offer is deleted (the figures were reported), so no foreign key to help_offer.
CREATE TABLE offer_referral (
  offer_id BIGINT NOT NULL,
  district_id BIGINT NOT NULL,
  month_start DATE NOT NULL,
  referrals INT NOT NULL,
  PRIMARY KEY (offer_id, district_id, month_start),
  CONSTRAINT fk_offer_referral_district FOREIGN KEY (district_id) REFERENCES district (id)
);

-- Foundation: reference data (districts, formats, venues) and user accounts.
-- The same script runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE district (
  id BIGINT NOT NULL PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  name VARCHAR(120) NOT NULL,
  CONSTRAINT uk_district_slug UNIQUE (slug)
);

CREATE TABLE meeting_format (
  id BIGINT NOT NULL PRIMARY KEY,
  format_key VARCHAR(40) NOT NULL,
  sort_order INT NOT NULL,
  CONSTRAINT uk_meeting_format_key UNIQUE (format_key)
);

CREATE TABLE meeting_format_name (
  format_id BIGINT NOT NULL,
  language VARCHAR(5) NOT NULL,
  name VARCHAR(120) NOT NULL,
  PRIMARY KEY (format_id, language),
  CONSTRAINT fk_meeting_format_name_format FOREIGN KEY (format_id) REFERENCES meeting_format (id)
);

CREATE TABLE venue (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  address VARCHAR(300) NOT NULL,
  district_id BIGINT NOT NULL,
  latitude DOUBLE,
  longitude DOUBLE,
  step_free BOOLEAN NOT NULL,
  accessible_toilet BOOLEAN NOT NULL,
  hearing_loop BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_venue_district FOREIGN KEY (district_id) REFERENCES district (id)
);

CREATE TABLE partner_organisation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  contact VARCHAR(300),
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_partner_organisation_name UNIQUE (name)
);

CREATE TABLE user_account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(80) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  password_hash VARCHAR(512) NOT NULL,
  active BOOLEAN NOT NULL,
  partner_id BIGINT,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id)
);

CREATE TABLE user_role (
  user_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- The 40 districts of Magdeburg (shared/data/magdeburg-stadtteile.csv).
INSERT INTO district (id, slug, name) VALUES
  (1, 'alt-olvenstedt', 'Alt Olvenstedt'),
  (2, 'alte-neustadt', 'Alte Neustadt'),
  (3, 'altstadt', 'Altstadt'),
  (4, 'barleber-see', 'Barleber See'),
  (5, 'berliner-chaussee', 'Berliner Chaussee'),
  (6, 'beyendorf-sohlen', 'Beyendorf-Sohlen'),
  (7, 'beyendorfer-grund', 'Beyendorfer Grund'),
  (8, 'brueckfeld', 'Brückfeld'),
  (9, 'buckau', 'Buckau'),
  (10, 'cracau', 'Cracau'),
  (11, 'diesdorf', 'Diesdorf'),
  (12, 'fermersleben', 'Fermersleben'),
  (13, 'gewerbegebiet-nord', 'Gewerbegebiet Nord'),
  (14, 'grosser-silberberg', 'Großer Silberberg'),
  (15, 'herrenkrug', 'Herrenkrug'),
  (16, 'hopfengarten', 'Hopfengarten'),
  (17, 'industriehafen', 'Industriehafen'),
  (18, 'kannenstieg', 'Kannenstieg'),
  (19, 'kreuzhorst', 'Kreuzhorst'),
  (20, 'leipziger-strasse', 'Leipziger Straße'),
  (21, 'lemsdorf', 'Lemsdorf'),
  (22, 'neu-olvenstedt', 'Neu Olvenstedt'),
  (23, 'neue-neustadt', 'Neue Neustadt'),
  (24, 'neustaedter-feld', 'Neustädter Feld'),
  (25, 'neustaedter-see', 'Neustädter See'),
  (26, 'nordwest', 'Nordwest'),
  (27, 'ottersleben', 'Ottersleben'),
  (28, 'pechau', 'Pechau'),
  (29, 'prester', 'Prester'),
  (30, 'randau-calenberge', 'Randau-Calenberge'),
  (31, 'reform', 'Reform'),
  (32, 'rothensee', 'Rothensee'),
  (33, 'salbke', 'Salbke'),
  (34, 'stadtfeld-ost', 'Stadtfeld Ost'),
  (35, 'stadtfeld-west', 'Stadtfeld West'),
  (36, 'sudenburg', 'Sudenburg'),
  (37, 'suelzegrund', 'Sülzegrund'),
  (38, 'werder', 'Werder'),
  (39, 'westerhuesen', 'Westerhüsen'),
  (40, 'zipkeleben', 'Zipkeleben');

INSERT INTO meeting_format (id, format_key, sort_order) VALUES
  (1, 'exchange', 1),
  (2, 'neighbourhood', 2),
  (3, 'dialogue', 3),
  (4, 'advice', 4);

INSERT INTO meeting_format_name (format_id, language, name) VALUES
  (1, 'de', 'Austauschformat'),
  (1, 'en', 'Exchange format'),
  (1, 'ar', 'لقاء تبادل'),
  (1, 'fa', 'نشست تبادل'),
  (1, 'uk', 'Формат обміну'),
  (1, 'ru', 'Формат обмена'),
  (1, 'tr', 'Buluşma ve paylaşım'),
  (2, 'de', 'Nachbarschaftstreffen'),
  (2, 'en', 'Neighbourhood meeting'),
  (2, 'ar', 'لقاء الجيران'),
  (2, 'fa', 'دیدار همسایگان'),
  (2, 'uk', 'Сусідська зустріч'),
  (2, 'ru', 'Соседская встреча'),
  (2, 'tr', 'Komşuluk buluşması'),
  (3, 'de', 'Dialogrunde'),
  (3, 'en', 'Dialogue round'),
  (3, 'ar', 'جلسة حوار'),
  (3, 'fa', 'میزگرد گفت‌وگو'),
  (3, 'uk', 'Діалогове коло'),
  (3, 'ru', 'Диалоговый круг'),
  (3, 'tr', 'Diyalog turu'),
  (4, 'de', 'Beratung vor Ort'),
  (4, 'en', 'On-site advice hours'),
  (4, 'ar', 'استشارة في الحي'),
  (4, 'fa', 'مشاوره حضوری در محله'),
  (4, 'uk', 'Консультація на місці'),
  (4, 'ru', 'Консультация на месте'),
  (4, 'tr', 'Yerinde danışmanlık');

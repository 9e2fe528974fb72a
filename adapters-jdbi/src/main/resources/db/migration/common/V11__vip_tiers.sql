-- VIP tiers, a catalog kind like event types: versioned, audited, bumping the catalog revision.
-- Who belongs and what each tier grants are read whole, so they are JSON text.
CREATE TABLE vip_tiers (
    id      VARCHAR(64)      NOT NULL PRIMARY KEY,
    name    VARCHAR(200)     NOT NULL,
    members VARCHAR(1000000) NOT NULL,
    grants  VARCHAR(1000000) NOT NULL,
    active  BOOLEAN          NOT NULL,
    version BIGINT           NOT NULL
);

-- The tier a booking was made under; null for the ordinary rules (and every earlier booking).
ALTER TABLE bookings ADD COLUMN vip_tier VARCHAR(64);

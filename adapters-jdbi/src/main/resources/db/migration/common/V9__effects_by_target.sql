-- A webhook subscription's deliveries are its WEBHOOK effects, listed newest first.
CREATE INDEX effects_kind_target_idx ON effects (kind, target, created_at);

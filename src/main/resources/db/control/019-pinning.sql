--liquibase formatted sql

--changeset procura:019-pinning
-- Pinning a tenant to a PostgreSQL server: by an operator (tenant_databases.pinned_server) or by
-- the tenant's plan (plans.dedicated_server); the operator's pin wins. A move may change the pin
-- as it switches (tenant_moves.pin: true pins to the target, false unpins, null leaves it).
ALTER TABLE tenant_databases ADD COLUMN pinned_server VARCHAR(63);
ALTER TABLE plans ADD COLUMN dedicated_server VARCHAR(63);
ALTER TABLE tenant_moves ADD COLUMN pin BOOLEAN;

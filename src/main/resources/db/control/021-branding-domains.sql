--liquibase formatted sql

--changeset procura:021-branding-domains
-- Public addresses of a tenant's branding (its slug, its custom domain), unique across tenants, so
-- the public theme can be found without a token. Kept in step with the tenant's branding row.
CREATE TABLE tenant_brand_addresses (
    tenant_id                   UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    slug                        VARCHAR(63) UNIQUE,
    custom_domain               VARCHAR(253) UNIQUE,
    updated_at                  TIMESTAMPTZ NOT NULL
);

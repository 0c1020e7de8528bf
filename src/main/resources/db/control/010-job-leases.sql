--liquibase formatted sql

--changeset procura:010-job-leases
-- A long job held by a server: the server renews the lease while it lives. A lease nobody renewed
-- for a while (its server died) is taken over by another server, which starts the job again; the
-- job resumes from its own checkpoint. Liberty's batch recovery alone only helps when a server
-- with the same id comes back.
CREATE TABLE job_leases (
    job_name   VARCHAR(64)  NOT NULL,
    job_key    VARCHAR(160) NOT NULL,
    parameters TEXT         NOT NULL,
    server     VARCHAR(64)  NOT NULL,
    renewed_at TIMESTAMPTZ  NOT NULL,
    takeovers  INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (job_name, job_key)
);
CREATE INDEX job_leases_renewed_idx ON job_leases (renewed_at);

--liquibase formatted sql

--changeset procura:011-job-checkpoints
-- Where a leased job that keeps Liberty's checkpoints got to, per partition, so that the server
-- taking its lease over resumes there rather than from the start.
CREATE TABLE job_checkpoints (
    job_name   VARCHAR(64)  NOT NULL,
    job_key    VARCHAR(160) NOT NULL,
    part       INTEGER      NOT NULL,
    position   TEXT         NOT NULL,
    PRIMARY KEY (job_name, job_key, part),
    FOREIGN KEY (job_name, job_key) REFERENCES job_leases (job_name, job_key) ON DELETE CASCADE
);

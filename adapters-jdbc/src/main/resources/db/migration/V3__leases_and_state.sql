-- Leases with fencing tokens, and small key-value state with optional expiry. Expiry is compared with the
-- adapters' injected clock, not the database's, so every process sharing these tables needs a synchronised clock.

CREATE TABLE leases (
    name          VARCHAR(1024)            NOT NULL,
    owner         VARCHAR(255)             NOT NULL,
    fencing_token BIGINT                   NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT leases_pk PRIMARY KEY (name)
);

-- The last fencing token handed out per name; it outlives released leases, so tokens only grow.
CREATE TABLE lease_fences (
    name       VARCHAR(1024) NOT NULL,
    last_token BIGINT        NOT NULL,
    CONSTRAINT lease_fences_pk PRIMARY KEY (name)
);

-- KEY and VALUE are reserved words in H2, hence the prefixed column names.
CREATE TABLE kv_state (
    state_key   VARCHAR(1024)            NOT NULL,
    state_value VARCHAR                  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kv_state_pk PRIMARY KEY (state_key)
);

CREATE INDEX kv_state_expiry_ix ON kv_state (expires_at);

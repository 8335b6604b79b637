-- User-account sessions, sealed by the core before they reach the database.
CREATE TABLE sessions (
    id         VARCHAR(255)             NOT NULL,
    key_id     VARCHAR(255)             NOT NULL,
    sealed     VARCHAR                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sessions_pk PRIMARY KEY (id)
);

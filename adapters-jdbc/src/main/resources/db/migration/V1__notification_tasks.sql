-- The notifier's transactional outbox (seed 003): one row per notification task, its inline keyboard in a
-- child table, and the audit log of delivery attempts. Written to run unchanged on PostgreSQL
-- and on H2 in PostgreSQL mode (the status check is vendor-specific: db/vendor/*/V1_1__*).

CREATE TABLE notification_tasks (
    id              VARCHAR(255)             NOT NULL,
    tenant          VARCHAR(255)             NOT NULL,
    chat_id         VARCHAR(255)             NOT NULL,
    text            VARCHAR                  NOT NULL,
    parse_mode      VARCHAR(32),
    -- rows of the inline keyboard, counted here so rows without buttons survive; buttons are child rows
    keyboard_rows   INTEGER                  NOT NULL DEFAULT 0,
    silent          BOOLEAN                  NOT NULL,
    reply_to        BIGINT,
    send_at         TIMESTAMP WITH TIME ZONE,
    -- 0 = HIGH, 1 = NORMAL, 2 = LOW: ascending order is claim order
    priority        SMALLINT                 NOT NULL,
    bot             VARCHAR(255),
    idempotency_key VARCHAR(255),
    status          VARCHAR(16)              NOT NULL,
    version         BIGINT                   NOT NULL,
    attempts        INTEGER                  NOT NULL,
    -- Telegram message ids of the delivered parts, comma-separated in delivery order
    parts_sent      VARCHAR                  NOT NULL DEFAULT '',
    last_error      VARCHAR,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the worker holding the task while it is SENDING, and until when
    lease_owner     VARCHAR(255),
    lease_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_tasks_pk PRIMARY KEY (id),
    -- NULL keys are distinct on both databases, so tasks without a key never collide
    CONSTRAINT notification_tasks_idempotency_uq UNIQUE (tenant, idempotency_key),
    CONSTRAINT notification_tasks_priority_ck CHECK (priority BETWEEN 0 AND 2),
    CONSTRAINT notification_tasks_counts_ck CHECK (version >= 0 AND attempts >= 0 AND keyboard_rows >= 0)
);

-- claimDue: due pending tasks, in priority order
CREATE INDEX notification_tasks_claim_ix ON notification_tasks (status, next_attempt_at, priority);
-- claimDue: sending tasks whose lease ran out
CREATE INDEX notification_tasks_lease_ix ON notification_tasks (status, lease_until);
-- list: a tenant's tasks newest first, keyset-paginated on (created_at, id)
CREATE INDEX notification_tasks_listing_ix ON notification_tasks (tenant, created_at DESC, id DESC);

CREATE TABLE notification_task_buttons (
    task_id       VARCHAR(255) NOT NULL,
    row_no        INTEGER      NOT NULL,
    col_no        INTEGER      NOT NULL,
    text          VARCHAR      NOT NULL,
    url           VARCHAR,
    callback_data VARCHAR,
    CONSTRAINT notification_task_buttons_pk PRIMARY KEY (task_id, row_no, col_no),
    CONSTRAINT notification_task_buttons_task_fk
        FOREIGN KEY (task_id) REFERENCES notification_tasks (id) ON DELETE CASCADE,
    CONSTRAINT notification_task_buttons_action_ck
        CHECK ((url IS NULL AND callback_data IS NOT NULL) OR (url IS NOT NULL AND callback_data IS NULL))
);

-- The delivery audit log: one row per Bot API call made to deliver one part (1-based) of a task's text, numbered
-- over the task's whole life. Append-only, and kept independently of the task row, so no foreign key.
CREATE TABLE notification_attempts (
    task_id             VARCHAR(255)             NOT NULL,
    attempt_no          INTEGER                  NOT NULL,
    part_no             INTEGER                  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome             VARCHAR(32)              NOT NULL,
    telegram_message_id BIGINT,
    error               VARCHAR,
    CONSTRAINT notification_attempts_pk PRIMARY KEY (task_id, attempt_no),
    CONSTRAINT notification_attempts_numbers_ck CHECK (attempt_no >= 1 AND part_no >= 1)
);

-- The statuses of NotificationStatus; the application never writes another.
ALTER TABLE notification_tasks ADD CONSTRAINT notification_tasks_status_ck
    CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED', 'CANCELLED', 'UNKNOWN'));

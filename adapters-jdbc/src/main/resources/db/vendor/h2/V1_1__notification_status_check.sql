-- Deliberately empty on H2: H2 2.4.240 fails every insert on a CHECK constraint that compares strings once the
-- session that created it has closed (Flyway migrates on its own connections), so the status column of the
-- embedded database is guarded by the NotificationStatus enum alone. PostgreSQL gets the check.
SELECT 1;

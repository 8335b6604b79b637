-- Appends an event to the stream (capped near its maximum length) and publishes its payload on the channel,
-- in one step. KEYS[1] events stream; ARGV[1] channel, ARGV[2] max length, ARGV[3] type, ARGV[4] key,
-- ARGV[5] payload. Returns how many subscribers received it.
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'type', ARGV[3], 'key', ARGV[4], 'payload', ARGV[5])
return redis.call('PUBLISH', ARGV[1], ARGV[5])

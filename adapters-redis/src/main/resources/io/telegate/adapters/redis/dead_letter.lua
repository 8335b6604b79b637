-- Sets a taken command aside: out of this consumer's processing list, into the dead-letter stream.
-- KEYS[1] processing list, KEYS[2] dead-letter stream; ARGV[1] payload, ARGV[2] reason, ARGV[3] when
-- (ISO-8601), ARGV[4] consumer.
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then
  return 0
end
redis.call('XADD', KEYS[2], '*', 'payload', ARGV[1], 'reason', ARGV[2], 'at', ARGV[3], 'consumer', ARGV[4])
return 1

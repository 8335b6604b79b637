-- Replaces the value only when it equals the expected one, keeping the key's time-to-live.
-- KEYS[1] key; ARGV[1] expected, ARGV[2] new value. Returns 1 when replaced, else 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  return 1
end
return 0

-- Gives a taken command back for another try: out of this consumer's processing list, onto the head of the
-- commands list, counted as a redelivery of its payload.
-- KEYS[1] processing list, KEYS[2] commands list, KEYS[3] redelivery counts; ARGV[1] payload.
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then
  return 0
end
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], redis.sha1hex(ARGV[1]), 1)
return 1

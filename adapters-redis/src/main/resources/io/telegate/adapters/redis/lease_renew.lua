-- Extends a lease only for its holder with the same token. KEYS[1] lease; ARGV[1] "owner|token",
-- ARGV[2] time-to-live in ms. Returns 1 when extended, else 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0

-- Reads a lease and its remaining time-to-live together. KEYS[1] lease.
-- Returns {"owner|token", pttl in ms}, or an empty array when nobody holds it.
local current = redis.call('GET', KEYS[1])
if not current then
  return {}
end
return {current, redis.call('PTTL', KEYS[1])}

-- Tells whether a command just taken is a redelivery, by consuming one redelivery count of its payload.
-- KEYS[1] redelivery counts; ARGV[1] payload. Returns 1 for a redelivery, else 0.
local field = redis.sha1hex(ARGV[1])
local count = tonumber(redis.call('HGET', KEYS[1], field) or '0')
if count <= 0 then
  return 0
end
if count == 1 then
  redis.call('HDEL', KEYS[1], field)
else
  redis.call('HINCRBY', KEYS[1], field, -1)
end
return 1

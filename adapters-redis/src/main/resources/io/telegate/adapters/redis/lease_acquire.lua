-- Takes a free lease, or renews it for its holder. The value is "owner|token"; a new owner draws the next
-- fencing token from a counter that never expires.
-- KEYS[1] lease, KEYS[2] fencing counter; ARGV[1] owner, ARGV[2] time-to-live in ms.
-- Returns the token, or nil when another owner holds the lease.
local current = redis.call('GET', KEYS[1])
local token
if current then
  local holder, held = string.match(current, '^(.*)|(%d+)$')
  if holder ~= ARGV[1] then
    return false
  end
  token = held
else
  token = string.format('%d', redis.call('INCR', KEYS[2]))
end
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. token, 'PX', ARGV[2])
return token

-- Puts everything this consumer took and never settled back at the head of the commands list, oldest first,
-- each counted as a redelivery of its payload. The processing list holds the oldest at its head, so moving
-- from its tail onto the commands list's head keeps the order.
-- KEYS[1] processing list, KEYS[2] commands list, KEYS[3] redelivery counts. Returns how many moved.
local moved = 0
while true do
  local payload = redis.call('LMOVE', KEYS[1], KEYS[2], 'RIGHT', 'LEFT')
  if not payload then
    return moved
  end
  redis.call('HINCRBY', KEYS[3], redis.sha1hex(payload), 1)
  moved = moved + 1
end

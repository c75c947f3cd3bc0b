-- wrk script: POST /api/v1/alliances, opening a new alliance case file with every request, and
-- count every response that is not a 201 Created.
--
--   wrk -t2 -c8 -d15s --latency -s bench/alliance.lua http://127.0.0.1:7098/api/v1/alliances
--
-- wrk itself only reports statuses >= 400 ("Non-2xx or 3xx responses"); this script also counts
-- a 200 or any other status that is not 201 and prints one machine-readable line at the end:
--   non201 N

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   wrk.method = "POST"
   wrk.body = '{"partner":{"name":"Bench Partner","country":"JP"},"purpose":"SUPPLY",'
      .. '"countries":["JP"],"owner":"bench"}'
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   non201 = 0
end

function response(status, headers, body)
   if status ~= 201 then
      non201 = non201 + 1
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + (thread:get("non201") or 0)
   end
   io.write(string.format("non201 %d\n", total))
end

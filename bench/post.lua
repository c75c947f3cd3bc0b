-- wrk script: POST a JSON body read from a file, and count every response that is not a 200.
--
-- The body file is the first script argument (wrk ... -s post.lua URL -- FILE) or, failing that,
-- the environment variable BODY_FILE.
--
-- wrk itself only reports statuses >= 400 ("Non-2xx or 3xx responses"); this script also counts
-- 1xx/3xx and prints one machine-readable line at the end:  non200 N

local threads = {}

local function read_body(path)
   if path == nil or path == "" then
      error("post.lua: no body file: pass it after '--' or set BODY_FILE")
   end
   local file, err = io.open(path, "rb")
   if file == nil then
      error("post.lua: cannot read body file " .. path .. ": " .. tostring(err))
   end
   local body = file:read("*a")
   file:close()
   return body
end

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local path = args[1] or os.getenv("BODY_FILE")
   wrk.method = "POST"
   wrk.body = read_body(path)
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   non200 = 0
end

function response(status, headers, body)
   if status ~= 200 then
      non200 = non200 + 1
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + (thread:get("non200") or 0)
   end
   io.write(string.format("non200 %d\n", total))
end

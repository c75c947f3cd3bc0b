-- wrk script: sends the requests listed in a file, in turn, and counts the statuses answered.
--
--   wrk -t2 -c16 -d10s --latency -s bench/requests.lua http://127.0.0.1:7099 -- FILE EXPECTED THREADS
--
-- FILE has one request per line, fields separated by tabs:  NAME  METHOD  PATH  [BODY]
-- (BODY on one line; a request with a body is sent as application/json). EXPECTED is the status
-- every answer must have: "200", "201", or "2xx" for any success. THREADS is wrk's -t: when the file
-- has at least two lines per thread, each thread takes its own share of the lines (thread 1 the
-- 1st, 3rd, ...), so that two threads never send the same line at the same time: requests that
-- change one record (an answer to one diagnosis session) then never race each other, as long as
-- each thread's share is longer than its number of connections.
--
-- A body may hold the placeholder {version}: the line then changes a record that takes the version
-- it was read at (a mark of a checklist item). VERSIONS, a file of lines "PATH VERSION", says where
-- each such record stands when the run starts; each send then takes the next version of its path,
-- since its thread alone sends that line and sends it again only after the answer to the last one.
--
--   wrk ... -s bench/requests.lua http://127.0.0.1:7099 -- FILE EXPECTED THREADS VERSIONS
--
-- At the end it prints machine-readable lines:
--   status CODE N      answers with that status
--   sent NAME N        requests sent per NAME
--   unexpected N       answers whose status was not EXPECTED

local threads = {}
local next_index = 0

function setup(thread)
   thread:set("thread_index", next_index)
   next_index = next_index + 1
   table.insert(threads, thread)
end

local function split(line)
   local fields = {}
   for field in (line .. "\t"):gmatch("([^\t]*)\t") do
      table.insert(fields, field)
   end
   return fields
end

local requests, names, versioned = {}, {}, {}
local versions = {}
local position = 0
local expected

local function read_versions(path)
   if path == nil then return end
   local file, err = io.open(path, "r")
   if file == nil then error("requests.lua: cannot read " .. path .. ": " .. tostring(err)) end
   for line in file:lines() do
      local record, version = line:match("^(%S+) (%d+)$")
      if record ~= nil then versions[record] = tonumber(version) end
   end
   file:close()
end

function init(args)
   local path, count = args[1], tonumber(args[3] or "1")
   expected = args[2] or "2xx"
   if path == nil then error("requests.lua: pass the request file after '--'") end
   local file, err = io.open(path, "r")
   if file == nil then error("requests.lua: cannot read " .. path .. ": " .. tostring(err)) end
   local lines = {}
   for line in file:lines() do
      if line ~= "" then table.insert(lines, line) end
   end
   file:close()
   if #lines == 0 then error("requests.lua: " .. path .. " lists no request") end
   read_versions(args[4])
   local share = #lines >= 2 * count
   for i, line in ipairs(lines) do
      if not share or (i - 1) % count == thread_index then
         local f = split(line)
         local headers = { ["Accept"] = "application/json" }
         local body = f[4]
         if body == "" then body = nil end
         -- The server wants every request that changes data sent as JSON, body or not.
         if f[2] ~= "GET" then headers["Content-Type"] = "application/json" end
         if body ~= nil and body:find("{version}", 1, true) then
            table.insert(requests, false)
            table.insert(versioned, { method = f[2], path = f[3], headers = headers, body = body })
         else
            table.insert(requests, wrk.format(f[2], f[3], headers, body))
            table.insert(versioned, false)
         end
         table.insert(names, f[1])
      end
   end
   statuses, sent, unexpected = {}, {}, 0
   -- start each thread at a different place in its share
   position = (thread_index * 7) % #requests
end

-- The request of line i; with take, it is sent, and a record's version is counted as taken.
local function build(i, take)
   local r = versioned[i]
   if not r then return requests[i] end
   local version = versions[r.path]
   if version == nil then error("requests.lua: no version known for " .. r.path) end
   if take then versions[r.path] = version + 1 end
   return wrk.format(r.method, r.path, r.headers, (r.body:gsub("{version}", tostring(version))))
end

local checked = false

function request()
   -- wrk asks the first thread for one request to check it before the run, and never sends it
   if thread_index == 0 and not checked then
      checked = true
      return build(position % #requests + 1, false)
   end
   position = position % #requests + 1
   local name = names[position]
   sent[name] = (sent[name] or 0) + 1
   return build(position, true)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   local ok
   if expected == "2xx" then ok = status >= 200 and status < 300 else ok = tostring(status) == expected end
   if not ok then unexpected = unexpected + 1 end
end

function done(summary, latency, requests_done)
   local all_statuses, all_sent, all_unexpected = {}, {}, 0
   for _, thread in ipairs(threads) do
      for code, n in pairs(thread:get("statuses") or {}) do all_statuses[code] = (all_statuses[code] or 0) + n end
      for name, n in pairs(thread:get("sent") or {}) do all_sent[name] = (all_sent[name] or 0) + n end
      all_unexpected = all_unexpected + (thread:get("unexpected") or 0)
   end
   for code, n in pairs(all_statuses) do io.write(string.format("status %s %d\n", tostring(code), n)) end
   for name, n in pairs(all_sent) do io.write(string.format("sent %s %d\n", name, n)) end
   io.write(string.format("unexpected %d\n", all_unexpected))
end

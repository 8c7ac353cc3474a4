-- Logged-in people writing: BENCH_MODE=vote supports proposals (the script form of the vote
-- button, answered in JSON), BENCH_MODE=comment posts comments.
--
-- BENCH_SESSIONS: one line per logged-in account, "cookie<TAB>csrf token".
-- BENCH_WORK: one line per request, "session index<SPACE>proposal id" (for votes, pairs
-- nobody has voted on yet, so every successful answer is one new row).
-- Thread `id` of this wrk takes lines BENCH_OFFSET + id + k * BENCH_STRIDE, so that threads
-- (and two wrk processes splitting the load) never send the same line.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local sessions, work = {}, {}
local mode, position, stride

local comment = "stance=for&body=" ..
  "Misurato+dal+banco+di+prova%3A+sono+d%27accordo%2C+proviamo+in+un+quartiere."

function init(args)
  for line in io.lines(os.getenv("BENCH_SESSIONS")) do
    local cookie, csrf = line:match("^([^\t]*)\t(.*)$")
    sessions[#sessions + 1] = { cookie = cookie, csrf = csrf }
  end
  for line in io.lines(os.getenv("BENCH_WORK")) do
    local s, p = line:match("^(%d+) (%d+)$")
    work[#work + 1] = { tonumber(s), p }
  end
  mode = os.getenv("BENCH_MODE")
  stride = tonumber(os.getenv("BENCH_STRIDE") or "1")
  position = tonumber(os.getenv("BENCH_OFFSET") or "0") + id
end

function request()
  local item = work[(position % #work) + 1]
  position = position + stride
  local session = sessions[item[1] + 1]
  local headers = {
    ["Cookie"] = session.cookie,
    ["X-CSRF-Token"] = session.csrf,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  if mode == "vote" then
    headers["Accept"] = "application/json"
    return wrk.format("POST", "/proposals/" .. item[2] .. "/vote", headers, "choice=support")
  end
  return wrk.format("POST", "/proposals/" .. item[2] .. "/comments", headers, comment)
end

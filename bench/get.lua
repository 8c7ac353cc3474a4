-- A page read over and over; logged in when BENCH_COOKIE holds a session cookie.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

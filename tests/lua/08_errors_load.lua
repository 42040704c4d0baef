-- 08_errors_load.lua: pcall/xpcall/error, messages with positions, load with env

-- strip directory prefixes from chunk names so output is path independent
local function clean(s)
  return (tostring(s):gsub("[^%s\"']*/([^/%s]+%.lua:)", "%1"))
end
local function P(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "string" then v = clean(v) end
    t[i] = tostring(v)
  end
  print(table.concat(t, "\t", 1, t.n))
end

print("== error values and levels ==")
P(pcall(error))
P(pcall(error, nil))
P(pcall(error, "plain"))
P(pcall(error, "nolevel", 0))
P(pcall(error, 42))
P(pcall(error, true))
local function lvl1() error("at level 1", 1) end
local function lvl2() error("at level 2", 2) end
local function callslvl2() lvl2() end
P(pcall(lvl1))
P(pcall(callslvl2))
local ok, e = pcall(error, {code = 7, msg = "table error"})
print(ok, type(e), e.code, e.msg)
local E = setmetatable({}, {__tostring = function(self) return "E<" .. self.what .. ">" end})
E.__index = E
local ok2, e2 = pcall(function() error(setmetatable({what = "custom"}, getmetatable(E))) end)
print(ok2, tostring(e2))

print("== runtime error messages ==")
local cases = {
  function() local t; return t.x end,
  function() local t = {}; return t.x.y end,
  function() return 1 + nil end,
  function() return "a" < 1 end,
  function() return {} < {} end,
  function() return #5 end,
  function() return -{} end,
  function() local s = "abc"; return s.x.y end,
  function() return math.floor("x") end,
  function() return ("x"):rep(1, 2, 3) .. nil end,
  function() return string.rep() end,
  function() return setmetatable(1, {}) end,
  function() return tostring() end,
  function() return ipairs() end,
  function() local a = {}; a[nil] = 1 end,
  function() return 2^63 | 0 end,
  function() return "10" | 1.5 end,
  function() return 1 < "2" end,
  function() local up = nil; return function() return up() end end,
  function() return nonexistent.field end,
  function() return string.nofunc() end,
  function() return (1)() end,
  function() error() end,
  function() return select(0) end,
  function() return string.char(256) end,
  function() return ("x"):format("%d", "x") end,
  function() return table.concat({{}}) end,
  function() return utf8.char(-1) end,
  function() return math.tointeger() end,
  function() return coroutine.resume(1) end,
}
for i, f in ipairs(cases) do
  local ok3, r = pcall(f)
  if ok3 and type(r) == "function" then ok3, r = pcall(r) end
  P(i, ok3, r)
end

print("== xpcall with handlers ==")
local function handler(err) return "handled: " .. clean(err) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() return 1, 2, 3 end, handler))
print(xpcall(function(a, b) return a * b end, handler, 6, 7))
print(xpcall(function() local x = nil; return x + 1 end, handler))
local tb = select(2, xpcall(function() local function inner() error("deep") end inner() end, debug.traceback))
local lines = {}
for l in tb:gmatch("[^\n]+") do lines[#lines + 1] = clean(l):gsub("^%s+", "") end
print(#lines > 2, lines[1], lines[2], lines[3])
print(xpcall(function() error({1, 2, 3}) end, function(e) return #e end))
-- error in handler
print(xpcall(function() error("first") end, function(e) error("second") end))
-- nested pcall
print(pcall(pcall, error, "x"))
print(select("#", pcall(error)))
local function retry(n, f)
  local attempts = 0
  while true do
    attempts = attempts + 1
    local ok4, v = pcall(f, attempts)
    if ok4 then return v, attempts end
    if attempts >= n then return nil, attempts, v end
  end
end
print(retry(5, function(k) if k < 3 then error("fail" .. k, 0) end return "success" end))
print(retry(2, function(k) error("always" .. k, 0) end))

print("== error with positions from loaded chunks ==")
local chunks = {
  "return 1 +",
  "x = = 2",
  "local function f() end end",
  "for i = 1 do end",
  "return 'unfinished",
  "return [[ long",
  "return 0x",
  "return 1e",
  "local t = {1, 2,, 3}",
  "goto x",
  "break",
  "local a <close> = 1",
  "return \"\\q\"",
  "return \"\\300\"",
  "return \"\\u{110000000}\"",
  "x = }",
  "\n\n\n  return +",
  "--[[ unfinished comment",
}
for i, src in ipairs(chunks) do
  local f, err = load(src, "=chunk" .. i)
  print(i, f and "compiled" or err)
end
local f = load("local a = ...; if a > 2 then error('too big: ' .. a) end return a * 2", "@virtual.lua")
print(pcall(f, 2))
print(pcall(f, 5))
print(pcall(load("error('lvl2', 2)", "=inner")))

print("== load with env and modes ==")
local env = {x = 10, y = 20, print = function(...) print("env-print", ...) end}
local chunk = load("z = x + y; print(z); return z * 2", "envchunk", "t", env)
print(chunk(), env.z, rawget(_G, "z"))
local parts = {"return ", "1", " + ", "2", " * ", "3"}
local idx = 0
local fromfn = load(function() idx = idx + 1; return parts[idx] end)
print(fromfn())
print(load("return ...", "varargs")(7, 8, 9))
local sandbox = setmetatable({}, {__index = function(_, k) return "<" .. k .. ">" end})
print(load("return foo, bar", "sb", "t", sandbox)())
print(load("\27Lua", "binary", "t"))
local bin = string.dump(function(a, b) return a + b end)
print(type(bin), #bin > 0, load(bin, "bin", "b")(3, 4))
print(load(bin, "bin", "t"))
local counter_src = [[
  local n = 0
  return function() n = n + 1; return n end
]]
local mk = load(counter_src)
local c1, c2 = mk(), mk()
print(c1(), c1(), c2(), c1())
local g = load("x = 1; return _ENV")
local envres = g()
print(envres == _G, x)
x = nil
local function with_env()
  local _ENV = {print = print, tostring = tostring}
  a = 1
  b = a + 1
  print(a, b, tostring(_ENV.b))
end
with_env()
print(rawget(_G, "a"), rawget(_G, "b"))

print("== dostring-like evaluator ==")
local exprs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10", "10 // 3 + 10 % 3", "'a' .. 'b' .. 1",
  "#'hello'", "math.max(3, 9, 1)", "not nil and 1 or 2", "1 < 2 == true", "{1,2,3}",
  "nil .. 1", "7 & 3 | 8", "~0 >> 60", "string.format('%5.1f', 2.25)"}
for _, ex in ipairs(exprs) do
  local fn, err = load("return " .. ex, "=expr")
  if not fn then print(ex, "COMPILE", err)
  else
    local ok5, v = pcall(fn)
    if type(v) == "table" then v = "table#" .. #v end
    print(ex, ok5, v)
  end
end

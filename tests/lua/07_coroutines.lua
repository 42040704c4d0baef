-- 07_coroutines.lua: generators, wrap, status, values both ways, errors

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

print("== basic resume/yield ==")
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got2", d, e)
  return "done", d + e
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.isyieldable(), coroutine.running() ~= nil, select(2, coroutine.running()))

print("== generators ==")
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local r = {}
for i in range(20, 3) do r[#r + 1] = i end
print(table.concat(r, " "))

local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local count = 0
for p in permutations({"a", "b", "c", "d"}) do
  count = count + 1
  io.write(table.concat(p), " ")
end
print()
print("perms", count)

local function fibgen()
  local a, b = 0, 1
  return coroutine.wrap(function()
    while true do coroutine.yield(a); a, b = b, a + b end
  end)
end
local g = fibgen()
local fibs = {}
for i = 1, 50 do fibs[i] = g() end
print(table.concat(fibs, " ", 40))

-- tree walk
local function tree_insert(t, v)
  if not t then return {v = v} end
  if v < t.v then t.l = tree_insert(t.l, v) else t.r = tree_insert(t.r, v) end
  return t
end
local function walk(t)
  if t then walk(t.l); coroutine.yield(t.v); walk(t.r) end
end
local root
local x = 7
for i = 1, 200 do x = (x * 75 + 74) % 65537; root = tree_insert(root, x % 1000) end
local sorted = {}
for v in coroutine.wrap(function() walk(root) end) do sorted[#sorted + 1] = v end
print(#sorted, table.concat(sorted, ",", 1, 30))

print("== producer / filter / consumer ==")
local function producer(items)
  return coroutine.create(function()
    for _, it in ipairs(items) do coroutine.yield(it) end
    return nil
  end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function consume(src)
  local out = {}
  while true do
    local ok, v = coroutine.resume(src)
    if not ok or v == nil then break end
    out[#out + 1] = v
  end
  return out
end
local items = {}
for i = 1, 100 do items[i] = i * i % 97 end
local res = consume(filter(filter(producer(items), function(v) return v % 2 == 0 end), function(v) return v > 30 end))
print(#res, table.concat(res, " "))

print("== errors in coroutines ==")
local bad = coroutine.create(function() local x = nil; coroutine.yield(1); return x.field end)
print(coroutine.resume(bad))
P(coroutine.resume(bad))
print(coroutine.status(bad))
P(coroutine.resume(bad))
local errt = coroutine.create(function() error({code = 42}) end)
local ok, e = coroutine.resume(errt)
print(ok, type(e), e.code)
local w = coroutine.wrap(function() error("wrapped failure") end)
P(pcall(w))
local w2 = coroutine.wrap(function() return 1 end)
w2()
P(pcall(w2))
P(coroutine.resume(coroutine.running()))
P(pcall(coroutine.yield, 1))

print("== yield across pcall, nested coroutines ==")
local co2 = coroutine.create(function()
  local ok2, v = pcall(function()
    local got = coroutine.yield("inside pcall")
    if got == "raise" then error("raised after yield") end
    return got
  end)
  coroutine.yield(tostring(ok2) .. ":" .. tostring(v):gsub("^.-:%d+: ", ""))
  return "end"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "raise"))
print(coroutine.resume(co2))
print(coroutine.status(co2))

local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function()
    for i = 1, 3 do coroutine.yield("inner" .. i) end
  end)
  for i = 1, 3 do coroutine.yield("outer" .. i .. "/" .. inner()) end
end)
print(outer(), outer(), outer())

local co3 = coroutine.create(function(...)
  local args = table.pack(...)
  while true do
    local n = args.n
    local s = 0
    for i = 1, n do s = s + args[i] end
    args = table.pack(coroutine.yield(n, s))
    if args.n == 0 then break end
  end
  return "finished"
end)
print(coroutine.resume(co3, 1, 2, 3))
print(coroutine.resume(co3, 10, 20))
print(coroutine.resume(co3, 5))
print(coroutine.resume(co3))
print(coroutine.resume(co3))

print("== coroutine.close and status of running ==")
local cl = coroutine.create(function() coroutine.yield() end)
coroutine.resume(cl)
print(coroutine.status(cl), coroutine.close(cl), coroutine.status(cl))
local closed = {}
local cl2 = coroutine.create(function()
  local v <close> = setmetatable({}, {__close = function() closed[#closed + 1] = "closed!" end})
  coroutine.yield("y")
end)
print(coroutine.resume(cl2))
print(coroutine.close(cl2), table.concat(closed))
local self_status
local cs = coroutine.create(function()
  self_status = coroutine.status(coroutine.running())
  local parent_co = coroutine.wrap(function() return coroutine.isyieldable() end)
  return parent_co()
end)
print(coroutine.resume(cs), self_status)

print("== scheduler simulation ==")
local tasks = {}
local log = {}
local function spawn(name, n, step)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    local acc = 0
    for i = 1, n do
      acc = acc + i * step
      log[#log + 1] = name .. i
      coroutine.yield(acc)
    end
    return acc
  end)}
end
spawn("A", 3, 1); spawn("B", 5, 2); spawn("C", 2, 10); spawn("D", 4, 3)
local results = {}
while #tasks > 0 do
  for i = #tasks, 1, -1 do
    local t = tasks[i]
    local ok3, v = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then
      results[#results + 1] = t.name .. "=" .. tostring(v)
      table.remove(tasks, i)
    end
  end
end
print(table.concat(log, " "))
print(table.concat(results, " "))

print("== many coroutines ==")
local cos = {}
for i = 1, 2000 do
  cos[i] = coroutine.wrap(function(a)
    local s = a
    while true do s = s + coroutine.yield(s) end
  end)
end
local total = 0
for round = 1, 5 do
  for i = 1, #cos do total = total + cos[i](i * round) end
end
print("total", total)
collectgarbage()

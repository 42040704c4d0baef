-- 12_garbage.lua: allocation-heavy code, weak tables, GC modes (no memory
-- counts are printed: they depend on the allocator and GC timing)

print("== many short-lived tables ==")
local function churn(n)
  local keep = {}
  local sum = 0
  for i = 1, n do
    local t = {i, i * 2, name = "obj" .. i, sub = {i % 7, tostring(i)}}
    sum = sum + t[2] + #t.name + t.sub[1]
    if i % 1000 == 0 then keep[#keep + 1] = t end
  end
  return sum, #keep, keep[#keep].name
end
print(churn(100000))
collectgarbage()
print(churn(50000))

print("== string garbage ==")
local function strchurn(n)
  local s = ""
  local lens = 0
  for i = 1, n do
    local piece = string.format("%05d:%s;", i, string.rep(string.char(97 + i % 26), i % 17))
    s = s .. piece
    if #s > 4000 then lens = lens + #s; s = s:sub(-100) end
  end
  return lens, #s, s:sub(1, 40)
end
print(strchurn(20000))
local words = {}
for i = 1, 30000 do words[i] = ("w" .. i):upper():lower():reverse() end
print(#words, words[1], words[12345], words[30000])
words = nil
collectgarbage("collect")

print("== weak tables ==")
local weakk = setmetatable({}, {__mode = "k"})
local weakv = setmetatable({}, {__mode = "v"})
local strong = {}
local function fill()
  for i = 1, 100 do
    local key = {id = i}
    weakk[key] = i
    weakv[i] = {val = i}
    if i % 10 == 0 then strong[#strong + 1] = key; strong[#strong + 1] = weakv[i] end
  end
end
fill()
collectgarbage()
collectgarbage()
local nk, nv = 0, 0
local ksum = 0
for k, v in pairs(weakk) do nk = nk + 1; ksum = ksum + v end
for k, v in pairs(weakv) do nv = nv + 1 end
print("weak keys left", nk, ksum, "weak values left", nv)
strong = nil
collectgarbage()
nk, nv = 0, 0
for _ in pairs(weakk) do nk = nk + 1 end
for _ in pairs(weakv) do nv = nv + 1 end
print("after dropping strong refs", nk, nv)
-- strings and numbers are never removed from weak tables
local wv = setmetatable({}, {__mode = "v"})
wv[1] = "a string " .. 1; wv[2] = 42; wv[3] = 3.5; wv[4] = true; wv[5] = {}
collectgarbage()
print(wv[1], wv[2], wv[3], wv[4], wv[5])
-- ephemeron: value refers to its own key
local eph = setmetatable({}, {__mode = "k"})
do
  for i = 1, 10 do local k = {}; eph[k] = {k, i} end
end
collectgarbage()
local ne = 0
for _ in pairs(eph) do ne = ne + 1 end
print("ephemerons left", ne)

print("== memoization cache with weak values ==")
local cache = setmetatable({}, {__mode = "v"})
local computed = 0
local function get(n)
  local v = cache[n]
  if not v then computed = computed + 1; v = {n = n, sq = n * n}; cache[n] = v end
  return v
end
local held = {}
for i = 1, 1000 do
  local v = get(i % 50)
  if i <= 50 then held[#held + 1] = v end
end
print("computed", computed)
held = nil
collectgarbage()
for i = 1, 50 do get(i) end
print("computed after gc", computed)

print("== GC modes and control ==")
print(collectgarbage("isrunning"))
collectgarbage("stop")
print(collectgarbage("isrunning"))
local tmp = {}
for i = 1, 10000 do tmp[i] = {i} end
tmp = nil
collectgarbage("restart")
print(collectgarbage("isrunning"))
print(collectgarbage("generational"))
for i = 1, 50000 do local t = {i, {i}} end
print(collectgarbage("incremental"))
print(collectgarbage("incremental"))
for i = 1, 20 do collectgarbage("step", 10) end
print(type(collectgarbage("count")))
print(collectgarbage("setpause", 150) ~= nil, collectgarbage("setstepmul", 200) ~= nil)
collectgarbage()

print("== linked structures and cycles ==")
local function make_ring(n)
  local first = {id = 1}
  local cur = first
  for i = 2, n do
    local node = {id = i, prev = cur}
    cur.next = node
    cur = node
  end
  cur.next = first
  first.prev = cur
  return first
end
local total = 0
for round = 1, 20 do
  local ring = make_ring(2000)
  local node, s = ring, 0
  repeat s = s + node.id; node = node.next until node == ring
  local back = 0
  node = ring.prev
  for i = 1, 10 do back = back + node.id; node = node.prev end
  total = total + s + back
end
print("ring total", total)
collectgarbage()

print("== tree rebuild under gc pressure ==")
local function build(depth, seed)
  if depth == 0 then return {leaf = seed % 100} end
  return {l = build(depth - 1, seed * 3 + 1), r = build(depth - 1, seed * 5 + 2), tag = "n" .. depth}
end
local function sumtree(t)
  if t.leaf then return t.leaf end
  return sumtree(t.l) + sumtree(t.r)
end
local acc = 0
for i = 1, 30 do
  acc = acc + sumtree(build(10, i))
  if i % 10 == 0 then collectgarbage("step", 0) end
end
print("tree acc", acc)

print("== closures as garbage ==")
local fs = {}
for i = 1, 20000 do
  local a, b = i, i * 2
  local f = function(x) return a + b + x end
  if i % 100 == 0 then fs[#fs + 1] = f end
end
local fsum = 0
for i, f in ipairs(fs) do fsum = fsum + f(i) end
print(#fs, fsum)

print("== table resizing ==")
local t = {}
for i = 1, 100000 do t[i] = i end
for i = 1, 100000, 2 do t[i] = nil end
local cnt, s = 0, 0
for k, v in pairs(t) do cnt = cnt + 1; s = s + v end
print(cnt, s)
local h = {}
for i = 1, 20000 do h["key" .. i] = i end
for i = 1, 20000, 3 do h["key" .. i] = nil end
cnt, s = 0, 0
for k, v in pairs(h) do cnt = cnt + 1; s = s + v end
print(cnt, s)
for i = 1, 20000 do h["key" .. i] = nil end
print(next(h))
collectgarbage()
print("done")

-- 03_tables.lua: table library, length, iteration (sorted), unpack/move

-- print, with directory prefixes removed from chunk names in messages
-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

local function dump(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  return "{" .. table.concat(out, ",") .. "}"
end

local function sortedkeys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "boolean" then return (a and 1 or 0) < (b and 1 or 0) end
    return a < b
  end)
  return ks
end

print("== insert/remove ==")
local t = {}
for i = 1, 10 do table.insert(t, i * i) end
print(dump(t), #t)
table.insert(t, 1, -1)
table.insert(t, 5, 555)
table.insert(t, #t + 1, 999)
print(dump(t), #t)
print(table.remove(t), table.remove(t, 1), table.remove(t, 4), #t)
print(dump(t))
print(table.remove({}), table.remove({}, 0), #t)
print(pcall(table.insert, t, 100, 1))
print(pcall(table.insert, t, 1, 2, 3))
while #t > 0 do io.write(table.remove(t), " ") end
print()

print("== concat ==")
local c = {"a", "b", 3, 4.5, "e"}
print(table.concat(c), table.concat(c, ", "), table.concat(c, "-", 2, 4), table.concat(c, "x", 4, 3))
print(pcall(table.concat, {1, {}, 3}))
print(table.concat({}, ","), table.concat({1, 2, 3}, "", 3))

print("== unpack/pack/select ==")
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 5))
print(table.unpack({1, nil, 3}, 1, 3))
local p = table.pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(select("#"), select("#", nil, nil), select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(pcall(select, 0, 1))

print("== move ==")
local m = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(m, 2, 5, 4)
print(dump(m))
table.move(m, 4, 8, 1)
print(dump(m))
local dst = table.move({1, 2, 3}, 1, 3, 3, {9, 9})
print(dump(dst))
print(dump(table.move({}, 1, 0, 1, {7})))

print("== sort ==")
local seq = {}
local x = 12345
for i = 1, 500 do x = (x * 1103515245 + 12345) % 2147483648; seq[i] = x % 1000 end
local s1 = table.move(seq, 1, #seq, 1, {})
table.sort(s1)
print(dump(s1, 20), s1[#s1])
local ok = true
for i = 2, #s1 do if s1[i - 1] > s1[i] then ok = false end end
print("sorted", ok)
table.sort(s1, function(a, b) return a > b end)
print(dump(s1, 20))
local recs = {}
for i = 1, 60 do recs[i] = {id = i, key = seq[i] % 7, name = "n" .. (seq[i] % 13)} end
table.sort(recs, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  if a.name ~= b.name then return a.name > b.name end
  return a.id < b.id
end)
for i = 1, #recs, 4 do io.write(recs[i].key, "/", recs[i].name, "/", recs[i].id, " ") end
print()
local strs = {"banana", "Apple", "cherry", "apple", "Banana", "date", "", "a", "A"}
table.sort(strs)
print(table.concat(strs, " "))
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {1, 2, 3, 4, 5}, function(a, b) return true end))
local floats = {3.5, -1, 2, 1e10, -1e-10, 0, 7 // 2, 2^0.5}
table.sort(floats)
print(dump(floats))

print("== length and borders ==")
local b = {1, 2, 3}
b[5] = 5
print(#b == 3 or #b == 5)
local seqt = {}
for i = 1, 100 do seqt[i] = i end
for i = 100, 51, -1 do seqt[i] = nil end
print(#seqt)
print(#"", #{}, #{nil}, #{1, 2, nil, 4} >= 2)
print(rawlen({1, 2}), rawlen("abcd"), rawequal(t, t), rawequal({}, {}), rawget({5}, 1))

print("== mixed keys, sorted iteration ==")
local mixed = {10, 20, 30, x = 1, y = 2, [1.5] = "f", [true] = "t", [false] = "f",
  ["a b"] = 3, [-3] = "neg", [2^53] = "big"}
for _, k in ipairs(sortedkeys(mixed)) do io.write(tostring(k), "=", tostring(mixed[k]), " ") end
print()
local cnt = 0
for _ in pairs(mixed) do cnt = cnt + 1 end
print("count", cnt)
mixed[2.0] = "two"
print(mixed[2], math.type(next({[3.0] = 1})))
P(pcall(function() local q = {}; q[nil] = 1 end))
P(pcall(function() local q = {}; q[0/0] = 1 end))
print(({})[nil], next({}), type(next), rawget(mixed, 1.5))

print("== table as set/map with many entries ==")
local map = {}
for i = 1, 20000 do map["k" .. (i % 5003)] = (map["k" .. (i % 5003)] or 0) + i end
local keys = sortedkeys(map)
print(#keys, keys[1], keys[2], keys[#keys])
local total = 0
for _, k in ipairs(keys) do total = total + map[k] end
print("total", total)
for i = 1, 5003, 500 do local k = "k" .. i; io.write(k, ":", map[k], " ") end
print()
local set = {}
for i = 1, 1000 do set[(i * 37) % 101] = true end
local members = sortedkeys(set)
print(#members, dump(members, 10))
for k in pairs(set) do if k % 2 == 0 then set[k] = nil end end
print(#sortedkeys(set))

print("== nested tables ==")
local matrix = {}
for i = 1, 8 do
  matrix[i] = {}
  for j = 1, 8 do matrix[i][j] = (i - 1) * 8 + j end
end
local function transpose(mt)
  local r = {}
  for i = 1, #mt[1] do
    r[i] = {}
    for j = 1, #mt do r[i][j] = mt[j][i] end
  end
  return r
end
local tr = transpose(matrix)
for i = 1, 8 do print(table.concat(tr[i], " ")) end
local function matmul(a, bm)
  local r = {}
  for i = 1, #a do
    r[i] = {}
    for j = 1, #bm[1] do
      local sum = 0
      for k = 1, #bm do sum = sum + a[i][k] * bm[k][j] end
      r[i][j] = sum
    end
  end
  return r
end
local sq = matmul(matrix, tr)
for i = 1, 8 do print(table.concat(sq[i], " ")) end

print("== queue / stack / deque ==")
local Q = {first = 1, last = 0, items = {}}
local function push(q, v) q.last = q.last + 1; q.items[q.last] = v end
local function pop(q)
  if q.first > q.last then return nil end
  local v = q.items[q.first]; q.items[q.first] = nil; q.first = q.first + 1
  return v
end
for i = 1, 10 do push(Q, i * 3) end
local out = {}
for i = 1, 4 do out[#out + 1] = pop(Q) end
for i = 11, 15 do push(Q, i * 3) end
while true do local v = pop(Q); if not v then break end; out[#out + 1] = v end
print(table.concat(out, " "))

print("== ipairs stops at nil / __index ==")
local hole = {1, 2, nil, 4}
for i, v in ipairs(hole) do io.write(i, "=", v, " ") end
print()
local proxy = setmetatable({}, {__index = function(_, i) if i <= 5 then return i * 10 end end})
for i, v in ipairs(proxy) do io.write(i, "=", v, " ") end
print()

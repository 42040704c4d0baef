-- 05_functions.lua: closures, upvalues, varargs, select, tail calls, goto

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

print("== closures and upvalues ==")
local function counter(start, step)
  local n = start
  return function() n = n + step; return n end,
         function() return n end,
         function(v) n = v end
end
local inc, get, set = counter(10, 3)
print(inc(), inc(), get())
set(100)
print(inc(), get())
local inc2 = counter(0, 1)
print(inc2(), inc2(), inc(), inc2())

local fns = {}
for i = 1, 5 do fns[i] = function() return i * i end end
local r = {}
for i = 1, 5 do r[i] = fns[i]() end
print(table.concat(r, " "))

local shared = {}
do
  local x = 0
  for i = 1, 3 do
    local y = i
    shared[i] = function(d) x = x + d; y = y + d; return x, y end
  end
end
print(shared[1](1), shared[2](10), shared[3](100), shared[1](1000))

local function make_adders()
  local t = {}
  local i = 1
  while i <= 3 do
    local j = i
    t[i] = function(v) return v + j end
    i = i + 1
  end
  return t
end
local ad = make_adders()
print(ad[1](10), ad[2](10), ad[3](10))

-- deep upvalue chains
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function()
        a = a + 1; b = b + 10; c = c + 100
        return a + b + c
      end
    end
  end
end
local f3 = level1()()()
print(f3(), f3(), f3())

print("== memoize / compose / curry ==")
local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    local v = cache[n]
    if v then hits = hits + 1; return v end
    v = f(n); cache[n] = v
    return v
  end, function() return hits end
end
local fib, fibhits
fib, fibhits = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), fib(90), fibhits())
local function compose(...)
  local fs = table.pack(...)
  return function(...)
    local res = table.pack(...)
    for i = fs.n, 1, -1 do res = table.pack(fs[i](table.unpack(res, 1, res.n))) end
    return table.unpack(res, 1, res.n)
  end
end
local h = compose(function(x) return x * 2 end, function(x, y) return x + y end, function(a) return a, a + 1 end)
print(h(5))
local function curry(f, n)
  n = n or 2
  local function helper(args, k)
    return function(x)
      local a = {table.unpack(args)}
      a[#a + 1] = x
      if k == 1 then return f(table.unpack(a)) end
      return helper(a, k - 1)
    end
  end
  return helper({}, n)
end
print(curry(function(a, b, c) return a * 100 + b * 10 + c end, 3)(1)(2)(3))

print("== varargs ==")
local function va(...)
  local a, b = ...
  return select("#", ...), a, b, ...
end
print(va())
print(va(nil))
print(va(1, nil, 3))
print((va(1, 2, 3)))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3), tail(1))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(), sum(1, 2, 3), sum(1, nil, 3), sum(table.unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})))
local function pass(...) return ... end
print(pass(1, 2, 3), pass(), pass(4, 5))
local t = {pass(1, 2, 3), pass(4, 5)}
print(#t, table.concat(t, ","))
local function packed(...) return {n = select("#", ...), ...} end
local pk = packed(nil, nil, 3)
print(pk.n, pk[3])
local many = {}
for i = 1, 250 do many[i] = i end
print(select("#", table.unpack(many)), sum(table.unpack(many)))
print(string.format("%s-%s-%s", pass("a", "b", "c")))
print(select(-2, "a", "b", "c"))

print("== recursion and tail calls ==")
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
for i = 0, 25, 5 do io.write(fact(i), " ") end
print()
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + n) end
print(loop(1000000, 0))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10001), odd(77777))
local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print(ackermann(2, 3), ackermann(3, 3), ackermann(3, 5))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves[#moves + 1] = from .. to
  return hanoi(n - 1, via, to, from, moves)
end
local mv = hanoi(10, "A", "C", "B", {})
print(#mv, table.concat(mv, " ", 1, 15))
local depth = 0
local function deep(n) depth = depth + 1; if n > 0 then return 1 + deep(n - 1) end return 0 end
print(deep(10000), depth)
local ok, err = pcall(function() local function inf(n) return 1 + inf(n + 1) end return inf(1) end)
P(ok, (tostring(err):gsub("^(.-overflow).*$", "%1")))

print("== goto ==")
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    io.write(i, ",", j, " ")
    ::continue::
  end
end
print()
do
  local i = 1
  ::top::
  if i <= 5 then io.write("g", i, " "); i = i + 1; goto top end
  print()
end
local function find_pair(target)
  for a = 1, 20 do
    for b = a, 20 do
      if a * b == target then
        r = {a, b}
        goto found
      end
    end
  end
  do return nil end
  ::found::
  return r[1], r[2]
end
print(find_pair(91), find_pair(97), find_pair(391))
do
  local n = 0
  ::a:: n = n + 1
  if n % 2 == 1 then goto b end
  io.write("even", n, " ")
  ::b::
  if n < 8 then goto a end
  print()
end
print(load("goto nowhere"))
print(load("do local x ::l1:: end goto l1"))

print("== functions as values ==")
local ops = {
  add = function(a, b) return a + b end,
  sub = function(a, b) return a - b end,
  mul = function(a, b) return a * b end,
  div = function(a, b) return a / b end,
  idiv = function(a, b) return a // b end,
  pow = function(a, b) return a ^ b end,
}
local names = {}
for k in pairs(ops) do names[#names + 1] = k end
table.sort(names)
for _, k in ipairs(names) do io.write(k, "=", tostring(ops[k](17, 5)), " ") end
print()
local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(p, t) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local nums = {}
for i = 1, 30 do nums[i] = i end
local sq = map(function(x) return x * x end, nums)
local ev = filter(function(x) return x % 2 == 0 end, sq)
print(table.concat(ev, " "), reduce(function(a, b) return a + b end, 0, ev))
print(reduce(math.max, -math.huge, map(function(x) return (x * 37) % 101 end, nums)))

print("== string methods via : and debug.getinfo-free introspection ==")
local obj = {name = "thing", greet = function(self, g) return g .. ", " .. self.name end}
print(obj:greet("hi"), obj.greet(obj, "yo"), ("abc"):upper(), #("abc"):rep(3))
print(type(print), type(nil), type({}), type("x"), type(2), type(true), type(coroutine.create(print)))
local info = debug.getinfo(1, "l")
print("currentline", info.currentline)
local function nparams(a, b, ...) end
local fi = debug.getinfo(nparams, "u")
print(fi.nparams, fi.isvararg, fi.nups)
local fl = debug.getinfo(counter, "S")
print(fl.what, fl.linedefined, fl.lastlinedefined, fl.short_src:match("[^/]*$"))
print(debug.getlocal(1, 1) ~= nil)
local upname, upval = debug.getupvalue(inc, 1)
print(upname, upval)

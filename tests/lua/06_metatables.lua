-- 06_metatables.lua: metamethods of all kinds (no __gc), plus a class system

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

print("== vector with arithmetic metamethods ==")
local Vec = {}
Vec.__index = Vec
local function vec(x, y) return setmetatable({x = x, y = y}, Vec) end
local function isvec(v) return getmetatable(v) == Vec end
Vec.__add = function(a, b)
  if type(a) == "number" then return vec(a + b.x, a + b.y) end
  if type(b) == "number" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
Vec.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
Vec.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
Vec.__div = function(a, s) return vec(a.x / s, a.y / s) end
Vec.__mod = function(a, s) return vec(a.x % s, a.y % s) end
Vec.__pow = function(a, n) return vec(a.x ^ n, a.y ^ n) end
Vec.__unm = function(a) return vec(-a.x, -a.y) end
Vec.__idiv = function(a, s) return vec(a.x // s, a.y // s) end
Vec.__band = function(a, b) return vec(a.x & b.x, a.y & b.y) end
Vec.__bor = function(a, b) return vec(a.x | b.x, a.y | b.y) end
Vec.__bxor = function(a, b) return vec(a.x ~ b.x, a.y ~ b.y) end
Vec.__shl = function(a, n) return vec(a.x << n, a.y << n) end
Vec.__shr = function(a, n) return vec(a.x >> n, a.y >> n) end
Vec.__bnot = function(a) return vec(~a.x, ~a.y) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__lt = function(a, b) return a.x * a.x + a.y * a.y < b.x * b.x + b.y * b.y end
Vec.__le = function(a, b) return a.x * a.x + a.y * a.y <= b.x * b.x + b.y * b.y end
Vec.__len = function(a) return math.sqrt(a.x * a.x + a.y * a.y) end
Vec.__tostring = function(a) return "(" .. tostring(a.x) .. "," .. tostring(a.y) .. ")" end
Vec.__concat = function(a, b)
  local sa = isvec(a) and tostring(a) or a
  local sb = isvec(b) and tostring(b) or b
  return sa .. "++" .. sb
end
Vec.__call = function(self, k) return self[k] end
Vec.__name = "Vec"
Vec.__close = nil

local a, b = vec(3, 4), vec(1, 2)
print(tostring(a + b), tostring(a - b), a * b, tostring(a * 2), tostring(3 * b))
print(tostring(a / 2), tostring(a % 3), tostring(a ^ 2), tostring(-a), tostring(a // 2))
print(tostring(a & b), tostring(a | b), tostring(a ~ b), tostring(a << 2), tostring(a >> 1), tostring(~a))
print(a == b, a == vec(3, 4), a ~= vec(3, 4), a < b, a > b, a <= vec(4, 3), a >= b)
print(#a, #b, a .. b, a .. "!", "?" .. b, 1 .. a)
print(a("x"), a("y"), tostring(10 + a), rawequal(a, vec(3, 4)))
local vs = {vec(5, 5), vec(1, 0), vec(-3, 1), vec(0, 0), vec(2, 2)}
table.sort(vs)
local s = {}
for i, v in ipairs(vs) do s[i] = tostring(v) end
print(table.concat(s, " "))
P(pcall(function() return a + {} end))
P(pcall(function() return {} < {} end))
P(pcall(function() return {} .. "x" end))

print("== __index / __newindex chains ==")
local base = {greeting = "hello", count = 0}
local mid = setmetatable({mid = true}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.greeting, top.mid, top.count, top.missing, rawget(top, "greeting"))
local log = {}
local guarded = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get:" .. tostring(k); return k .. "?" end,
  __newindex = function(t, k, v) log[#log + 1] = "set:" .. tostring(k); rawset(t, k, v * 2) end,
})
print(guarded.foo, guarded.bar)
guarded.x = 21
print(guarded.x, guarded.y)
guarded.x = 5
print(guarded.x)
print(table.concat(log, " "))
local store = {}
local redirect = setmetatable({}, {__newindex = store, __index = store})
redirect.a = 1; redirect.b = 2
print(rawget(redirect, "a"), store.a, redirect.b)

-- default values, read-only tables
local function withdefault(d) return setmetatable({}, {__index = function() return d end}) end
local dd = withdefault(0)
dd.x = 5
print(dd.x, dd.y, dd[100])
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function(_, k) error("attempt to update read-only field " .. tostring(k), 2) end, __len = function() return #t end})
end
local ro = readonly({1, 2, 3})
print(ro[2], #ro)
P(pcall(function() ro[1] = 10 end))

print("== __call / __tostring / __name / __metatable ==")
local callable = setmetatable({n = 0}, {__call = function(self, a, b) self.n = self.n + 1; return a + b, self.n end})
print(callable(1, 2), callable(10, 20))
local locked = setmetatable({}, {__metatable = "locked!"})
print(getmetatable(locked), pcall(setmetatable, locked, {}))
print(getmetatable("abc").__index == string, ("x"):rep(3))
local named = setmetatable({}, {__name = "MyType"})
print((tostring(named):gsub("0x%x+", "ADDR"):gsub(": [%x]+$", ": ADDR")))
P(pcall(function() return named + 1 end))
P(pcall(function() return #nil end))
P(pcall(function() local t = nil; return t.x end))
P(pcall(function() undefinedfunc() end))
P(pcall(function() local s = "x"; s() end))
P(pcall(function() local t = {} ; t.a.b = 1 end))

print("== __eq only for tables; __lt with mixed ==")
local E = {__eq = function() return true end}
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
print(e1 == e2, e1 == {}, e1 ~= e2, e1 == 1)
local N = {__lt = function(x, y)
  local vx = type(x) == "table" and x.v or x
  local vy = type(y) == "table" and y.v or y
  return vx < vy
end}
local n5 = setmetatable({v = 5}, N)
P(n5 < 10, 3 < n5, n5 > 4, pcall(function() return n5 <= 5 end))

print("== __close (to-be-closed variables) ==")
local order = {}
local function closer(name)
  return setmetatable({}, {__close = function(_, err) order[#order + 1] = name .. (err and (":" .. tostring(err):gsub("^.-:%d+: ", "")) or "") end})
end
do
  local x <close> = closer("x")
  local y <close> = closer("y")
  local z <const> = 42
  order[#order + 1] = "body" .. z
end
print(table.concat(order, " "))
order = {}
local ok, err = pcall(function()
  local a1 <close> = closer("a1")
  local a2 <close> = closer("a2")
  error("boom")
end)
P(ok, err, table.concat(order, " "))
order = {}
local function early()
  local c <close> = closer("c")
  for i = 1, 10 do
    local d <close> = closer("d" .. i)
    if i == 3 then return i end
  end
end
print(early(), table.concat(order, " "))
print(load("local x <const> = 1; x = 2"))
print(load("local x <foo> = 1"))

print("== class system ==")
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.super = parent
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  c.isinstance = function(o, k)
    local m = getmetatable(o)
    while m do
      if m == k then return true end
      m = m.super
    end
    return false
  end
  return c
end

local Animal = class()
function Animal:init(name, sound) self.name = name; self.sound = sound or "..." end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
Animal.__tostring = function(self) return "<" .. self:kind() .. " " .. self.name .. ">" end

local Dog = class(Animal)
Dog.__tostring = Animal.__tostring
function Dog:init(name, tricks)
  Animal.init(self, name, "woof")
  self.tricks = tricks or {}
end
function Dog:kind() return "dog" end
function Dog:learn(t) self.tricks[#self.tricks + 1] = t; return self end
function Dog:show() return self.name .. " knows " .. (#self.tricks > 0 and table.concat(self.tricks, ", ") or "nothing") end

local Puppy = class(Dog)
Puppy.__tostring = Animal.__tostring
function Puppy:kind() return "puppy" end
function Puppy:speak() return Dog.speak(self) .. " (squeaky)" end

local cat = Animal.new("Tom", "meow")
local rex = Dog.new("Rex")
local bit = Puppy.new("Bit")
rex:learn("sit"):learn("roll")
bit:learn("chew")
for _, o in ipairs({cat, rex, bit}) do
  print(tostring(o), o:speak(), o.show and o:show() or "-", o:isinstance(Animal), o:isinstance(Dog), o:isinstance(Puppy))
end

-- account class with private state via closures
local function Account(owner, balance)
  local self = {}
  local history = {}
  function self.deposit(v)
    if v <= 0 then error({code = "EINVAL", msg = "bad amount " .. v}) end
    balance = balance + v; history[#history + 1] = "+" .. v
  end
  function self.withdraw(v)
    if v > balance then error({code = "EFUNDS", msg = "insufficient funds"}) end
    balance = balance - v; history[#history + 1] = "-" .. v
  end
  function self.balance() return balance end
  function self.history() return table.concat(history, " ") end
  function self.owner() return owner end
  return self
end
local acct = Account("ann", 100)
acct.deposit(50)
acct.withdraw(30)
for _, op in ipairs({{"deposit", -5}, {"withdraw", 1000}, {"deposit", 7}}) do
  local ok2, e = pcall(acct[op[1]], op[2])
  if ok2 then print(op[1], op[2], "ok") else print(op[1], op[2], e.code, e.msg) end
end
print(acct.owner(), acct.balance(), acct.history())

print("== proxies tracking access ==")
local function track(t)
  local reads, writes = {}, {}
  local proxy = setmetatable({}, {
    __index = function(_, k) reads[#reads + 1] = k; return t[k] end,
    __newindex = function(_, k, v) writes[#writes + 1] = k .. "=" .. tostring(v); t[k] = v end,
    __len = function() return #t end,
    __pairs = function()
      local keys = {}
      for k in pairs(t) do keys[#keys + 1] = k end
      table.sort(keys, function(x, y) return tostring(x) < tostring(y) end)
      local i = 0
      return function() i = i + 1; if keys[i] ~= nil then return keys[i], t[keys[i]] end end
    end,
  })
  return proxy, reads, writes
end
local px, rd, wr = track({10, 20, 30, name = "p"})
px[4] = 40
px.name = px.name .. "!"
local acc = 0
for i = 1, #px do acc = acc + px[i] end
print(acc, #px, table.concat(rd, ","), table.concat(wr, ","))
for k, v in pairs(px) do io.write(tostring(k), "=", tostring(v), " ") end
print()

print("== inheritance of operators via shared metatable; many objects ==")
local Money = {}
Money.__index = Money
Money.__add = function(x, y) return setmetatable({c = x.c + y.c}, Money) end
Money.__lt = function(x, y) return x.c < y.c end
Money.__eq = function(x, y) return x.c == y.c end
Money.__tostring = function(x) return string.format("$%d.%02d", x.c // 100, x.c % 100) end
local wallet = {}
for i = 1, 2000 do wallet[i] = setmetatable({c = (i * 7919) % 10007}, Money) end
local total = setmetatable({c = 0}, Money)
for i = 1, #wallet do total = total + wallet[i] end
table.sort(wallet, function(x, y) if x == y then return false end return x < y end)
print(tostring(total), tostring(wallet[1]), tostring(wallet[1000]), tostring(wallet[2000]))

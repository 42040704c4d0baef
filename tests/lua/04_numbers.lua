-- 04_numbers.lua: integer/float semantics, overflow, conversions, math library

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

local maxi, mini = math.maxinteger, math.mininteger

print("== integer division and modulo ==")
local vals = {7, -7, 7.0, -7.0, 0, 3, -3, 0.5, -2.5}
for _, a in ipairs(vals) do
  local row = {}
  for _, b in ipairs({3, -3, 2.0, -0.5, 1}) do
    row[#row + 1] = string.format("%s//%s=%s %s%%%s=%s", a, b, a // b, a, b, a % b)
  end
  print(table.concat(row, "  "))
end
print(7 / 2, 8 / 2, -8 / 2, 1 / 3, 0 / 5, math.type(8 / 2))
P(pcall(function() return 1 // 0 end))
P(pcall(function() return 1 % 0 end))
print(1.0 // 0, -1 // 0.0, 1 % 0.0, 0.0 / 0.0 ~= 0.0 / 0.0)
print(5.5 % 2, -5.5 % 2, 5.5 % -2, 5 % math.huge, -5 % math.huge, 5 % -math.huge)
print(mini // -1, mini % -1, maxi // -1, 3 % mini, mini // 1)

print("== integer overflow wraps ==")
print(maxi + 1 == mini, mini - 1 == maxi, maxi * 2, mini * -1, -mini)
print(maxi + 1, mini - 1, maxi * maxi, mini * mini, (1 << 62) * 4)
print(1 << 63, 1 << 64, 1 >> 1, -1 >> 1, -1 >> 63, 1 << -1, 2 >> -1, 1 << 200)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ~ 0x0f, ~0, ~5, 5 & -1)
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000 == 0, 9223372036854775807)
print(9223372036854775808, -9223372036854775808, math.type(9223372036854775808))
P(3 & 2.0, pcall(function() return 1 & 1.5 end))
print(maxi + 0.0, mini + 0.0, maxi + 0.0 == 2^63, math.ult(1, -1), math.ult(-1, 1), math.ult(5, 7))
local acc = 1
for i = 1, 70 do acc = acc * 3 end
print("3^70 wrapped", acc, 3 ^ 70)
local h = 0
for i = 1, 1000 do h = h * 6364136223846793005 + 1442695040888963407 end
print("lcg", h, h >> 33, h & 0xffff)

print("== float printing ==")
local fl = {1e300, -1e300, 1e308 * 10, -1e308 * 10, 0.0, -0.0, 1 / 0, -1 / 0, 0.1 + 0.2,
  100.0, 1e15, 1e16, 123456789012345.0, 2^53, 2^63, 2^64, 1e-7, 5e-324, 3.0, -3.5,
  1 / 3, 22 / 7, 255 / 256}
for i, v in ipairs(fl) do io.write(tostring(v), " ") end
print()
local nan = 0 / 0
print(nan ~= nan, nan == nan, not (nan < 0), not (nan > 0), math.type(nan))
print(string.format("%.3f %.3f %.3f", 1 / 0, -1 / 0, 2.0005), string.format("%5.1f|%-7.2f|", 3.14159, 2.71828))
print(-0.0 == 0.0, 1 / -0.0, 1 / 0.0, tostring(-0.0), tostring(0.0 * -1))
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("x"), math.tointeger(2^63), math.tointeger(-2^63))
P(3 == 3.0, math.type(3 + 0.0), 2^2, 10 // 2.0, 3 | 0, pcall(function() return 3.5 | 0 end))
print(1e15 + 0.5, 2^53 + 1, (2^53 + 1) == 2^53, 9007199254740993)
print(string.format("%.14g %.17g %.20f", 0.1, 0.1, 0.1))
print(string.format("%d %s %s", 2^31, 2^31, 2^31 | 0))
print(0x10p2, 0xA.8p0, 0x.1p4, 1E2, .5e1, 3e-2)

print("== comparisons int/float ==")
print(1 < 1.5, 2 > 1.5, maxi < 2^63, maxi + 0.0 == 2^63, mini == -2^63, mini < -2^63)
print(maxi == maxi + 0.0, 2^53 == (2^53 | 0), (2^53 | 0) + 1 == 2^53 + 1)
print(math.max(1, 2.5, -3), math.min(1, 2.5, -3), math.max(3, 3.0), math.min(-0.0, 0.0))
print(math.type(math.max(1, 2)), math.type(math.max(1.0, 2)), pcall(math.max))

print("== math library ==")
local fns = {"floor", "ceil", "abs", "sqrt", "exp", "log", "sin", "cos", "tan", "asin",
  "acos", "atan"}
local xs = {0.5, 1, 2.5, -2.5, 10, 0.25, 3}
for _, f in ipairs(fns) do
  local row = {}
  for _, x in ipairs(xs) do
    local ok, r = pcall(math[f], x)
    if ok then
      if math.type(r) == "integer" then row[#row + 1] = string.format("%d", r)
      elseif r ~= r then row[#row + 1] = "nan"
      else row[#row + 1] = string.format("%.9g", r) end
    else
      row[#row + 1] = "err"
    end
  end
  print(string.format("%-6s %s", f, table.concat(row, " ")))
end
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2^62 + 0.0), math.floor(1e100), math.ceil(7))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-7.5, 2))
print(math.fmod(mini, -1), math.fmod(5, maxi), pcall(math.fmod, 1, 0))
print(math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.abs(mini), math.abs(-0.0), math.abs(-3))
print(string.format("%.6f %.6f %.6f", math.log(8, 2), math.log(100, 10), math.log(27, 3)))
print(math.log(1024, 2), math.log(1000, 10), math.exp(0), math.sqrt(16), math.sqrt(2))
print(string.format("%.12f %.3f %.15g", math.pi, math.pi, math.pi), math.huge, -math.huge)
print(string.format("%.10f", math.atan(1, 1) * 4), math.atan(0, -1) == math.pi, math.atan(-0.0, 1))
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(1 / 0), math.modf(-1 / 0))
print(8 ^ (1 / 3), 2 ^ -1, (-8) ^ 2, 0 ^ 0, math.type(2 ^ 2))
for i = 0, 20 do io.write(string.format("%.4f ", math.sin(i * math.pi / 10))) end
print()

print("== random with fixed seed ==")
math.randomseed(42)
local r = {}
for i = 1, 10 do r[#r + 1] = math.random(1, 100) end
print(table.concat(r, " "))
r = {}
for i = 1, 5 do r[#r + 1] = string.format("%.10f", math.random()) end
print(table.concat(r, " "))
print(math.random(0), math.random(5), math.random(-3, 3))
math.randomseed(42)
print(math.random(1, 100), math.random(1, 100))
math.randomseed(123, 456)
local counts = {0, 0, 0, 0, 0, 0}
for i = 1, 60000 do local d = math.random(6); counts[d] = counts[d] + 1 end
print(table.concat(counts, " "))
print(pcall(math.random, 2, 1), pcall(math.random, 1, 2, 3))

print("== string <-> number conversion edge cases ==")
local ss = {"0", "-0", "1e308", "1e309", "-1e309", "0x7fffffffffffffff", "0xffffffffffffffff",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1.5e3", " 0x1A ",
  "1_000", "1,5", "infinity", "0b101", "00012", "1e+2", "1E-2", "  -.5  "}
for _, s in ipairs(ss) do
  local n = tonumber(s)
  io.write(string.format("%q->%s(%s) ", s, tostring(n), n and math.type(n) or "-"))
end
print()
print(math.tointeger("0x10"), string.format("%.1f", "2.25"), "10" // "3", "10" % "3.0", -"2", - -"2.5")
print(10 == "10", tostring(10) == "10", #tostring(12.0), tostring(1e100), tostring(-1e-100))

print("== numeric for loops ==")
for i = 1, 3 do io.write(i, " ") end
for i = 3, 1, -1 do io.write(i, " ") end
for i = 1, 2, 0.5 do io.write(i, " ") end
for i = 1.0, 3 do io.write(i, " ") end
for i = 10, 1 do io.write("never") end
print()
for i = maxi - 2, maxi do io.write(i, " ") end
for i = mini, mini + 2 do io.write(i, " ") end
for i = mini + 2, mini, -1 do io.write(i, " ") end
print()
for i = 1, 0.5 do io.write("never") end
for i = 0.1, 0.35, 0.1 do io.write(string.format("%.2f ", i)) end
for i = 1, 20, 7 do io.write(i, " ") end
for i = -10, -30, -9 do io.write(i, " ") end
print()
P(pcall(function() for i = 1, 10, 0 do end end))
P(pcall(function() for i = "a", 2 do end end))
local sum = 0
for i = 1, 1000000 do sum = sum + i % 7 end
print("sum", sum)
local fsum = 0.0
for i = 1, 100000 do fsum = fsum + 1 / i end
print(string.format("harmonic %.12f", fsum))

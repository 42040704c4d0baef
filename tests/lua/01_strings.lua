-- 01_strings.lua: string library basics, string.format, coercions, utf8
local fmt = string.format

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

print("== format integers ==")
local ints = {0, 1, -1, 7, 42, 255, 256, -255, 1000000, 2^31 - 1, -2^31,
  math.maxinteger, math.mininteger, 123456789012}
for i, v in ipairs(ints) do
  local n = math.tointeger(v)
  print(i, fmt("[%d] [%5d] [%-8d] [%08d] [%+d] [%x] [%X] [%#x] [%o]",
    n, n, n, n, n, n, n, n, n))
end

print("== format floats ==")
local floats = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5e-10, 1e300, -1e-300,
  123456.789, 0.1, 1/3, 2/3, 1e15, 1e16, 1e100, 5e-324, 1.7976931348623157e308}
for i, v in ipairs(floats) do
  print(i, fmt("[%5.2f] [%.3f] [%10.4f] [%-12.1f] [%e] [%.3e] [%g] [%.10g] [%.17g] [%a]",
    v, v, v, v, v, v, v, v, v, v))
end
print(fmt("%5.2f|%5.2f|%5.2f", 1/0, -1/0, 2.675))
print(fmt("%g %g %g %g", 1e-5, 1e-4, 123456, 1234567))
print(fmt("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))

print("== format strings ==")
local strs = {"", "a", "hello", "Hello, World!", "tab\there", "nl\nhere", "quote\"s",
  "back\\slash", "\0zero\0", "\1\2\3\127\255", "ünïcödé", string.rep("x", 40)}
for i, s in ipairs(strs) do
  if s:find("\0", 1, true) then
    print(i, fmt("[%s] len=%d", s, #s), pcall(fmt, "%5s", s))
  else
    print(i, fmt("[%s] [%10s] [%-10s] [%.3s] len=%d", s, s, s, s, #s))
  end
  print(i, "q:", fmt("%q", s))
end
print(fmt("%q %q %q %q", 1, -7, math.mininteger, 1.5))
print(fmt("%q %q", 1/3, 1e100))
print(fmt("%q %q %q", 1/0, -1/0, true))
print(fmt("%c%c%c%c", 76, 117, 97, 33))
print(fmt("%%|%5s|%-5s|", "ab", "cd"))
print(fmt("%s %s %s %s", nil, true, false, 12))
print(fmt("%s", setmetatable({}, {__tostring = function() return "custom!" end})))
print(fmt("%10.3s|", "abcdef"))
print(fmt("%i", 42))

print("== basic functions ==")
local s = "The quick brown fox jumps over the lazy dog"
print(#s, s:len(), s:upper(), s:lower())
print(s:sub(5, 9), s:sub(-3), s:sub(-8, -5), s:sub(0), s:sub(10, 5), s:sub(100))
print(s:sub(-100, 3), s:sub(3, -100) == "", s:sub(2, 2))
print(s:reverse())
print(("ab"):rep(5), ("ab"):rep(3, ","), ("x"):rep(0), ("x"):rep(-1), ("ab"):rep(1, "SEP"))
print(s:byte(1), s:byte(-1), s:byte(1, 5))
print(string.char(72, 105, 33, 0, 65):byte(1, -1))
print(#string.char(), string.char(228, 246, 252))
for i = 1, #s, 7 do
  io.write(fmt("%d:%s:%d ", i, s:sub(i, i), s:byte(i)))
end
print()

print("== coercions ==")
print("10" + 5, "3.5" * 2, 10 .. 20, "0x10" + 0, "1e2" + 0, " 12 " + 1)
print(10 .. "", 1.0 .. "", -0.0 .. "", 2^53 .. "", 2^63 .. "", math.pi .. "")
print(tonumber("42"), tonumber("  42  "), tonumber("4 2"), tonumber("0x1p4"),
  tonumber("1e"), tonumber(""), tonumber("inf"), tonumber("nan"), tonumber(".5"),
  tonumber("5."), tonumber("0x.8"), tonumber("-0x10"))
print(tonumber("ff", 16), tonumber("zz", 36), tonumber("777", 8), tonumber("102", 2),
  tonumber("11111111", 2), tonumber("-ZZ", 36), tonumber("7fffffffffffffff", 16))
print(tostring(10 // 3), tostring(10.0 // 3), tostring(-7 // 2), tostring(7 % -3))
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil))
print("10" == 10, "abc" < "abd", "Z" < "a", "" < "a", "a" < "aa", "10" < "9")
P(pcall(function() return "abc" + 1 end))
P(pcall(function() return {} .. "x" end))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
print(tostring(2^63) == "9.2233720368548e+18", math.tointeger("8"), math.tointeger(3.0))

print("== comparisons and sort of strings ==")
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w end
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() > b:lower() end)
print(table.concat(words, " "))
table.sort(words, function(a, b)
  if #a ~= #b then return #a < #b end
  return a < b
end)
print(table.concat(words, " "))

print("== utf8 ==")
local u = "héllo wörld ✓ 日本語 😀"
print(#u, utf8.len(u))
for p, c in utf8.codes(u) do io.write(p, ":", c, " ") end
print()
print(utf8.char(72, 228, 8364, 0x1F600, 0x10FFFF):byte(1, -1))
print(utf8.codepoint(u, 1, 6))
print(utf8.offset(u, 3), utf8.offset(u, -1), utf8.offset(u, 0, 3))
print(utf8.len("\xff"), utf8.len("abc\xe4def"))
print(pcall(utf8.codepoint, "\xff"))
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
local cps = {}
for _, c in utf8.codes("Ωmega") do cps[#cps + 1] = c end
print(table.concat(cps, ","), utf8.char(table.unpack(cps)))
for i = 0, 0x2000, 0x1ff do io.write(utf8.len(utf8.char(i)), #utf8.char(i), " ") end
print()

print("== long string building ==")
local parts = {}
for i = 1, 200 do parts[#parts + 1] = fmt("%03d", i * 7 % 1000) end
local big = table.concat(parts, "-")
print(#big, big:sub(1, 60), big:sub(-30))
local h = 0
for i = 1, #big do h = (h * 31 + big:byte(i)) & 0xffffffff end
print("hash", h)
local acc = ""
for i = 1, 300 do acc = acc .. string.char(65 + i % 26) end
print(#acc, acc:sub(1, 52))
print(("%d items"):format(3), ("x"):upper(), ("%s=%s"):rep(2, "&"):format("a", 1, "b", 2))

-- 09_pack.lua: string.pack / unpack / packsize, bit manipulation, hex dumps

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

print("== basic formats ==")
local fmts = {
  {"b", -1}, {"B", 255}, {"h", -2}, {"H", 65535}, {"i", -123456}, {"I", 123456},
  {"l", -1}, {"L", 1}, {"j", math.mininteger}, {"J", -1}, {"T", 1000},
  {"i1", 127}, {"i2", -32768}, {"i3", 8388607}, {"i5", -1}, {"i7", 2^40 | 0},
  {"I8", math.maxinteger}, {"i16", -2}, {"I16", 5},
  {"f", 1.5}, {"d", math.pi}, {"n", -0.0}, {"f", 1 / 0}, {"d", 1e300},
  {"s1", "hi"}, {"s2", "hello"}, {"s", "abc"}, {"z", "zero-term"}, {"c5", "ab"},
  {"c3", "xyz"},
}
for _, f in ipairs(fmts) do
  for _, endian in ipairs({"<", ">"}) do
    local fmt = endian .. f[1]
    local p = string.pack(fmt, f[2])
    local u = string.unpack(fmt, p)
    if type(u) == "string" then u = string.format("%q", u) end
    io.write(string.format("%-5s %-36s -> %s | ", fmt, hex(p), tostring(u)))
  end
  print()
end

print("== multiple values and alignment ==")
local p = string.pack("<i4 d s1 z B", 42, 2.5, "str", "zz", 7)
print(#p, hex(p))
print(string.unpack("<i4 d s1 z B", p))
local p2 = string.pack("!<b i4 b i8 b h", 1, 2, 3, 4, 5, 6)
print(#p2, hex(p2))
print(string.unpack("!<b i4 b i8 b h", p2))
local p3 = string.pack(">!4 b Xi4 i4", 9, 10)
print(#p3, hex(p3), string.unpack(">!4 b Xi4 i4", p3))
local p4 = string.pack("<b x x h", 1, 2)
print(#p4, hex(p4))
print(string.packsize("i4 i8 b"), string.packsize("!i4 i8 b"), string.packsize("!8 b d"), string.packsize("c10 h"))
print(string.packsize("<!2 b i4"), string.packsize("d f n j"), string.packsize("=I3 I5"))
print(pcall(string.packsize, "s"), pcall(string.packsize, "z"))

print("== unpack positions ==")
local data = string.pack("<i2 i2 i2 i2", 10, -20, 30, -40)
local pos = 1
local vals = {}
while pos <= #data do
  local v
  v, pos = string.unpack("<i2", data, pos)
  vals[#vals + 1] = v .. "@" .. pos
end
print(table.concat(vals, " "))
print(string.unpack("<i2", data, -2), string.unpack("<I2", data, 3))
print(pcall(string.unpack, "<i4", data, 7))
print(pcall(string.unpack, "<i4", data, 100))

print("== overflow and errors ==")
print(pcall(string.pack, "b", 128))
print(pcall(string.pack, "B", -1))
print(pcall(string.pack, "i2", 40000))
print(pcall(string.pack, "s1", string.rep("x", 256)))
print(pcall(string.pack, "z", "a\0b"))
print(pcall(string.pack, "i17", 1))
print(pcall(string.pack, "q", 1))
print(pcall(string.unpack, "i9", string.rep("\255", 9)))
print(pcall(string.unpack, "i9", "\1\0\0\0\0\0\0\0\1"))
print(string.unpack("<i9", string.rep("\255", 9)), string.unpack("<I9", "\1\0\0\0\0\0\0\0\0"))
print(pcall(string.pack, "d", "notnum"))
print(string.pack("<d", "2.5") == string.pack("<d", 2.5), string.pack("<i4", "12") == string.pack("<i4", 12))

print("== float roundtrip ==")
local floats = {0.1, -0.0, 1e-310, 3.4028234663852886e38, 1 / 3, 2^-1074, 123.456}
for _, f in ipairs(floats) do
  local pd = string.pack("<d", f)
  local pf = string.pack("<f", f)
  io.write(string.format("%s:%s:%.9g ", hex(pd), hex(pf), (string.unpack("<f", pf))))
  assert(string.unpack("<d", pd) == f)
end
print()
local nanp = string.pack("<d", 0 / 0)
local nanu = string.unpack("<d", nanp)
print(nanu ~= nanu)

print("== bit manipulation helpers ==")
local function popcount(x)
  local c = 0
  while x ~= 0 do x = x & (x - 1); c = c + 1 end
  return c
end
local function bitrev32(x)
  local r = 0
  for i = 0, 31 do if x & (1 << i) ~= 0 then r = r | (1 << (31 - i)) end end
  return r
end
local function rotl32(x, n) x = x & 0xffffffff; return ((x << n) | (x >> (32 - n))) & 0xffffffff end
for _, v in ipairs({0, 1, 0xff, 0xdeadbeef, -1, math.mininteger, 0x123456789abcdef}) do
  print(string.format("%x pop=%d rev=%08x rotl7=%08x clz?=%d", v, popcount(v), bitrev32(v & 0xffffffff),
    rotl32(v, 7), (function() local n = 0; local y = v; while y > 0 do y = y >> 1; n = n + 1 end; return n end)()))
end

print("== crc32 and adler32 over packed data ==")
local crc_table = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if c & 1 == 1 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end
  end
  crc_table[i] = c
end
local function crc32(s)
  local c = 0xffffffff
  for i = 1, #s do c = crc_table[(c ~ s:byte(i)) & 0xff] ~ (c >> 8) end
  return c ~ 0xffffffff
end
local function adler32(s)
  local a, b = 1, 0
  for i = 1, #s do a = (a + s:byte(i)) % 65521; b = (b + a) % 65521 end
  return (b << 16) | a
end
print(string.format("%08x %08x", crc32("The quick brown fox jumps over the lazy dog"), adler32("Wikipedia")))
local buf = {}
for i = 1, 3000 do buf[#buf + 1] = string.pack("<i4 d", i * 37, i / 7) end
local blob = table.concat(buf)
print(#blob, string.format("%08x %08x", crc32(blob), adler32(blob)))
local back, s = 0, 0.0
local pos2 = 1
while pos2 <= #blob do
  local a, b
  a, b, pos2 = string.unpack("<i4 d", blob, pos2)
  back = back + a; s = s + b
end
print(back, string.format("%.6f", s))

print("== base64 ==")
local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function enc(data2)
  return ((data2:gsub(".", function(x)
    local r, bb = "", x:byte()
    for i = 8, 1, -1 do r = r .. (bb % 2 ^ i - bb % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64:sub(c + 1, c + 1)
  end) .. ({"", "==", "="})[#data2 % 3 + 1])
end
local function dec(data2)
  data2 = data2:gsub("[^" .. b64 .. "=]", "")
  return (data2:gsub(".", function(x)
    if x == "=" then return "" end
    local r, f = "", (b64:find(x, 1, true) - 1)
    for i = 6, 1, -1 do r = r .. (f % 2 ^ i - f % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end):gsub("%d%d%d?%d?%d?%d?%d?%d?", function(x)
    if #x ~= 8 then return "" end
    local c = 0
    for i = 1, 8 do c = c + (x:sub(i, i) == "1" and 2 ^ (8 - i) or 0) end
    return string.char(c)
  end))
end
for _, s2 in ipairs({"", "f", "fo", "foo", "foob", "fooba", "foobar", string.pack("<i8 d", -5, 0.5)}) do
  local e = enc(s2)
  print(e, dec(e) == s2)
end

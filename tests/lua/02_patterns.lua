-- 02_patterns.lua: string.find / match / gmatch / gsub with captures & anchors

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = string.format("%q", t[i]) end
  return table.concat(t, " ", 1, t.n)
end

local text = [[
Alice (age 31) <alice@example.com> joined 2019-03-14, score=88.5;
Bob (age 7) <bob.smith@mail.example.org> joined 2020-11-02, score=92;
Carol (age 45) <carol_x@ex.net> joined 1999-01-31, score=-3.25;
dave (age 0) <no-email> joined 2001-07-04, score=0;
]]

print("== find ==")
local cases = {
  {"hello world", "o"}, {"hello world", "o", 6}, {"hello world", "l+"},
  {"hello world", "^h"}, {"hello world", "^w"}, {"hello world", "d$"},
  {"hello world", "%s"}, {"hello world", "(o)(r)"}, {"a.b.c", ".", 1, true},
  {"a.b.c", "%."}, {"a+b", "+", 1, true}, {"hello", ""}, {"hello", "", 10},
  {"hello", "l", -2}, {"hello", "xyz"}, {"[test]", "[", 1, true},
  {"key = value", "(%w+)%s*=%s*(%w+)"}, {"  trim  ", "^%s*(.-)%s*$"},
  {"THE (quick) fox", "%((%a+)%)"}, {"f(a(b)c)d", "%b()"},
  {"THE (quick) fox", "%f[%a]%a+"}, {"abc123def", "%d+"}, {"x=10,y=20", "()=()"},
}
for i, c in ipairs(cases) do
  print(i, show(c[1], c[2]), "->", show(string.find(c[1], c[2], c[3], c[4])))
end

print("== match ==")
for line in text:gmatch("[^\n]+") do
  local name, age, user, host, y, m, d, score =
    line:match("^(%a+) %(age (%d+)%) <([%w._%-]+)@([%w.%-]+)> joined (%d+)%-(%d+)%-(%d+), score=(%-?[%d.]+);$")
  if name then
    print(name, tonumber(age), user, host, y, m, d, tonumber(score))
  else
    print("no full match:", line:match("^(%a+)"), line:match("<(.-)>"), line:match("score=(%S+);"))
  end
end
print(string.match("2024-01-15T10:30:00Z", "(%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)"))
print(string.match("  padded  ", "^%s*(.-)%s*$") .. "|")
print(string.match("hello", "()ll()"))
print(string.match("hello", ".-"), string.match("hello", ".*"), string.match("hello", "l*"))
print(string.match("abc", "((a)(b)(c))"))
print(string.match("[[nested]]", "%[(%b[])%]"))
print(string.match("key=val", "(%w+)=(%w*)"), string.match("key=", "(%w+)=(%w*)"))
print(string.match("0x1F", "^0[xX](%x+)$"), string.match("%d", "%%(%a)"))
print(string.match("aaa", "a-b"), string.match("aaab", "a-b"), string.match("aaab", "^a?a?b?"))
print(string.match("hello world from lua", "(%w+) (%w+)", 7))
print(string.match("caps LOCK on", "%u+"), string.match("punct!?", "%p+"), string.match("ctl\1\2x", "%c+"):byte(1, -1))
print(pcall(string.match, "x", "("))
print(pcall(string.match, "x", "%"))
print(pcall(string.match, "x", "[a"))
print(pcall(string.find, "x", "(()"))
print(string.match("THE END", "%f[%w]%w+$"), string.match("one;two;;three", "[^;]*", 5))

print("== gmatch ==")
local words = {}
for w in text:gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
for k, v in string.gmatch("a=1, b=2, c=3, dd=44", "(%w+)=(%w+)") do io.write(k, "->", v, ";") end
print()
for pos, w in string.gmatch("one two  three", "()(%S+)") do io.write(pos, ":", w, " ") end
print()
local nums = {}
for n in text:gmatch("%-?%d+%.?%d*") do nums[#nums + 1] = n end
print(table.concat(nums, " "))
for e in text:gmatch("<([^>]+)>") do print("email", e, e:find("@", 1, true) ~= nil) end
local cnt = 0
for _ in string.gmatch(string.rep("ab", 1000), "ab") do cnt = cnt + 1 end
print("count", cnt)
for a in string.gmatch("abc", "") do io.write("[", a, "]") end
print()
for k in string.gmatch("x1y22z333", "%a(%d+)") do io.write(k, " ") end
print()
if string.gmatch("abc", ".", 2) then
  for c in string.gmatch("abcdef", "..", 3) do io.write(c, " ") end
  print()
end

print("== gsub ==")
print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello world", "o", "0", 1))
print(string.gsub("hello world", "(%w+)", "<%1>"))
print(string.gsub("hello world", "%w+", "%0 %0", 1))
print(string.gsub("hello world", "(%w+) (%w+)", "%2 %1"))
print(string.gsub("abc", "", "-"))
print(string.gsub("hello", "l", {l = "L"}))
print(string.gsub("$name is $age years", "%$(%w+)", {name = "Ann", age = 33}))
print(string.gsub("$name is $unknown", "%$(%w+)", {name = "Ann"}))
print(string.gsub("1 2 3 4 5", "%d", function(d) return d * d end))
print(string.gsub("1 2 3 4 5", "%d", function(d) if d % 2 == 0 then return false end return "odd" end))
print(string.gsub("abc", "%w", "%%"))
print(string.gsub("  lots   of   space  ", "%s+", " "))
print(string.gsub("CamelCaseString", "(%u)", function(c) return "_" .. c:lower() end))
print(string.gsub("snake_case_here", "_(%a)", string.upper))
print(string.gsub("path/to/file.txt", "[^/]+$", "X"))
print(string.gsub("aaa", "^a", "b"))
print(string.gsub("hello", "", "."))
print(string.gsub("abc", ".", {a = 1, b = false}))
print(pcall(string.gsub, "abc", "(a)", "%2"))
print(pcall(string.gsub, "abc", ".", {a = {}}))
print(string.gsub("x = 1 + 2", "%s", ""))
print(string.gsub("THE (quick) fox", "%f[%a]%a+", function(w) return w:reverse() end))
print(string.gsub("f(a(b)c)d f(x)", "%b()", "[]"))
local escaped = string.gsub("a.b*c+d?e[f]g^h$i(j)k%l-m", "[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")
print(escaped, string.find("a.b*c+d?e[f]g^h$i(j)k%l-m", escaped))

print("== url/csv style processing ==")
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end))
end
local function urldecode(s)
  return (s:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
for _, s in ipairs({"hello world", "a&b=c/d?e", "ünï", "100% sure!", ""}) do
  local e = urlencode(s)
  print(e, urldecode(e) == s)
end
local csv = 'name,age,city\n"Smith, J",42,"New ""York"""\nDoe,,Paris\n'
local function parsecsvline(line)
  local res, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local txt, i = "", pos + 1
      while true do
        local a, b = line:find('"', i, true)
        if line:sub(b + 1, b + 1) == '"' then
          txt = txt .. line:sub(i, a); i = b + 2
        else
          txt = txt .. line:sub(i, a - 1); pos = b + 1; break
        end
      end
      res[#res + 1] = txt
      if line:sub(pos, pos) ~= "," then break end
      pos = pos + 1
    else
      local e = line:find(",", pos, true)
      if e then res[#res + 1] = line:sub(pos, e - 1); pos = e + 1
      else res[#res + 1] = line:sub(pos); break end
    end
  end
  return res
end
for line in csv:gmatch("[^\n]+") do
  local f = parsecsvline(line)
  print(#f, table.concat(f, "|"))
end

print("== heavier pattern work ==")
local buf = {}
for i = 1, 3000 do buf[#buf + 1] = string.format("item%04d=%d;", i, (i * 7919) % 1000) end
local big = table.concat(buf)
local sum, n = 0, 0
for k, v in big:gmatch("item(%d+)=(%d+);") do sum = sum + tonumber(v) * (tonumber(k) % 3); n = n + 1 end
print(n, sum)
local replaced, cnt = big:gsub("item(%d)(%d+)", "I%1:%2")
print(cnt, #replaced, replaced:sub(1, 60))
local _, c2 = big:gsub("=%d%d%d;", "")
print("three-digit values", c2)
print(big:find("item2999=(%d+)"), big:match(".*item(%d+)"))

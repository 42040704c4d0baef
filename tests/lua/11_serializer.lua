-- 11_serializer.lua: JSON encoder/decoder, pretty printer, data structures

-- print without directory prefixes in chunk names (tests/lua/common/print.lua)
local P = dofile((arg[0]:match("^(.*/)") or "") .. "common/print.lua")

local json = {}

local escapes = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}
local function escape_str(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function is_array(t)
  local n = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 then return false end
    n = n + 1
  end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

function json.encode(v, indent, level, seen)
  level = level or 0
  seen = seen or {}
  local ty = type(v)
  if ty == "nil" then return "null"
  elseif ty == "boolean" then return tostring(v)
  elseif ty == "number" then
    if v ~= v then error("cannot encode NaN") end
    if v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    if math.type(v) == "integer" then return string.format("%d", v) end
    for prec = 14, 17 do
      local r = string.format("%." .. prec .. "g", v)
      if tonumber(r) == v then return r end
    end
  elseif ty == "string" then return escape_str(v)
  elseif ty == "table" then
    if seen[v] then error("circular reference") end
    seen[v] = true
    local nl = indent and "\n" or ""
    local pad = indent and string.rep(indent, level + 1) or ""
    local endpad = indent and string.rep(indent, level) or ""
    local sep = indent and ": " or ":"
    local out = {}
    local arr, n = is_array(v)
    local res
    if arr and n > 0 then
      for i = 1, n do out[i] = pad .. json.encode(v[i], indent, level + 1, seen) end
      res = "[" .. nl .. table.concat(out, "," .. nl) .. nl .. endpad .. "]"
    elseif arr then
      res = next(v) == nil and (getmetatable(v) == json.array_mt and "[]" or "{}")
    else
      local keys = {}
      for k in pairs(v) do
        if type(k) ~= "string" then error("non-string key: " .. tostring(k)) end
        keys[#keys + 1] = k
      end
      table.sort(keys)
      for i, k in ipairs(keys) do
        out[i] = pad .. escape_str(k) .. sep .. json.encode(v[k], indent, level + 1, seen)
      end
      res = "{" .. nl .. table.concat(out, "," .. nl) .. nl .. endpad .. "}"
    end
    seen[v] = nil
    return res
  else
    error("cannot encode type " .. ty)
  end
end
json.array_mt = {}

function json.decode(s)
  local pos = 1
  local function err(msg) error(string.format("json error at %d: %s", pos, msg), 0) end
  local function ws() pos = s:find("[^ \t\r\n]", pos) or #s + 1 end
  local value
  local function str()
    pos = pos + 1
    local buf = {}
    while true do
      local c = s:sub(pos, pos)
      if c == "" then err("unterminated string") end
      if c == '"' then pos = pos + 1; break end
      if c == "\\" then
        local e = s:sub(pos + 1, pos + 1)
        local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
        if map[e] then buf[#buf + 1] = map[e]; pos = pos + 2
        elseif e == "u" then
          local hex = s:sub(pos + 2, pos + 5)
          if not hex:match("^%x%x%x%x$") then err("bad unicode escape") end
          buf[#buf + 1] = utf8.char(tonumber(hex, 16)); pos = pos + 6
        else err("bad escape") end
      else
        buf[#buf + 1] = c; pos = pos + 1
      end
    end
    return table.concat(buf)
  end
  function value()
    ws()
    local c = s:sub(pos, pos)
    if c == "{" then
      pos = pos + 1
      local obj = {}
      ws()
      if s:sub(pos, pos) == "}" then pos = pos + 1; return obj end
      while true do
        ws()
        if s:sub(pos, pos) ~= '"' then err("expected key") end
        local k = str()
        ws()
        if s:sub(pos, pos) ~= ":" then err("expected ':'") end
        pos = pos + 1
        obj[k] = value()
        ws()
        local d = s:sub(pos, pos)
        pos = pos + 1
        if d == "}" then return obj end
        if d ~= "," then err("expected ',' or '}'") end
      end
    elseif c == "[" then
      pos = pos + 1
      local arr = setmetatable({}, json.array_mt)
      ws()
      if s:sub(pos, pos) == "]" then pos = pos + 1; return arr end
      while true do
        arr[#arr + 1] = value()
        ws()
        local d = s:sub(pos, pos)
        pos = pos + 1
        if d == "]" then return arr end
        if d ~= "," then err("expected ',' or ']'") end
      end
    elseif c == '"' then return str()
    elseif s:find("^true", pos) then pos = pos + 4; return true
    elseif s:find("^false", pos) then pos = pos + 5; return false
    elseif s:find("^null", pos) then pos = pos + 4; return nil
    else
      local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
      if not num or num == "" then err("unexpected character '" .. c .. "'") end
      pos = pos + #num
      return math.tointeger(tonumber(num)) or tonumber(num)
    end
  end
  local v = value()
  ws()
  if pos <= #s then err("trailing garbage") end
  return v
end

print("== encode ==")
local doc = {
  name = "cir test",
  version = 3,
  ratio = 0.75,
  big = 2^53,
  neg = -17,
  tiny = 1.5e-8,
  flags = {true, false, true},
  nested = {a = {b = {c = {d = "deep"}}}, list = {1, 2, {3, 4, {5}}}},
  text = "line1\nline2\t\"quoted\" \\ back \1 ctl",
  unicode = "héllo ✓",
  empty_obj = {},
  empty_arr = setmetatable({}, json.array_mt),
}
local compact = json.encode(doc)
print(compact)
print(json.encode(doc, "  "))
for _, v in ipairs({0, -0.0, 1e100, 123456789012, 3.0, 0.1, "", {}, {{}}, {[1] = "a", [2] = "b"}}) do
  io.write(json.encode(v), " ")
end
print()
P(pcall(json.encode, {1, 2, nil, 4}))
P(pcall(json.encode, {[1.5] = 1}))
P(pcall(json.encode, 0 / 0))
P(pcall(json.encode, {x = -1 / 0}))
local circ = {}
circ.self = circ
P(pcall(json.encode, circ))
P(pcall(json.encode, print))

print("== decode / roundtrip ==")
local back = json.decode(compact)
local again = json.encode(back)
print(again == compact, #compact)
local samples = {
  '{"a":1,"b":[1,2,3],"c":{"d":null,"e":true}}',
  '[1, -2.5, 3e2, 4E-1, 0, -0, 12345678901234]',
  '  "esc: \\n \\t \\" \\\\ \\/ \\u00e9 \\u2713"  ',
  '{"nested":[[[[[]]]]],"x":{}}',
  '[true,false,null,1]',
  '{"a":}', '[1,2', '{"a" 1}', '"unterminated', 'tru', '[1,]', '{"k":"v"} x', '"\\q"',
}
for _, s in ipairs(samples) do
  local ok, v = pcall(json.decode, s)
  if ok then print("ok ", json.encode(v)) else print("err", v) end
end

print("== pretty printer for arbitrary Lua values ==")
local function serialize(v, indent)
  indent = indent or ""
  local t = type(v)
  if t == "string" then return string.format("%q", v)
  elseif v == math.mininteger then return "math.mininteger"
  elseif math.type(v) == "float" then return string.format("%.17g", v)
  elseif t ~= "table" then return tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "number" or ta == "string" then return a < b end
    return tostring(a) < tostring(b)
  end)
  local lines = {}
  for _, k in ipairs(keys) do
    local ks = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. serialize(k) .. "]"
    lines[#lines + 1] = indent .. "  " .. ks .. " = " .. serialize(v[k], indent .. "  ")
  end
  if #lines == 0 then return "{}" end
  return "{\n" .. table.concat(lines, ",\n") .. "\n" .. indent .. "}"
end
local s = serialize({1, 2.5, "three", [10] = true, x = {y = {z = "w"}}, ["key with space"] = -1,
  [true] = "bool key", [-5] = math.mininteger, nested = {{}, {{}}}})
print(s)
local reloaded = load("return " .. s)()
print(serialize(reloaded) == s)

print("== data structures: heap, LRU, linked list ==")
local Heap = {}
Heap.__index = Heap
function Heap.new(cmp) return setmetatable({n = 0, cmp = cmp or function(a, b) return a < b end}, Heap) end
function Heap:push(v)
  self.n = self.n + 1
  local i = self.n
  self[i] = v
  while i > 1 do
    local p = i // 2
    if self.cmp(self[i], self[p]) then self[i], self[p] = self[p], self[i]; i = p else break end
  end
end
function Heap:pop()
  if self.n == 0 then return nil end
  local top = self[1]
  self[1] = self[self.n]; self[self.n] = nil; self.n = self.n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.n and self.cmp(self[l], self[m]) then m = l end
    if r <= self.n and self.cmp(self[r], self[m]) then m = r end
    if m == i then break end
    self[i], self[m] = self[m], self[i]; i = m
  end
  return top
end
local h = Heap.new()
local x = 1
for i = 1, 1000 do x = (x * 48271) % 2147483647; h:push(x % 10000) end
local out = {}
for i = 1, 20 do out[i] = h:pop() end
print(table.concat(out, " "), h.n)
local prev, okh = -1, true
while h.n > 0 do local v = h:pop(); if v < prev then okh = false end; prev = v end
print("heap ordered", okh, prev)

local function LRU(cap)
  local map, head, tail, size = {}, nil, nil, 0
  local self = {}
  local function unlink(n)
    if n.prev then n.prev.next = n.next else head = n.next end
    if n.next then n.next.prev = n.prev else tail = n.prev end
    n.prev, n.next = nil, nil
  end
  local function pushfront(n)
    n.next = head; n.prev = nil
    if head then head.prev = n end
    head = n
    if not tail then tail = n end
  end
  function self.get(k)
    local n = map[k]
    if not n then return nil end
    unlink(n); pushfront(n)
    return n.v
  end
  function self.put(k, v)
    local n = map[k]
    if n then n.v = v; unlink(n); pushfront(n); return end
    if size >= cap then
      local old = tail
      unlink(old); map[old.k] = nil; size = size - 1
    end
    n = {k = k, v = v}
    map[k] = n; pushfront(n); size = size + 1
  end
  function self.keys()
    local ks, n = {}, head
    while n do ks[#ks + 1] = tostring(n.k); n = n.next end
    return table.concat(ks, ",")
  end
  return self
end
local cache = LRU(5)
for i = 1, 8 do cache.put("k" .. i, i) end
print(cache.keys())
print(cache.get("k5"), cache.get("k1"), cache.get("k8"))
cache.put("k9", 9); cache.put("k6", 66)
print(cache.keys(), cache.get("k6"))
local hits, misses = 0, 0
local big = LRU(64)
local y = 3
for i = 1, 20000 do
  y = (y * 1103515245 + 12345) % 2147483648
  local k = (y >> 8) % 100
  if big.get(k) then hits = hits + 1 else misses = misses + 1; big.put(k, i) end
end
print("lru hits", hits, "misses", misses)

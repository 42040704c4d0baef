-- 10_benchmarks.lua: small versions of classic benchmarks (deterministic)

print("== nbody ==")
local sqrt = math.sqrt
local PI = math.pi
local SOLAR_MASS = 4 * PI * PI
local DAYS_PER_YEAR = 365.24
local bodies = {
  {x = 0, y = 0, z = 0, vx = 0, vy = 0, vz = 0, mass = SOLAR_MASS},
  {x = 4.84143144246472090e+00, y = -1.16032004402742839e+00, z = -1.03622044471123109e-01,
   vx = 1.66007664274403694e-03 * DAYS_PER_YEAR, vy = 7.69901118419740425e-03 * DAYS_PER_YEAR,
   vz = -6.90460016972063023e-05 * DAYS_PER_YEAR, mass = 9.54791938424326609e-04 * SOLAR_MASS},
  {x = 8.34336671824457987e+00, y = 4.12479856412430479e+00, z = -4.03523417114321381e-01,
   vx = -2.76742510726862411e-03 * DAYS_PER_YEAR, vy = 4.99852801234917238e-03 * DAYS_PER_YEAR,
   vz = 2.30417297573763929e-05 * DAYS_PER_YEAR, mass = 2.85885980666130812e-04 * SOLAR_MASS},
  {x = 1.28943695621391310e+01, y = -1.51111514016986312e+01, z = -2.23307578892655734e-01,
   vx = 2.96460137564761618e-03 * DAYS_PER_YEAR, vy = 2.37847173959480950e-03 * DAYS_PER_YEAR,
   vz = -2.96589568540237556e-05 * DAYS_PER_YEAR, mass = 4.36624404335156298e-05 * SOLAR_MASS},
  {x = 1.53796971148509165e+01, y = -2.59193146099879641e+01, z = 1.79258772950371181e-01,
   vx = 2.68067772490389322e-03 * DAYS_PER_YEAR, vy = 1.62824170038242295e-03 * DAYS_PER_YEAR,
   vz = -9.51592254519715870e-05 * DAYS_PER_YEAR, mass = 5.15138902046611451e-05 * SOLAR_MASS},
}
local function advance(bs, nbody, dt)
  for i = 1, nbody do
    local bi = bs[i]
    local bix, biy, biz, bimass = bi.x, bi.y, bi.z, bi.mass
    local bivx, bivy, bivz = bi.vx, bi.vy, bi.vz
    for j = i + 1, nbody do
      local bj = bs[j]
      local dx, dy, dz = bix - bj.x, biy - bj.y, biz - bj.z
      local d2 = dx * dx + dy * dy + dz * dz
      local mag = sqrt(d2)
      mag = dt / (mag * d2)
      local bm = bj.mass * mag
      bivx = bivx - (dx * bm); bivy = bivy - (dy * bm); bivz = bivz - (dz * bm)
      bm = bimass * mag
      bj.vx = bj.vx + (dx * bm); bj.vy = bj.vy + (dy * bm); bj.vz = bj.vz + (dz * bm)
    end
    bi.vx = bivx; bi.vy = bivy; bi.vz = bivz
    bi.x = bix + dt * bivx; bi.y = biy + dt * bivy; bi.z = biz + dt * bivz
  end
end
local function energy(bs, nbody)
  local e = 0
  for i = 1, nbody do
    local bi = bs[i]
    local vx, vy, vz, bim = bi.vx, bi.vy, bi.vz, bi.mass
    e = e + (0.5 * bim * (vx * vx + vy * vy + vz * vz))
    for j = i + 1, nbody do
      local bj = bs[j]
      local dx, dy, dz = bi.x - bj.x, bi.y - bj.y, bi.z - bj.z
      e = e - ((bim * bj.mass) / sqrt(dx * dx + dy * dy + dz * dz))
    end
  end
  return e
end
local function offsetMomentum(b, nbody)
  local px, py, pz = 0, 0, 0
  for i = 1, nbody do
    local bi = b[i]
    local bim = bi.mass
    px = px + (bi.vx * bim); py = py + (bi.vy * bim); pz = pz + (bi.vz * bim)
  end
  b[1].vx = -px / SOLAR_MASS; b[1].vy = -py / SOLAR_MASS; b[1].vz = -pz / SOLAR_MASS
end
offsetMomentum(bodies, #bodies)
print(string.format("%0.9f", energy(bodies, #bodies)))
for step = 1, 5 do
  for i = 1, 4000 do advance(bodies, #bodies, 0.01) end
  print(string.format("%0.9f", energy(bodies, #bodies)))
end

print("== spectral-norm ==")
local function A(i, j)
  local ij = i + j - 1
  return 1.0 / (ij * (ij - 1) * 0.5 + i)
end
local function Av(x, y, N)
  for i = 1, N do
    local a = 0
    for j = 1, N do a = a + x[j] * A(i, j) end
    y[i] = a
  end
end
local function Atv(x, y, N)
  for i = 1, N do
    local a = 0
    for j = 1, N do a = a + x[j] * A(j, i) end
    y[i] = a
  end
end
local function AtAv(x, y, t, N) Av(x, t, N); Atv(t, y, N) end
for _, N in ipairs({10, 50, 100}) do
  local u, v, t = {}, {}, {}
  for i = 1, N do u[i] = 1 end
  for i = 1, 10 do AtAv(u, v, t, N); AtAv(v, u, t, N) end
  local vBv, vv = 0, 0
  for i = 1, N do
    local ui, vi = u[i], v[i]
    vBv = vBv + ui * vi; vv = vv + vi * vi
  end
  print(N, string.format("%0.9f", math.sqrt(vBv / vv)))
end

print("== fannkuch-redux ==")
local function fannkuch(n)
  local p, q, s, sign, maxflips, sum = {}, {}, {}, 1, 0, 0
  for i = 1, n do p[i] = i; q[i] = i; s[i] = i end
  repeat
    local q1 = p[1]
    if q1 ~= 1 then
      for i = 2, n do q[i] = p[i] end
      local flips = 1
      repeat
        local qq = q[q1]
        if qq == 1 then
          sum = sum + sign * flips
          if flips > maxflips then maxflips = flips end
          break
        end
        q[q1] = q1
        if q1 >= 4 then
          local i, j = 2, q1 - 1
          repeat q[i], q[j] = q[j], q[i]; i = i + 1; j = j - 1; until i >= j
        end
        q1 = qq; flips = flips + 1
      until false
    end
    if sign == 1 then
      p[2], p[1] = p[1], p[2]; sign = -1
    else
      p[2], p[3] = p[3], p[2]; sign = 1
      for i = 3, n do
        local sx = s[i]
        if sx ~= 1 then s[i] = sx - 1; break end
        if i == n then return sum, maxflips end
        s[i] = i
        local t = p[1]; for j = 1, i do p[j] = p[j + 1] end; p[i + 1] = t
      end
    end
  until false
end
for n = 3, 8 do print(n, fannkuch(n)) end

print("== binary-trees ==")
local function BottomUpTree(depth)
  if depth > 0 then
    depth = depth - 1
    local left, right = BottomUpTree(depth), BottomUpTree(depth)
    return {left, right}
  else
    return {}
  end
end
local function ItemCheck(tree)
  if tree[1] then return 1 + ItemCheck(tree[1]) + ItemCheck(tree[2]) end
  return 1
end
local N = 12
local mindepth, maxdepth = 4, N
do
  local stretchdepth = maxdepth + 1
  local stretchtree = BottomUpTree(stretchdepth)
  print(string.format("stretch tree of depth %d\t check: %d", stretchdepth, ItemCheck(stretchtree)))
end
local longlivedtree = BottomUpTree(maxdepth)
for depth = mindepth, maxdepth, 2 do
  local iterations = 2 ^ (maxdepth - depth + mindepth)
  local check = 0
  for i = 1, iterations do check = check + ItemCheck(BottomUpTree(depth)) end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, check))
end
print(string.format("long lived tree of depth %d\t check: %d", maxdepth, ItemCheck(longlivedtree)))

print("== mandelbrot (ascii) ==")
local W, H, ITER = 60, 24, 60
local chars = " .:-=+*#%@"
for y = 0, H - 1 do
  local row = {}
  local ci = (y / H) * 2.4 - 1.2
  for x = 0, W - 1 do
    local cr = (x / W) * 3.2 - 2.2
    local zr, zi, n = 0.0, 0.0, 0
    while n < ITER and zr * zr + zi * zi <= 4.0 do
      zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
      n = n + 1
    end
    local k = n == ITER and #chars or (n % (#chars - 1)) + 1
    row[#row + 1] = chars:sub(k, k)
  end
  print(table.concat(row))
end

print("== sieve / primes ==")
local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local ps = {}
  for i = 2, n do if is[i] then ps[#ps + 1] = i end end
  return ps
end
local primes = sieve(100000)
print(#primes, primes[#primes], table.concat(primes, " ", 1, 25))
local psum = 0
for _, p in ipairs(primes) do psum = psum + p end
print("sum", psum)

print("== n-queens ==")
local function queens(n)
  local count, first = 0, nil
  local cols, d1, d2, pos = {}, {}, {}, {}
  local function place(r)
    if r > n then
      count = count + 1
      if not first then first = table.concat(pos, ",") end
      return
    end
    for c = 1, n do
      if not cols[c] and not d1[r + c] and not d2[r - c + n] then
        cols[c], d1[r + c], d2[r - c + n] = true, true, true
        pos[r] = c
        place(r + 1)
        cols[c], d1[r + c], d2[r - c + n] = false, false, false
      end
    end
  end
  place(1)
  return count, first
end
for n = 4, 8 do print(n, queens(n)) end

print("== string building / sorting benchmark ==")
local words = {}
local seed = 1
for i = 1, 5000 do
  seed = (seed * 16807) % 2147483647
  local len = seed % 8 + 3
  local w = {}
  local s = seed
  for j = 1, len do w[j] = string.char(97 + s % 26); s = s // 26 + j end
  words[i] = table.concat(w)
end
table.sort(words)
print(words[1], words[2], words[2500], words[5000])
local freq = {}
for _, w in ipairs(words) do local c = w:sub(1, 1); freq[c] = (freq[c] or 0) + 1 end
local fl = {}
for c = 97, 122 do local ch = string.char(c); fl[#fl + 1] = ch .. (freq[ch] or 0) end
print(table.concat(fl, " "))

-- Shared by the test scripts: `print`, with directory prefixes removed from chunk names in
-- messages so the output does not depend on the path the script was started with.
return function(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "string" then v = v:gsub("[^%s\"']*/([^/%s]+%.lua:)", "%1") end
    t[i] = tostring(v)
  end
  print(table.concat(t, "\t", 1, t.n))
end

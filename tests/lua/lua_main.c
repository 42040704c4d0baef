/*
 * Minimal stand-alone host for the Lua 5.4 library, used by the cir Lua
 * workload tests.  The lua-src crate ships the Lua library sources but not
 * the stock interpreter front end (lua.c), so this small file plays that
 * role: it runs one script file, with the standard libraries opened and the
 * remaining command line arguments available in the global table `arg`
 * (arg[0] is the script name) and as the chunk's varargs.
 *
 * Usage: lua_main script.lua [args...]
 * Exit status: 0 on success, 1 if the script raised an error (the message
 * and a traceback are written to stderr), 2 on usage errors.
 */
#include <stdio.h>
#include <stdlib.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)",
                          luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

static int run(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  int i, base, status;
  luaL_openlibs(L);
  /* global 'arg' table */
  lua_createtable(L, argc - 2, 2);
  for (i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - 1);
  }
  lua_setglobal(L, "arg");
  lua_pushcfunction(L, msghandler);
  base = lua_gettop(L);
  if (luaL_loadfile(L, argv[1]) != LUA_OK)
    return lua_error(L);
  for (i = 2; i < argc; i++)
    lua_pushstring(L, argv[i]);
  status = lua_pcall(L, argc - 2, 0, base);
  if (status != LUA_OK)
    return lua_error(L);
  return 0;
}

int main(int argc, char **argv) {
  lua_State *L;
  int status;
  if (argc < 2) {
    fprintf(stderr, "usage: %s script.lua [args...]\n", argv[0]);
    return 2;
  }
  L = luaL_newstate();
  if (L == NULL) {
    fprintf(stderr, "%s: cannot create state: not enough memory\n", argv[0]);
    return 1;
  }
  lua_pushcfunction(L, run);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  status = lua_pcall(L, 2, 0, 0);
  if (status != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "%s: %s\n", argv[0], msg ? msg : "(non-string error)");
  }
  fflush(stdout);
  lua_close(L);
  return status == LUA_OK ? 0 : 1;
}

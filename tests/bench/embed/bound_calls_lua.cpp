// Benchmark: 10 million calls of a C function `add` registered with lua_register, from a Lua loop (Debian's
// Lua 5.4, liblua5.4-dev; built when it is installed).
#include <lua.hpp>

static int add(lua_State* L) {
    lua_Integer a = luaL_checkinteger(L, 1);
    lua_Integer b = luaL_checkinteger(L, 2);
    lua_pushinteger(L, a + b);
    return 1;
}

int main() {
    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    lua_register(L, "add", add);
    int status = luaL_dostring(L,
        "local function main()\n"
        "  local s = 0\n"
        "  for i = 1, 10000000 do s = add(s, 1) end\n"
        "  print(s)\n"
        "end\n"
        "main()\n");
    lua_close(L);
    return status;
}

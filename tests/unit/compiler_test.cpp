// Golden disassembly of small programs (Luau's Compiler.test.cpp style): the layout of blocks, jumps and the
// exception table is pinned here, so a compiler change shows up as a readable diff.
#include <gtest/gtest.h>

#include <memory>

#include "interpreter/code_unit.hpp"
#include "interpreter/parser.hpp"

using namespace weft::front;

namespace {
std::string compile_and_disassemble(std::string const& source) {
    auto file = std::make_shared<SourceFile>("<test>", source);
    ParseResult parsed = parse_module(*file);
    if (parsed.error) return "parse error: " + parsed.error->message;
    SyntaxErrorReport report;
    auto unit = compile_module(*parsed.module, file, report);
    if (!unit) return "compile error: " + report.message;
    return "\n" + disassemble(*unit);
}
} // namespace

TEST(Compiler, FunctionWithDefaultAndOperators) {
    EXPECT_EQ(compile_and_disassemble("def f(a, b=2):\n    return a + b * 3\n"), R"(
Disassembly of <code object <module>>:
   1      0 LOAD_CONST           0 (2)
          1 BUILD_TUPLE          1
          2 LOAD_CONST           1 (<code object f>)
          3 MAKE_FUNCTION        1
          4 STORE_NAME           0 (f)
   0      5 LOAD_CONST           2 (None)
          6 RETURN_VALUE

Disassembly of <code object f>:
   2      0 LOAD_FAST            0 (a)
          1 LOAD_FAST            1 (b)
          2 LOAD_CONST           1 (3)
          3 BINARY_OP            5 (*)
          4 BINARY_OP            0 (+)
          5 RETURN_VALUE
)");
}

TEST(Compiler, ForElseWithBreakPopsTheIterator) {
    EXPECT_EQ(compile_and_disassemble("for i in range(3):\n    if i:\n        break\nelse:\n    x = 1\n"), R"(
Disassembly of <code object <module>>:
   1      0 PUSH_NULL
          1 LOAD_NAME            0 (range)
          2 LOAD_CONST           0 (3)
          3 CALL                 1
          5 GET_ITER
          6 FOR_ITER             13 (to 13)
          7 STORE_NAME           1 (i)
   2      8 LOAD_NAME            1 (i)
          9 POP_JUMP_IF_FALSE    12 (to 12)
   3     10 POP_TOP
         11 JUMP_FORWARD         15 (to 15)
   1     12 JUMP_BACKWARD        6 (to 6)
   5     13 LOAD_CONST           1 (1)
         14 STORE_NAME           2 (x)
   0     15 LOAD_CONST           2 (None)
         16 RETURN_VALUE
)");
}

TEST(Compiler, TryExceptFinallyExceptionTable) {
    EXPECT_EQ(compile_and_disassemble("try:\n    f()\nexcept ValueError as e:\n    g(e)\nfinally:\n    h()\n"), R"(
Disassembly of <code object <module>>:
   2      0 PUSH_NULL
          1 LOAD_NAME            0 (f)
          2 CALL                 0
          4 POP_TOP
   1      5 JUMP_FORWARD         30 (to 30)
          6 PUSH_EXC_INFO
   3      7 LOAD_NAME            1 (ValueError)
          8 CHECK_EXC_MATCH
          9 POP_JUMP_IF_FALSE    26 (to 26)
         10 STORE_NAME           2 (e)
   4     11 PUSH_NULL
         12 LOAD_NAME            3 (g)
         13 LOAD_NAME            2 (e)
         14 CALL                 1
         16 POP_TOP
   3     17 POP_EXCEPT
         18 LOAD_CONST           0 (None)
         19 STORE_NAME           2 (e)
         20 DELETE_NAME          2 (e)
         21 JUMP_FORWARD         30 (to 30)
         22 LOAD_CONST           0 (None)
         23 STORE_NAME           2 (e)
         24 DELETE_NAME          2 (e)
         25 RERAISE              1
   1     26 RERAISE              0
         27 COPY                 3
         28 POP_EXCEPT
         29 RERAISE              1
   6     30 PUSH_NULL
         31 LOAD_NAME            4 (h)
         32 CALL                 0
         34 POP_TOP
   1     35 JUMP_FORWARD         46 (to 46)
         36 PUSH_EXC_INFO
   6     37 PUSH_NULL
         38 LOAD_NAME            4 (h)
         39 CALL                 0
         41 POP_TOP
   1     42 RERAISE              0
         43 COPY                 3
         44 POP_EXCEPT
         45 RERAISE              1
   0     46 LOAD_CONST           0 (None)
         47 RETURN_VALUE
ExceptionTable:
  0 to 5 -> 6 [0]
  5 to 6 -> 36 [0]
  6 to 11 -> 27 [1] lasti
  11 to 17 -> 22 [1] lasti
  17 to 22 -> 36 [0]
  22 to 27 -> 27 [1] lasti
  27 to 30 -> 36 [0]
  36 to 43 -> 43 [1] lasti
)");
}

TEST(Compiler, AwaitCompilesToAWAIT) {
    EXPECT_EQ(compile_and_disassemble("async def main(n):\n    return await other(n)\n"), R"(
Disassembly of <code object <module>>:
   1      0 LOAD_CONST           0 (<code object main>)
          1 MAKE_FUNCTION        0
          2 STORE_NAME           0 (main)
   0      3 LOAD_CONST           1 (None)
          4 RETURN_VALUE

Disassembly of <code object main>:
   2      0 PUSH_NULL
          1 LOAD_GLOBAL          0 (other)
          3 LOAD_FAST            0 (n)
          4 CALL                 1
          6 AWAIT                0
          7 RETURN_VALUE
)");
}

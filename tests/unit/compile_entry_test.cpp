// The front end's one entry (interpreter/compile.hpp): the three modes, top-level await, and the REPL's
// question "is this input complete?", answered as CPython's codeop answers it.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "interpreter/compile.hpp"

using namespace weft::front;

namespace {

CompileResult compile_text(std::string const& text, CompileMode mode, CompileFlags flags = {}) {
    return compile(std::make_shared<SourceFile>("<stdin>", text), mode, flags);
}

std::string listing(std::string const& text, CompileMode mode, CompileFlags flags = {}) {
    CompileResult r = compile_text(text, mode, flags);
    if (r.incomplete) return "incomplete";
    if (r.error) return "error: " + r.error->message;
    return "\n" + disassemble(*r.code);
}

// What the REPL does with `text` in Single mode: "complete", "incomplete" or "error: <message>".
std::string decision(std::string const& text) {
    CompileResult r = compile_text(text, CompileMode::Single);
    if (r.incomplete) return "incomplete";
    if (r.error) return "error: " + r.error->message;
    return "complete";
}

} // namespace

TEST(CompileEntry, SingleModePrintsExpressionValues) {
    EXPECT_EQ(listing("1 + 2", CompileMode::Single), R"(
Disassembly of <code object <module>>:
   1      0 LOAD_CONST           0 (1)
          1 LOAD_CONST           1 (2)
          2 BINARY_OP            0 (+)
          3 PRINT_EXPR
   0      4 LOAD_CONST           2 (None)
          5 RETURN_VALUE
)");
}

TEST(CompileEntry, EvalModeReturnsTheValue) {
    EXPECT_EQ(listing("x * 2\n\n", CompileMode::Eval), R"(
Disassembly of <code object <module>>:
   1      0 LOAD_NAME            0 (x)
          1 LOAD_CONST           0 (2)
          2 BINARY_OP            5 (*)
          3 RETURN_VALUE
)");
    EXPECT_EQ(listing("x = 1", CompileMode::Eval), "error: invalid syntax");
}

TEST(CompileEntry, TopLevelAwaitMakesACoroutineModule) {
    CompileResult plain = compile_text("await f()\n", CompileMode::Exec);
    ASSERT_TRUE(plain.error);
    EXPECT_EQ(plain.error->message, "'await' outside function");
    CompileResult with_flag = compile_text("x = await f()\n", CompileMode::Exec, {.top_level_await = true});
    ASSERT_TRUE(with_flag.code);
    EXPECT_TRUE(with_flag.code->flags & CodeCoroutine);
    CompileResult no_await = compile_text("x = 1\n", CompileMode::Exec, {.top_level_await = true});
    ASSERT_TRUE(no_await.code);
    EXPECT_FALSE(no_await.code->flags & CodeCoroutine);
    EXPECT_EQ(decision("async with lock:\n    pass\n"), "error: 'async with' outside async function");
    CompileResult loop = compile_text("async for x in it:\n    print(x)\n", CompileMode::Single, {.top_level_await = true});
    EXPECT_TRUE(loop.code && (loop.code->flags & CodeCoroutine));
}

// The decisions of CPython 3.11's codeop.compile_command(source, "<stdin>", "single"), obtained with
// /usr/bin/python3.11 on each input (where 3.11.2's codeop reports its error as "incomplete input", a bug fixed
// in later releases, the message here is the one `compile()` gives).
TEST(CompileEntry, IncompleteInputAsCodeopDecidesIt) {
    EXPECT_EQ(decision("x = 1"), "complete");
    EXPECT_EQ(decision("x ="), "error: invalid syntax");
    EXPECT_EQ(decision("if x:"), "incomplete");
    EXPECT_EQ(decision("if x:\n  pass"), "incomplete");
    EXPECT_EQ(decision("if x:\n  pass\n"), "complete");
    EXPECT_EQ(decision("def f():\n  return 1\n"), "complete");
    EXPECT_EQ(decision("def f():\n  return 1\n\n"), "complete");
    EXPECT_EQ(decision("(1 +"), "incomplete");
    EXPECT_EQ(decision("[1,\n 2"), "incomplete");
    EXPECT_EQ(decision("'''abc"), "incomplete");
    EXPECT_EQ(decision("'abc"), "error: unterminated string literal (detected at line 1)");
    EXPECT_EQ(decision("x = 1 \\"), "incomplete");
    EXPECT_EQ(decision("for i in range(3):\n  print(i)\n"), "complete");
    EXPECT_EQ(decision("1 +"), "error: invalid syntax");
    EXPECT_EQ(decision("print("), "incomplete");
    EXPECT_EQ(decision("class A:\n  x = 1\n\n"), "complete");
    EXPECT_EQ(decision("@dec"), "incomplete");
    EXPECT_EQ(decision("@dec\n"), "incomplete");
    EXPECT_EQ(decision("try:\n  x\n"), "incomplete");
    EXPECT_EQ(decision("try:\n  x\nexcept E:\n  pass\n"), "complete");
    EXPECT_EQ(decision("x = ["), "incomplete");
    EXPECT_EQ(decision("lambda:"), "error: invalid syntax");
    EXPECT_EQ(decision("if x:\n  pass\nelse:"), "incomplete");
    EXPECT_EQ(decision("def f(:"), "error: invalid syntax");
    EXPECT_EQ(decision(")"), "error: unmatched ')'");
    EXPECT_EQ(decision("a b"), "error: invalid syntax");
    EXPECT_EQ(decision(""), "complete");
    EXPECT_EQ(decision("# comment"), "complete");
    EXPECT_EQ(decision("if 1:\n  x = (\n"), "incomplete");
    EXPECT_EQ(decision("async def f():\n  await g()\n"), "complete");
    EXPECT_EQ(decision("await x"), "error: 'await' outside function");
    EXPECT_EQ(decision("with a:"), "incomplete");
    EXPECT_EQ(decision("x = 1\ny = 2"), "error: multiple statements found while compiling a single statement");
    EXPECT_EQ(decision("if 1:\npass"), "error: expected an indented block after 'if' statement on line 1");
}

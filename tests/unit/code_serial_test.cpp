// Code units as bytes (interpreter/code_serial.hpp): what the built-in modules are frozen into at build time
// comes back identical — the same listing, the same locations — and malformed bytes are refused, not trusted.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "interpreter/code_serial.hpp"
#include "interpreter/compile.hpp"

using namespace weft::front;

namespace {

std::shared_ptr<CodeUnit> compiled(std::shared_ptr<SourceFile const> const& file) {
    CompileResult r = compile(file, CompileMode::Exec);
    EXPECT_TRUE(r.code) << (r.error ? r.error->message : "");
    return r.code;
}

void expect_same_locations(CodeUnit const& a, CodeUnit const& b) {
    ASSERT_EQ(a.locations.size(), b.locations.size());
    for (std::size_t i = 0; i < a.locations.size(); ++i) {
        EXPECT_EQ(a.locations[i].line, b.locations[i].line);
        EXPECT_EQ(a.locations[i].column, b.locations[i].column);
        EXPECT_EQ(a.locations[i].end_line, b.locations[i].end_line);
        EXPECT_EQ(a.locations[i].end_column, b.locations[i].end_column);
    }
    ASSERT_EQ(a.consts.size(), b.consts.size());
    for (std::size_t i = 0; i < a.consts.size(); ++i)
        if (a.consts[i].code) expect_same_locations(*a.consts[i].code, *b.consts[i].code);
}

} // namespace

TEST(CodeSerial, RoundTripKeepsEverything) {
    auto file = std::make_shared<SourceFile>("<frozen m>", R"(
import sys
X = (1, 2.5, -3, 10**30, "text", b"bytes", 2j, None, True, ..., ("nested", (1,)))
def f(a, /, b=1, *args, c, **kw):
    def g():
        nonlocal a
        a += 1
        return a
    try:
        return g() + b
    except (ValueError, KeyError) as e:
        raise RuntimeError("x") from e
    finally:
        pass
class C:
    def m(self):
        return super().m()
async def co():
    async with x as y:
        pass
match X:
    case (1, *rest) if rest:
        pass
    case {"k": v, **others}:
        pass
)");
    std::shared_ptr<CodeUnit> unit = compiled(file);
    std::string bytes = serialize_code(*unit);
    std::shared_ptr<CodeUnit> back = deserialize_code(bytes, file);
    ASSERT_TRUE(back);
    EXPECT_EQ(disassemble(*unit), disassemble(*back));
    expect_same_locations(*unit, *back);
    EXPECT_EQ(serialize_code(*back), bytes);
    EXPECT_EQ(back->source, file);
    EXPECT_LT(bytes.size(), file->text().size() * 4);
}

TEST(CodeSerial, MalformedBytesAreRefused) {
    auto file = std::make_shared<SourceFile>("<frozen m>", "x = [1, 2, 3]\nprint(x)\n");
    std::string bytes = serialize_code(*compiled(file));
    for (std::size_t cut = 0; cut < bytes.size(); ++cut)
        EXPECT_FALSE(deserialize_code(std::string_view(bytes).substr(0, cut), file)) << cut;
    EXPECT_FALSE(deserialize_code(std::string(64, '\xff'), file));
}

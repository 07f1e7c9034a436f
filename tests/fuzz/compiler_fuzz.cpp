// libFuzzer target for the whole front end: arbitrary bytes are compiled (parse, scopes, code generation, stack
// depths) in each of CPython's modes. A compile either gives code or says why it failed; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "interpreter/compile.hpp"
#include "interpreter/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    using namespace weft::front;
    auto source = std::make_shared<SourceFile const>("<fuzz>", std::string(reinterpret_cast<char const*>(data), size));
    for (CompileMode mode : {CompileMode::Exec, CompileMode::Single, CompileMode::Eval}) {
        CompileResult result = compile(source, mode);
        // a failed compile says why, or (Single mode) that more lines could complete it
        if (!result.code && !result.error && !result.incomplete) __builtin_trap();
    }
    return 0;
}

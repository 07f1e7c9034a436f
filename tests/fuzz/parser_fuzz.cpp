// libFuzzer entry point for the front end's first stages: arbitrary bytes go through parse_module(), and a
// tree that comes out is dumped. Nothing may crash, hang or leak, whatever the input. Built as fuzz_parser when
// the project is configured with -DWEFT_FUZZ=ON (tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string>

#include "interpreter/ast.hpp"
#include "interpreter/parser.hpp"
#include "interpreter/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    using namespace weft::front;
    SourceFile source("<fuzz>", std::string(reinterpret_cast<char const*>(data), size));
    ParseResult result = parse_module(source);
    if (result.module != nullptr) {
        std::string const dump = ast_dump(*result.module, DumpAttributes::Yes);
        if (dump.empty())
            __builtin_trap(); // a successful parse always dumps a Module(...)
    } else if (!result.error.has_value() ||
               (result.error->message.empty() && result.error->kind == "SyntaxError")) {
        __builtin_trap(); // a failed parse always says why
    }
    return 0;
}

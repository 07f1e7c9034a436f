// libFuzzer target for the lexer: arbitrary bytes are tokenized to the end (or the first error). Nothing may crash,
// hang or leak, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "interpreter/lexer.hpp"
#include "interpreter/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    using namespace weft::front;
    SourceFile source("<fuzz>", std::string(reinterpret_cast<char const*>(data), size));
    Lexer lexer(source);
    // every token consumes input, so a source of n bytes ends within a bounded number of tokens (indentation
    // and the final NEWLINE/DEDENTs add at most a few per line)
    for (std::size_t count = 0; count < 4 * size + 64; ++count) {
        Token t = lexer.next();
        if (t.kind == TokenKind::EndOfFile || t.kind == TokenKind::Error) return 0;
    }
    __builtin_trap();  // the lexer never ended
}

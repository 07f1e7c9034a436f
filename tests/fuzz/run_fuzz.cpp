// libFuzzer target for the whole engine: arbitrary bytes are compiled and run as a script, the way a host runs an
// untrusted one (weft/engine.hpp's sandbox): no files or processes, a memory cap, a time limit, a virtual clock (a
// sleep takes no time) and its output thrown away. The script may raise anything; the engine may not crash, hang
// or leak, and its teardown must free everything the script made.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "weft/weft.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    weft::Options options;
    options.files_and_processes = false;
    options.memory_limit = 64u << 20;
    options.time_limit = 1.0;  // a script that runs on is stopped by weft.LimitExceeded (a BaseException)
    options.virtual_clock = true;
    options.stdout_sink = [](std::string_view) {};
    options.stderr_sink = [](std::string_view) {};
    weft::Engine engine(std::move(options));
    try {
        engine.run_string(std::string_view(reinterpret_cast<char const*>(data), size), "<fuzz>");
    } catch (weft::Error const&) {
        // any Python exception, SystemExit and the limits included, is an answer
    }
    return 0;
}

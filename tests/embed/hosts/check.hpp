// Checks for the embedding tests' host programs: each program checks what it sees and exits 1 at the first
// difference, naming the line and both values.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <weft/weft.hpp>

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            std::exit(1);                                                                 \
        }                                                                                 \
    } while (0)

#define CHECK_EQ(actual, expected)                                                                \
    do {                                                                                          \
        auto const& a_ = (actual);                                                                \
        auto const& e_ = (expected);                                                              \
        if (!(a_ == e_)) {                                                                        \
            std::ostringstream out_;                                                              \
            out_ << __FILE__ << ":" << __LINE__ << ": " << #actual << "\n  is:       " << a_      \
                 << "\n  expected: " << e_ << "\n";                                               \
            std::fputs(out_.str().c_str(), stderr);                                               \
            std::exit(1);                                                                         \
        }                                                                                         \
    } while (0)

// "Type: message" of the weft::Error that `f` throws, or "no error".
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (weft::Error const& e) {
        return e.type_name() + ": " + e.message();
    }
    return "no error";
}

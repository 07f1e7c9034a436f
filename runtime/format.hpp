// rt::format: "{}" substitution for messages (g++ 12 has no <format>). Enough for CPython's message texts.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace weft::rt {

inline void format_arg(std::string& out, std::string_view s) { out.append(s); }
inline void format_arg(std::string& out, std::string const& s) { out.append(s); }
inline void format_arg(std::string& out, char const* s) { out.append(s); }
inline void format_arg(std::string& out, char c) { out.push_back(c); }
inline void format_arg(std::string& out, long long v) { out.append(std::to_string(v)); }
inline void format_arg(std::string& out, long v) { out.append(std::to_string(v)); }
inline void format_arg(std::string& out, int v) { out.append(std::to_string(v)); }
inline void format_arg(std::string& out, unsigned long v) { out.append(std::to_string(v)); }
inline void format_arg(std::string& out, unsigned long long v) { out.append(std::to_string(v)); }
inline void format_arg(std::string& out, unsigned v) { out.append(std::to_string(v)); }
// an object's address as its repr shows it: "0x7f3a9c0b2e40"
inline void format_arg(std::string& out, void const* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    out.append(buf);
}

inline void format_into(std::string& out, std::string_view fmt) { out.append(fmt); }

template <class First, class... Rest>
void format_into(std::string& out, std::string_view fmt, First const& first, Rest const&... rest) {
    std::size_t pos = fmt.find("{}");
    if (pos == std::string_view::npos) {
        out.append(fmt);
        return;
    }
    out.append(fmt.substr(0, pos));
    format_arg(out, first);
    format_into(out, fmt.substr(pos + 2), rest...);
}

template <class... Args>
std::string format(std::string_view fmt, Args const&... args) {
    std::string out;
    format_into(out, fmt, args...);
    return out;
}

} // namespace weft::rt

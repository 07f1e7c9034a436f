// Lookups in the generated tables: a code point's block in stage 1, its record in stage 2.
#include "interpreter/unicode.hpp"

#include <cstdint>

#include "interpreter/text.hpp"

namespace weft::unicode {

namespace {

struct UnicodeRecord {
    std::uint16_t flags;
    std::int8_t decimal;
    std::int8_t digit;
    std::int32_t upper, lower, title, fold;  // a delta to one code point, or 2^30 + an index into the long mappings
};

enum Flag : std::uint16_t {
    Alpha = 1 << 0, Decimal = 1 << 1, Digit = 1 << 2, Numeric = 1 << 3, Space = 1 << 4, Lower = 1 << 5,
    Upper = 1 << 6, Title = 1 << 7, Cased = 1 << 8, CaseIgnorable = 1 << 9, XidStart = 1 << 10,
    XidContinue = 1 << 11, Printable = 1 << 12,
};

#include "unicode_tables.inc"

UnicodeRecord const& record(char32_t c) {
    if (c >= 0x110000)
        c = 0xFFFF;  // unassigned
    std::uint32_t block = unicode_stage1[c >> unicode_block_bits];
    return unicode_records[unicode_stage2[(block << unicode_block_bits) | (c & ((1u << unicode_block_bits) - 1))]];
}

bool has(char32_t c, std::uint16_t flag) { return (record(c).flags & flag) != 0; }

void append_mapping(std::string& out, char32_t c, std::int32_t m) {
    if (m >= (1 << 30)) {  // deltas are below 2^21 in size: larger values are indexes
        std::uint32_t const* p = unicode_long_mappings + (m & ~(1 << 30));
        for (std::uint32_t i = 1; i <= p[0]; ++i) text::append_utf8(out, p[i]);
        return;
    }
    text::append_utf8(out, static_cast<char32_t>(static_cast<std::int32_t>(c) + m));
}

} // namespace

bool is_alpha(char32_t c) { return has(c, Alpha); }
bool is_decimal(char32_t c) { return has(c, Decimal); }
bool is_digit(char32_t c) { return has(c, Digit); }
bool is_numeric(char32_t c) { return has(c, Numeric); }
bool is_space(char32_t c) { return has(c, Space); }
bool is_lower(char32_t c) { return has(c, Lower); }
bool is_upper(char32_t c) { return has(c, Upper); }
bool is_title(char32_t c) { return has(c, Title); }
bool is_cased(char32_t c) { return has(c, Cased); }
bool is_case_ignorable(char32_t c) { return has(c, CaseIgnorable); }
bool is_xid_start(char32_t c) { return has(c, XidStart); }
bool is_xid_continue(char32_t c) { return has(c, XidContinue); }
bool is_printable(char32_t c) { return has(c, Printable); }
int decimal_value(char32_t c) { return record(c).decimal; }
int digit_value(char32_t c) { return record(c).digit; }

void append_upper(std::string& out, char32_t c) { append_mapping(out, c, record(c).upper); }
void append_lower(std::string& out, char32_t c) { append_mapping(out, c, record(c).lower); }
void append_title(std::string& out, char32_t c) { append_mapping(out, c, record(c).title); }
void append_casefold(std::string& out, char32_t c) { append_mapping(out, c, record(c).fold); }

} // namespace weft::unicode

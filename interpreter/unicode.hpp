// The Unicode character database as str's methods use it: character classes and full case mappings, from tables
// generated at build time from Debian's unicode-data package (unicode_tablegen.cpp). CPython: Objects/unicodectype.c.
#pragma once

#include <string>

namespace weft::unicode {

bool is_alpha(char32_t c);
bool is_decimal(char32_t c);      // str.isdecimal (category Nd)
bool is_digit(char32_t c);        // str.isdigit (a digit value)
bool is_numeric(char32_t c);      // str.isnumeric (a numeric value)
bool is_space(char32_t c);        // str.isspace, and what split()/strip() remove by default
bool is_lower(char32_t c);        // the Lowercase property
bool is_upper(char32_t c);        // the Uppercase property
bool is_title(char32_t c);        // category Lt
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_xid_start(char32_t c);
bool is_xid_continue(char32_t c);
bool is_printable(char32_t c);
int decimal_value(char32_t c);    // 0..9, or -1
int digit_value(char32_t c);      // 0..9, or -1

// The full case mappings (SpecialCasing: 'ß'.upper() is "SS"), appended as UTF-8.
void append_upper(std::string& out, char32_t c);
void append_lower(std::string& out, char32_t c);
void append_title(std::string& out, char32_t c);
void append_casefold(std::string& out, char32_t c);

} // namespace weft::unicode

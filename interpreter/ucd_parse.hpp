// What the build-time generators of Unicode tables share (unicode_tablegen.cpp, unicode_database_gen.cpp): reading
// the Unicode Character Database's semicolon-separated files, and packing a value per code point into a two-stage
// table of blocks (the layout of CPython's Tools/unicode/makeunicodedata.py).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace weft::ucd {

constexpr std::uint32_t code_points = 0x110000;
constexpr std::uint32_t block_bits = 7;

inline std::vector<std::string> split(std::string const& line, char sep) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, sep)) out.push_back(field);
    if (!line.empty() && line.back() == sep) out.emplace_back();
    return out;
}

inline std::string trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
    return s.substr(b);
}

inline std::vector<std::uint32_t> code_list(std::string const& text) {
    std::vector<std::uint32_t> out;
    std::istringstream in(text);
    std::string hex;
    while (in >> hex) out.push_back(static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16)));
    return out;
}

inline std::ifstream open_file(std::string const& dir, char const* name) {
    std::ifstream in(dir + "/" + name);
    if (!in) {
        std::cerr << "weft: cannot read the Unicode data file " << dir << "/" << name << "\n";
        std::exit(1);
    }
    return in;
}

// Calls fn(lo, hi, fields) for each data line "XXXX..YYYY ; field ; ..." of a property file, comments removed.
template <class Fn>
void for_each_range(std::string const& dir, char const* name, Fn&& fn) {
    std::ifstream in = open_file(dir, name);
    std::string line;
    while (std::getline(in, line)) {
        std::size_t hash = line.find('#');
        if (hash != std::string::npos) line = line.substr(0, hash);
        std::vector<std::string> f = split(line, ';');
        if (f.size() < 2) continue;
        for (auto& x : f) x = trim(x);
        std::size_t dots = f[0].find("..");
        auto lo = static_cast<std::uint32_t>(std::stoul(f[0].substr(0, dots), nullptr, 16));
        auto hi = dots == std::string::npos ? lo : static_cast<std::uint32_t>(std::stoul(f[0].substr(dots + 2), nullptr, 16));
        fn(lo, hi, f);
    }
}

// A value per code point as two stages: stage1[cp >> block_bits] is a block number, stage2[block << block_bits |
// (cp & mask)] the value; identical blocks are stored once.
struct TwoStage {
    std::vector<std::uint16_t> stage1, stage2;
};

inline TwoStage two_stage(std::vector<std::uint16_t> const& per_code_point) {
    TwoStage t;
    std::map<std::vector<std::uint16_t>, std::uint16_t> blocks;
    std::uint32_t block = 1u << block_bits;
    for (std::uint32_t start = 0; start < code_points; start += block) {
        std::vector<std::uint16_t> b(per_code_point.begin() + start, per_code_point.begin() + start + block);
        auto it = blocks.find(b);
        if (it == blocks.end()) {
            it = blocks.emplace(b, static_cast<std::uint16_t>(t.stage2.size() >> block_bits)).first;
            t.stage2.insert(t.stage2.end(), b.begin(), b.end());
        }
        t.stage1.push_back(it->second);
    }
    return t;
}

// Each code point's record, stored once per distinct value: fills `records` (in first-seen order) and gives the
// two-stage table of their indices.
template <class Record>
TwoStage shared_records(std::vector<Record> const& per_code_point, std::vector<Record>& records) {
    std::map<Record, std::uint16_t> index;
    std::vector<std::uint16_t> numbers(code_points);
    for (std::uint32_t c = 0; c < code_points; ++c) {
        auto it = index.find(per_code_point[c]);
        if (it == index.end()) {
            it = index.emplace(per_code_point[c], static_cast<std::uint16_t>(records.size())).first;
            records.push_back(per_code_point[c]);
        }
        numbers[c] = it->second;
    }
    return two_stage(numbers);
}

// Writes `constexpr type name[] = {...};`.
template <class Values>
void write_array(std::ostream& out, char const* type, char const* name, Values const& values) {
    out << "constexpr " << type << " " << name << "[] = {";
    std::size_t i = 0;
    for (auto const& v : values) out << (i++ % 24 == 0 ? "\n    " : "") << +v << ",";
    out << "\n};\n";
}

} // namespace weft::ucd

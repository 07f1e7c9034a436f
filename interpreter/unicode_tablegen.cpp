// Builds interpreter/unicode.cpp's tables from the Unicode Character Database of Debian's unicode-data package
// (UnicodeData.txt, DerivedCoreProperties.txt, SpecialCasing.txt, CaseFolding.txt), at build time:
//     weft_unicode_tablegen /usr/share/unicode unicode_tables.inc
// Each code point gets a record (its character classes and the deltas to its simple case mappings, or an index
// into the list of longer mappings); records are shared, and found through a two-stage table of 128-code-point
// blocks, the layout of CPython's Tools/unicode/makeunicodedata.py (whose flags it follows).
#include <array>
#include <cstdio>
#include <tuple>

#include "interpreter/ucd_parse.hpp"

namespace {

using namespace weft::ucd;

enum Flag : std::uint16_t {
    Alpha = 1 << 0, Decimal = 1 << 1, Digit = 1 << 2, Numeric = 1 << 3, Space = 1 << 4, Lower = 1 << 5,
    Upper = 1 << 6, Title = 1 << 7, Cased = 1 << 8, CaseIgnorable = 1 << 9, XidStart = 1 << 10,
    XidContinue = 1 << 11, Printable = 1 << 12,
};

struct Record {
    std::uint16_t flags = 0;
    std::int8_t decimal = -1;
    std::int8_t digit = -1;
    // case mappings: a delta to one code point, or 2^30 + an index into the long mappings
    std::int32_t upper = 0, lower = 0, title = 0, fold = 0;
    bool operator<(Record const& o) const {
        return std::tie(flags, decimal, digit, upper, lower, title, fold) <
               std::tie(o.flags, o.decimal, o.digit, o.upper, o.lower, o.title, o.fold);
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: weft_unicode_tablegen UCD_DIR UNIHAN_NUMERIC_VALUES OUTPUT\n";
        return 2;
    }
    std::string dir = argv[1];
    std::vector<std::string> category(code_points, "Cn");
    std::vector<std::string> bidi(code_points);
    std::vector<Record> record(code_points);
    std::vector<std::array<std::vector<std::uint32_t>, 4>> mapping(code_points);  // upper, lower, title, fold

    // UnicodeData.txt: category, bidi class, decimal/digit/numeric, simple case mappings
    {
        std::ifstream in = open_file(dir, "UnicodeData.txt");
        std::string line;
        std::uint32_t range_start = 0;
        while (std::getline(in, line)) {
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 15) continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(f[0], nullptr, 16));
            std::uint32_t first = cp;
            if (f[1].find(", First>") != std::string::npos) {
                range_start = cp;
                continue;
            }
            if (f[1].find(", Last>") != std::string::npos) first = range_start;
            for (std::uint32_t c = first; c <= cp; ++c) {
                category[c] = f[2];
                bidi[c] = f[4];
                Record& r = record[c];
                if (!f[6].empty()) { r.flags |= Decimal; r.decimal = static_cast<std::int8_t>(std::stoi(f[6])); }
                if (!f[7].empty()) { r.flags |= Digit; r.digit = static_cast<std::int8_t>(std::stoi(f[7])); }
                if (!f[8].empty()) r.flags |= Numeric;
                if (!f[12].empty()) mapping[c][0] = code_list(f[12]);
                if (!f[13].empty()) mapping[c][1] = code_list(f[13]);
                if (!f[14].empty()) mapping[c][2] = code_list(f[14]);
            }
        }
    }
    // DerivedCoreProperties.txt: Lowercase, Uppercase, Cased, Case_Ignorable, XID_Start, XID_Continue
    {
        std::map<std::string, std::uint16_t> wanted = {{"Lowercase", Lower}, {"Uppercase", Upper}, {"Cased", Cased},
                                                       {"Case_Ignorable", CaseIgnorable}, {"XID_Start", XidStart},
                                                       {"XID_Continue", XidContinue}};
        for_each_range(dir, "DerivedCoreProperties.txt", [&](std::uint32_t lo, std::uint32_t hi, auto const& f) {
            auto it = wanted.find(f[1]);
            if (it == wanted.end()) return;
            for (std::uint32_t c = lo; c <= hi; ++c) record[c].flags |= it->second;
        });
    }
    // Unihan_NumericValues.txt (uncompressed): ideographs with a numeric value are numeric ('一'.isnumeric())
    {
        std::ifstream in(argv[2]);
        std::string line;
        while (std::getline(in, line)) {
            if (line.size() < 3 || line[0] != 'U') continue;
            record[static_cast<std::uint32_t>(std::stoul(line.substr(2, line.find('\t') - 2), nullptr, 16))].flags |= Numeric;
        }
    }
    // SpecialCasing.txt: the unconditional full mappings (ß -> SS, ...)
    {
        std::ifstream in = open_file(dir, "SpecialCasing.txt");
        std::string line;
        while (std::getline(in, line)) {
            std::size_t hash = line.find('#');
            if (hash != std::string::npos) line = line.substr(0, hash);
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 4 || (f.size() > 5 && !trim(f[4]).empty())) continue;  // conditional mappings are skipped
            if (f.size() == 5 && !trim(f[4]).empty()) continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(trim(f[0]), nullptr, 16));
            mapping[cp][1] = code_list(f[1]);
            mapping[cp][2] = code_list(f[2]);
            mapping[cp][0] = code_list(f[3]);
        }
    }
    // CaseFolding.txt: full case folding (status C and F)
    {
        std::ifstream in = open_file(dir, "CaseFolding.txt");
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 3) continue;
            std::string status = trim(f[1]);
            if (status != "C" && status != "F") continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(trim(f[0]), nullptr, 16));
            mapping[cp][3] = code_list(f[2]);
        }
    }
    // Character classes as CPython's str methods use them (Objects/unicodectype.c)
    for (std::uint32_t c = 0; c < code_points; ++c) {
        std::string const& cat = category[c];
        Record& r = record[c];
        if (cat == "Lu" || cat == "Ll" || cat == "Lt" || cat == "Lm" || cat == "Lo") r.flags |= Alpha;
        if (cat == "Lt") r.flags |= Title;
        if (bidi[c] == "WS" || bidi[c] == "B" || bidi[c] == "S" || cat == "Zs") r.flags |= Space;
        bool unprintable = cat == "Cc" || cat == "Cf" || cat == "Cs" || cat == "Co" || cat == "Cn" || cat == "Zl" ||
                           cat == "Zp" || (cat == "Zs" && c != ' ');
        if (!unprintable) r.flags |= Printable;
    }
    // mappings: a delta when the mapping is one code point, else an index into the long ones
    std::vector<std::uint32_t> long_mappings;  // each: its length, then the code points
    std::map<std::vector<std::uint32_t>, std::int32_t> long_index;
    auto encode = [&](std::uint32_t c, std::vector<std::uint32_t> const& m) -> std::int32_t {
        if (m.empty()) return 0;
        if (m.size() == 1) return static_cast<std::int32_t>(m[0]) - static_cast<std::int32_t>(c);
        auto it = long_index.find(m);
        if (it != long_index.end()) return it->second;
        auto index = static_cast<std::int32_t>(long_mappings.size()) | (1 << 30);
        long_mappings.push_back(static_cast<std::uint32_t>(m.size()));
        long_mappings.insert(long_mappings.end(), m.begin(), m.end());
        long_index[m] = index;
        return index;
    };
    for (std::uint32_t c = 0; c < code_points; ++c) {
        Record& r = record[c];
        r.upper = encode(c, mapping[c][0]);
        r.lower = encode(c, mapping[c][1]);
        r.title = encode(c, mapping[c][2]);
        // no folding given: the lowercase mapping's first code point (CPython: _PyUnicode_ToFoldedFull)
        r.fold = mapping[c][3].empty() ? r.lower : encode(c, mapping[c][3]);
    }
    // shared records, then shared blocks
    std::vector<Record> records;
    TwoStage table = shared_records(record, records);
    std::ofstream out(argv[3]);
    out << "// Generated by weft_unicode_tablegen from the Unicode Character Database; do not edit.\n";
    out << "constexpr unsigned unicode_block_bits = " << block_bits << ";\n";
    out << "constexpr UnicodeRecord unicode_records[] = {\n";
    for (Record const& r : records)
        out << "    {" << r.flags << ", " << int(r.decimal) << ", " << int(r.digit) << ", " << r.upper << ", " << r.lower << ", "
            << r.title << ", " << r.fold << "},\n";
    out << "};\n";
    write_array(out, "std::uint16_t", "unicode_stage1", table.stage1);
    write_array(out, "std::uint16_t", "unicode_stage2", table.stage2);
    write_array(out, "std::uint32_t", "unicode_long_mappings", long_mappings);
    return out ? 0 : 1;
}

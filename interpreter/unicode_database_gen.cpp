// Builds interpreter/unicode_database.cpp's tables, the part of the Unicode Character Database that unicodedata and
// \N{...} escapes need beyond str's (unicode_tablegen.cpp): each code point's category, bidirectional class,
// combining class, East Asian width, mirroring, decomposition and numeric value; the canonical compositions; and the
// character names (as a word list and the names as word numbers, about a third of their text), aliases and named
// sequences. At build time, from Debian's unicode-data package:
//     weft_unicode_database_gen UCD_DIR UNIHAN_NUMERIC_VALUES OUTPUT
// (UNIHAN_NUMERIC_VALUES: Unihan_NumericValues.txt, uncompressed). CPython: Tools/unicode/makeunicodedata.py.
#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "interpreter/ucd_parse.hpp"

namespace {

using namespace weft::ucd;

struct Record {
    std::uint8_t category = 0, bidi = 0, combining = 0, width = 0, mirrored = 0;
    std::int16_t numeric = -1;        // index into the numeric values, or -1
    std::uint32_t decomposition = 0;  // index into the decompositions, or 0
    auto key() const { return std::tie(category, bidi, combining, width, mirrored, numeric, decomposition); }
    bool operator<(Record const& o) const { return key() < o.key(); }
};

// The index of `name` in `names`, appended when new.
std::uint8_t intern(std::vector<std::string>& names, std::string const& name) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return static_cast<std::uint8_t>(it - names.begin());
    names.push_back(name);
    return static_cast<std::uint8_t>(names.size() - 1);
}

void write_strings(std::ostream& out, char const* name, std::vector<std::string> const& values) {
    out << "constexpr char const* " << name << "[] = {";
    for (auto const& v : values) out << "\"" << v << "\", ";
    out << "};\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: weft_unicode_database_gen UCD_DIR UNIHAN_NUMERIC_VALUES OUTPUT\n";
        return 2;
    }
    std::string dir = argv[1];
    std::vector<Record> record(code_points);
    // an unassigned code point has CPython's dummy record: category Cn, no bidi class, width "F" (its
    // makeunicodedata.py gives East Asian widths to assigned characters only)
    std::vector<std::string> categories = {"Cn"}, bidi_classes = {""}, widths = {"F"}, tags = {""};
    std::vector<bool> assigned(code_points);
    std::vector<std::uint32_t> decompositions = {0};  // [0] unused: 0 means none
    std::vector<double> numeric_values;
    std::map<double, std::int16_t> numeric_index;
    auto numeric = [&](double v) {
        auto it = numeric_index.find(v);
        if (it != numeric_index.end()) return it->second;
        numeric_values.push_back(v);
        return numeric_index[v] = static_cast<std::int16_t>(numeric_values.size() - 1);
    };
    std::vector<std::pair<std::uint32_t, std::string>> names;  // code point, name
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cjk_ranges;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> canonical_pairs;  // two-code-point canonical decompositions
    std::vector<std::uint32_t> pair_owner;

    // UnicodeData.txt
    {
        std::ifstream in = open_file(dir, "UnicodeData.txt");
        std::string line;
        std::uint32_t range_start = 0;
        while (std::getline(in, line)) {
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 15) continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(f[0], nullptr, 16));
            std::string const& name = f[1];
            if (name.find(", First>") != std::string::npos) {
                range_start = cp;
                continue;
            }
            std::uint32_t first = cp;
            if (name.find(", Last>") != std::string::npos) {
                first = range_start;
                if (name.starts_with("<CJK Ideograph")) cjk_ranges.emplace_back(first, cp);
            } else if (name[0] != '<') {
                names.emplace_back(cp, name);
            }
            Record r;
            r.category = intern(categories, f[2]);
            r.combining = static_cast<std::uint8_t>(std::stoi(f[3]));
            r.bidi = intern(bidi_classes, f[4]);
            r.mirrored = f[9] == "Y";
            if (!f[5].empty()) {
                std::string tag;
                std::string rest = f[5];
                if (rest[0] == '<') {
                    tag = rest.substr(0, rest.find('>') + 1);
                    rest = rest.substr(tag.size());
                }
                std::vector<std::uint32_t> cps = code_list(rest);
                r.decomposition = static_cast<std::uint32_t>(decompositions.size());
                decompositions.push_back(static_cast<std::uint32_t>(intern(tags, tag)) << 8 | static_cast<std::uint32_t>(cps.size()));
                decompositions.insert(decompositions.end(), cps.begin(), cps.end());
                if (tag.empty() && cps.size() == 2) {
                    canonical_pairs.emplace_back(cps[0], cps[1]);
                    pair_owner.push_back(cp);
                }
            }
            if (!f[8].empty()) {
                std::size_t slash = f[8].find('/');
                double v = slash == std::string::npos ? std::stod(f[8])
                                                      : std::stod(f[8].substr(0, slash)) / std::stod(f[8].substr(slash + 1));
                r.numeric = numeric(v);
            }
            for (std::uint32_t c = first; c <= cp; ++c) {
                record[c] = r;
                assigned[c] = true;
            }
        }
    }
    // Unihan's numeric values of ideographs (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric)
    {
        std::ifstream in(argv[2]);
        if (!in) {
            std::cerr << "weft_unicode_database_gen: cannot read " << argv[2] << "\n";
            return 1;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            std::vector<std::string> f = split(line, '\t');
            if (f.size() < 3 || f[0].size() < 3) continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(f[0].substr(2), nullptr, 16));
            record[cp].numeric = numeric(std::stod(f[2]));
        }
    }
    // EastAsianWidth.txt
    std::uint8_t neutral = intern(widths, "N");
    for (std::uint32_t c = 0; c < code_points; ++c)
        if (assigned[c]) record[c].width = neutral;
    for_each_range(dir, "EastAsianWidth.txt", [&](std::uint32_t lo, std::uint32_t hi, auto const& f) {
        std::uint8_t w = intern(widths, f[1]);
        for (std::uint32_t c = lo; c <= hi; ++c)
            if (assigned[c]) record[c].width = w;
    });
    // the canonical compositions: two-code-point canonical decompositions not excluded from composition
    std::set<std::uint32_t> excluded;
    for_each_range(dir, "DerivedNormalizationProps.txt", [&](std::uint32_t lo, std::uint32_t hi, auto const& f) {
        if (f[1] == "Full_Composition_Exclusion")
            for (std::uint32_t c = lo; c <= hi; ++c) excluded.insert(c);
    });
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> compositions;
    for (std::size_t i = 0; i < canonical_pairs.size(); ++i)
        if (!excluded.count(pair_owner[i]))
            compositions.emplace_back(canonical_pairs[i].first, canonical_pairs[i].second, pair_owner[i]);
    std::sort(compositions.begin(), compositions.end());

    // names: the words, most frequent first, and each name as word numbers (one byte below 128, else two)
    std::map<std::string, std::size_t> frequency;
    for (auto const& [cp, name] : names)
        for (auto const& w : split(name, ' ')) ++frequency[w];
    std::vector<std::string> words;
    for (auto const& [w, n] : frequency) words.push_back(w);
    std::stable_sort(words.begin(), words.end(), [&](auto const& a, auto const& b) { return frequency[a] > frequency[b]; });
    std::map<std::string, std::uint32_t> word_number;
    for (std::size_t i = 0; i < words.size(); ++i) word_number[words[i]] = static_cast<std::uint32_t>(i);
    std::vector<std::uint8_t> name_bytes;
    std::vector<std::uint32_t> named_code_points, name_offsets;
    for (auto const& [cp, name] : names) {
        named_code_points.push_back(cp);
        name_offsets.push_back(static_cast<std::uint32_t>(name_bytes.size()));
        for (auto const& w : split(name, ' ')) {
            std::uint32_t n = word_number[w];
            if (n < 128) {
                name_bytes.push_back(static_cast<std::uint8_t>(n));
            } else {
                name_bytes.push_back(static_cast<std::uint8_t>(0x80 | (n >> 8)));
                name_bytes.push_back(static_cast<std::uint8_t>(n & 0xff));
            }
        }
    }
    name_offsets.push_back(static_cast<std::uint32_t>(name_bytes.size()));
    std::vector<std::uint32_t> by_name(names.size());
    for (std::uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::sort(by_name.begin(), by_name.end(), [&](auto a, auto b) { return names[a].second < names[b].second; });
    std::string word_text;
    std::vector<std::uint32_t> word_offsets;
    for (auto const& w : words) {
        word_offsets.push_back(static_cast<std::uint32_t>(word_text.size()));
        word_text += w;
    }
    word_offsets.push_back(static_cast<std::uint32_t>(word_text.size()));

    // Hangul syllables' names are made from their jamo's short names (Jamo.txt)
    std::vector<std::string> jamo_l, jamo_v, jamo_t = {""};
    {
        std::ifstream in = open_file(dir, "Jamo.txt");
        std::string line;
        while (std::getline(in, line)) {
            std::size_t hash = line.find('#');
            if (hash != std::string::npos) line = line.substr(0, hash);
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 2) continue;
            auto cp = static_cast<std::uint32_t>(std::stoul(trim(f[0]), nullptr, 16));
            std::string shortname = trim(f[1]);
            if (cp >= 0x1100 && cp <= 0x1112) jamo_l.push_back(shortname);
            else if (cp >= 0x1161 && cp <= 0x1175) jamo_v.push_back(shortname);
            else if (cp >= 0x11A8 && cp <= 0x11C2) jamo_t.push_back(shortname);
        }
    }
    // aliases (NameAliases.txt) and named sequences (NamedSequences.txt), for lookup
    std::vector<std::pair<std::string, std::uint32_t>> aliases;
    {
        std::ifstream in = open_file(dir, "NameAliases.txt");
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 2) continue;
            aliases.emplace_back(trim(f[1]), static_cast<std::uint32_t>(std::stoul(f[0], nullptr, 16)));
        }
        std::sort(aliases.begin(), aliases.end());
    }
    std::vector<std::pair<std::string, std::vector<std::uint32_t>>> sequences;
    {
        std::ifstream in = open_file(dir, "NamedSequences.txt");
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            std::vector<std::string> f = split(line, ';');
            if (f.size() < 2) continue;
            sequences.emplace_back(trim(f[0]), code_list(f[1]));
        }
        std::sort(sequences.begin(), sequences.end());
    }

    // shared records, then the two-stage table
    std::vector<Record> records;
    TwoStage table = shared_records(record, records);

    // the database's version, from a file's first line ("# DerivedNormalizationProps-15.0.0.txt")
    std::string version;
    {
        std::ifstream in = open_file(dir, "DerivedNormalizationProps.txt");
        std::getline(in, version);
        std::size_t dash = version.find('-'), dot = version.rfind(".txt");
        version = dash == std::string::npos || dot == std::string::npos ? "" : version.substr(dash + 1, dot - dash - 1);
    }

    std::ofstream out(argv[3]);
    out << "// Generated by weft_unicode_database_gen from the Unicode Character Database; do not edit.\n";
    out << "constexpr char ucd_version[] = \"" << version << "\";\n";
    out << "constexpr UcdRecord ucd_records[] = {\n";
    for (Record const& r : records)
        out << "    {" << +r.category << ", " << +r.bidi << ", " << +r.combining << ", " << +r.width << ", " << +r.mirrored
            << ", " << r.numeric << ", " << r.decomposition << "},\n";
    out << "};\n";
    write_array(out, "std::uint16_t", "ucd_stage1", table.stage1);
    write_array(out, "std::uint16_t", "ucd_stage2", table.stage2);
    write_strings(out, "ucd_categories", categories);
    write_strings(out, "ucd_bidi_classes", bidi_classes);
    write_strings(out, "ucd_widths", widths);
    write_strings(out, "ucd_decomposition_tags", tags);
    write_array(out, "std::uint32_t", "ucd_decompositions", decompositions);
    out << "constexpr double ucd_numeric_values[] = {";
    for (double v : numeric_values) {
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", v);
        out << text << ", ";
    }
    out << "};\n";
    std::vector<std::uint32_t> flat;
    for (auto const& [a, b, c] : compositions) { flat.push_back(a); flat.push_back(b); flat.push_back(c); }
    write_array(out, "std::uint32_t", "ucd_compositions", flat);
    out << "constexpr char ucd_word_text[] = \"" << word_text << "\";\n";
    write_array(out, "std::uint32_t", "ucd_word_offsets", word_offsets);
    write_array(out, "std::uint8_t", "ucd_name_bytes", name_bytes);
    write_array(out, "std::uint32_t", "ucd_named_code_points", named_code_points);
    write_array(out, "std::uint32_t", "ucd_name_offsets", name_offsets);
    write_array(out, "std::uint32_t", "ucd_names_by_text", by_name);
    flat.clear();
    for (auto const& [lo, hi] : cjk_ranges) { flat.push_back(lo); flat.push_back(hi); }
    write_array(out, "std::uint32_t", "ucd_cjk_ranges", flat);
    write_strings(out, "ucd_jamo_l", jamo_l);
    write_strings(out, "ucd_jamo_v", jamo_v);
    write_strings(out, "ucd_jamo_t", jamo_t);
    out << "constexpr UcdAlias ucd_aliases[] = {\n";
    for (auto const& [name, cp] : aliases) out << "    {\"" << name << "\", " << cp << "},\n";
    out << "};\n";
    std::vector<std::uint32_t> sequence_code_points;
    out << "constexpr UcdSequence ucd_sequences[] = {\n";
    for (auto const& [name, cps] : sequences) {
        out << "    {\"" << name << "\", " << sequence_code_points.size() << ", " << cps.size() << "},\n";
        sequence_code_points.insert(sequence_code_points.end(), cps.begin(), cps.end());
    }
    out << "};\n";
    write_array(out, "std::uint32_t", "ucd_sequence_code_points", sequence_code_points);
    return out ? 0 : 1;
}

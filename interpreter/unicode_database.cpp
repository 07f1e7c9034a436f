// The Unicode Character Database's names, properties and normalization (unicode_database.hpp), over the tables
// unicode_database_gen.cpp makes at build time. Algorithmic names (Hangul syllables, CJK unified ideographs; like
// CPython 3.11, not Tangut's) and
// Hangul decomposition follow the Unicode Standard's chapter 3.12; normalization is UAX #15 (CPython:
// Modules/unicodedata.c, whose results these are; the code is ours).
#include "interpreter/unicode_database.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace weft::unicode {

namespace {

struct UcdRecord {
    std::uint8_t category, bidi, combining, width, mirrored;
    std::int16_t numeric;
    std::uint32_t decomposition;
};
struct UcdAlias {
    char const* name;
    std::uint32_t code_point;
};
struct UcdSequence {
    char const* name;
    std::uint32_t start, length;
};

#include "unicode_database.inc"

constexpr char32_t hangul_first = 0xAC00, jamo_l = 0x1100, jamo_v = 0x1161, jamo_t = 0x11A7;
constexpr std::uint32_t l_count = 19, v_count = 21, t_count = 28, n_count = v_count * t_count, s_count = l_count * n_count;

UcdRecord const& record(char32_t c) {
    if (c >= 0x110000) c = 0x10FFFF;  // unassigned
    return ucd_records[ucd_stage2[(static_cast<std::uint32_t>(ucd_stage1[c >> 7]) << 7) | (c & 127)]];
}

bool in_ranges(std::uint32_t const* ranges, std::size_t count, char32_t c) {
    for (std::size_t i = 0; i + 1 < count; i += 2)
        if (c >= ranges[i] && c <= ranges[i + 1]) return true;
    return false;
}

std::string hex(char32_t c) {
    char text[16];
    std::snprintf(text, sizeof text, "%04X", static_cast<unsigned>(c));
    return text;
}

// the name of the k-th named character, its words joined by spaces
std::string stored_name(std::size_t k) {
    std::string out;
    for (std::uint32_t i = ucd_name_offsets[k]; i < ucd_name_offsets[k + 1];) {
        std::uint32_t word = ucd_name_bytes[i++];
        if (word & 0x80) word = (word & 0x7f) << 8 | ucd_name_bytes[i++];
        if (!out.empty()) out.push_back(' ');
        out.append(ucd_word_text + ucd_word_offsets[word], ucd_word_offsets[word + 1] - ucd_word_offsets[word]);
    }
    return out;
}

std::string upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return out;
}

// "<prefix>XXXX" with 4 or 5 uppercase hex digits (the ideographs' names)
std::optional<char32_t> hex_suffix(std::string_view name, std::string_view prefix) {
    if (!name.starts_with(prefix)) return std::nullopt;
    std::string_view digits = name.substr(prefix.size());
    if (digits.size() != 4 && digits.size() != 5) return std::nullopt;
    char32_t c = 0;
    for (char ch : digits) {
        if (ch >= '0' && ch <= '9') c = c * 16 + static_cast<char32_t>(ch - '0');
        else if (ch >= 'A' && ch <= 'F') c = c * 16 + static_cast<char32_t>(ch - 'A' + 10);
        else return std::nullopt;
    }
    return c;
}

// The jamo of `names` that `text` starts with, the longest one (CPython: find_syllable); its index, or -1.
int longest_jamo(std::string_view text, char const* const* names, std::size_t count, std::size_t& length) {
    int best = -1;
    length = 0;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t n = std::strlen(names[i]);
        if (n >= length && text.starts_with(names[i]) && (best < 0 || n > length)) {
            best = static_cast<int>(i);
            length = n;
        }
    }
    return best;
}

int combining(char32_t c) { return record(c).combining; }

void decompose(char32_t c, bool compatibility, std::u32string& out) {
    if (c >= hangul_first && c < hangul_first + s_count) {
        std::uint32_t s = c - hangul_first;
        out.push_back(jamo_l + s / n_count);
        out.push_back(jamo_v + (s % n_count) / t_count);
        if (s % t_count) out.push_back(jamo_t + s % t_count);
        return;
    }
    std::uint32_t d = record(c).decomposition;
    if (d) {
        std::uint32_t header = ucd_decompositions[d];
        if ((header >> 8) == 0 || compatibility) {
            for (std::uint32_t i = 0; i < (header & 0xff); ++i) decompose(ucd_decompositions[d + 1 + i], compatibility, out);
            return;
        }
    }
    out.push_back(c);
}

std::optional<char32_t> compose_pair(char32_t a, char32_t b) {
    if (a >= jamo_l && a < jamo_l + l_count && b >= jamo_v && b < jamo_v + v_count)
        return hangul_first + ((a - jamo_l) * v_count + (b - jamo_v)) * t_count;
    if (a >= hangul_first && a < hangul_first + s_count && (a - hangul_first) % t_count == 0 && b > jamo_t &&
        b < jamo_t + t_count)
        return a + (b - jamo_t);
    std::size_t lo = 0, hi = std::size(ucd_compositions) / 3;
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        std::uint32_t const* e = ucd_compositions + 3 * mid;
        if (e[0] < a || (e[0] == a && e[1] < b)) lo = mid + 1;
        else hi = mid;
    }
    if (lo < std::size(ucd_compositions) / 3 && ucd_compositions[3 * lo] == a && ucd_compositions[3 * lo + 1] == b)
        return ucd_compositions[3 * lo + 2];
    return std::nullopt;
}

} // namespace

char const* const database_version = ucd_version;

Properties properties(char32_t c) {
    UcdRecord const& r = record(c);
    return {ucd_categories[r.category], ucd_bidi_classes[r.bidi], r.combining, ucd_widths[r.width], r.mirrored != 0};
}

std::string name_of(char32_t c) {
    if (c >= hangul_first && c < hangul_first + s_count) {
        std::uint32_t s = c - hangul_first;
        return std::string("HANGUL SYLLABLE ") + ucd_jamo_l[s / n_count] + ucd_jamo_v[(s % n_count) / t_count] +
               ucd_jamo_t[s % t_count];
    }
    if (in_ranges(ucd_cjk_ranges, std::size(ucd_cjk_ranges), c)) return "CJK UNIFIED IDEOGRAPH-" + hex(c);
    auto it = std::lower_bound(std::begin(ucd_named_code_points), std::end(ucd_named_code_points), static_cast<std::uint32_t>(c));
    if (it == std::end(ucd_named_code_points) || *it != c) return "";
    return stored_name(static_cast<std::size_t>(it - std::begin(ucd_named_code_points)));
}

std::optional<char32_t> code_point_named(std::string_view raw) {
    std::string name = upper_ascii(raw);
    // the algorithmic names: their prefix in any case, the rest as written (CPython: _getcode)
    if (name.starts_with("HANGUL SYLLABLE ")) {
        std::string_view rest = raw.substr(16);
        std::size_t n;
        int l = longest_jamo(rest, ucd_jamo_l, std::size(ucd_jamo_l), n);
        rest.remove_prefix(n);
        int v = longest_jamo(rest, ucd_jamo_v, std::size(ucd_jamo_v), n);
        rest.remove_prefix(n);
        int t = longest_jamo(rest, ucd_jamo_t, std::size(ucd_jamo_t), n);
        rest.remove_prefix(n);
        if (l >= 0 && v >= 0 && t >= 0 && rest.empty())
            return hangul_first + (static_cast<std::uint32_t>(l) * v_count + static_cast<std::uint32_t>(v)) * t_count +
                   static_cast<std::uint32_t>(t);
        return std::nullopt;
    }
    if (name.starts_with("CJK UNIFIED IDEOGRAPH-")) {
        auto c = hex_suffix(raw.substr(22), "");
        return c && in_ranges(ucd_cjk_ranges, std::size(ucd_cjk_ranges), *c) ? c : std::nullopt;
    }
    std::size_t lo = 0, hi = std::size(ucd_names_by_text);
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (stored_name(ucd_names_by_text[mid]) < name) lo = mid + 1;
        else hi = mid;
    }
    if (lo < std::size(ucd_names_by_text) && stored_name(ucd_names_by_text[lo]) == name)
        return ucd_named_code_points[ucd_names_by_text[lo]];
    auto alias = std::lower_bound(std::begin(ucd_aliases), std::end(ucd_aliases), name,
                                  [](UcdAlias const& a, std::string const& n) { return a.name < n; });
    if (alias != std::end(ucd_aliases) && alias->name == name) return alias->code_point;
    return std::nullopt;
}

std::optional<std::u32string> lookup(std::string_view raw) {
    if (auto c = code_point_named(raw)) return std::u32string(1, *c);
    std::string name = upper_ascii(raw);
    auto seq = std::lower_bound(std::begin(ucd_sequences), std::end(ucd_sequences), name,
                                [](UcdSequence const& s, std::string const& n) { return s.name < n; });
    if (seq == std::end(ucd_sequences) || seq->name != name) return std::nullopt;
    std::u32string out;
    for (std::uint32_t i = 0; i < seq->length; ++i) out.push_back(ucd_sequence_code_points[seq->start + i]);
    return out;
}

std::string decomposition(char32_t c) {
    std::uint32_t d = record(c).decomposition;
    if (!d) return "";
    std::uint32_t header = ucd_decompositions[d];
    std::string out = ucd_decomposition_tags[header >> 8];
    for (std::uint32_t i = 0; i < (header & 0xff); ++i) {
        if (!out.empty()) out.push_back(' ');
        out += hex(ucd_decompositions[d + 1 + i]);
    }
    return out;
}

std::optional<double> numeric_value(char32_t c) {
    std::int16_t n = record(c).numeric;
    if (n < 0) return std::nullopt;
    return ucd_numeric_values[n];
}

std::u32string normalize(std::string_view form, std::u32string const& text) {
    bool compatibility = form == "NFKC" || form == "NFKD";
    bool compose = form == "NFC" || form == "NFKC";
    std::u32string d;
    for (char32_t c : text) decompose(c, compatibility, d);
    // the canonical order: each run of non-starters sorted by combining class, stably
    for (std::size_t i = 1; i < d.size(); ++i) {
        int cc = combining(d[i]);
        if (cc == 0) continue;
        for (std::size_t j = i; j > 0 && combining(d[j - 1]) > cc; --j) std::swap(d[j], d[j - 1]);
    }
    if (!compose || d.empty()) return d;
    // canonical composition: each character joins the last starter unless something in between blocks it
    std::u32string out;
    std::ptrdiff_t starter = -1;
    int between = -1;  // the combining class of the last character kept since the starter; -1: none
    for (char32_t c : d) {
        int cc = combining(c);
        bool blocked = between != -1 && (between == 0 || between >= cc);
        if (starter >= 0 && !blocked) {
            if (auto composite = compose_pair(out[static_cast<std::size_t>(starter)], c)) {
                out[static_cast<std::size_t>(starter)] = *composite;
                continue;
            }
        }
        if (cc == 0) {
            starter = static_cast<std::ptrdiff_t>(out.size());
            between = -1;
        } else {
            between = cc;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace weft::unicode

// SourceFile: line table over a source text.
#include "interpreter/source.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>

#include "interpreter/text.hpp"

namespace weft::front {

SourceFile::SourceFile(std::string name, std::string text) : m_name(std::move(name)), m_text(std::move(text)) {}

// Where each line starts, found on first use: a built-in module's source is loaded with its bytecode and read only
// when a traceback shows one of its lines.
std::vector<std::uint32_t> const& SourceFile::line_starts() const {
    if (!m_line_starts.empty())
        return m_line_starts;
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        char c = m_text[i];
        if (c == '\n') {
            m_line_starts.push_back(static_cast<std::uint32_t>(i + 1));
        } else if (c == '\r') {
            if (i + 1 < m_text.size() && m_text[i + 1] == '\n')
                ++i;
            m_line_starts.push_back(static_cast<std::uint32_t>(i + 1));
        }
    }
    return m_line_starts;
}

std::string_view SourceFile::line_text(int line) const {
    if (line < 1 || line > line_count())
        return {};
    std::vector<std::uint32_t> const& starts = line_starts();
    std::size_t begin = starts[line - 1];
    std::size_t end = line < line_count() ? starts[line] : m_text.size();
    while (end > begin && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r'))
        --end;
    return std::string_view(m_text).substr(begin, end - begin);
}

int character_column(std::string_view line, int byte_column) {
    int chars = 0;
    for (int i = 0; i < byte_column && i < static_cast<int>(line.size()); ++i) {
        if (!text::is_continuation_byte(line[i]))
            ++chars;
    }
    if (byte_column > static_cast<int>(line.size()))
        chars += byte_column - static_cast<int>(line.size());
    return chars;
}

namespace {

// The encoding a comment line declares (PEP 263's `coding[:=]\s*([-\w.]+)`), or "" when it declares none.
std::string coding_of(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    if (i >= line.size() || line[i] != '#') return "";
    for (std::size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
        std::size_t p = at + 6;
        if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
        ++p;
        while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
        std::size_t start = p;
        while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) || line[p] == '-' || line[p] == '_' ||
                                   line[p] == '.'))
            ++p;
        if (p > start) return std::string(line.substr(start, p - start));
    }
    return "";
}

// Whether a line holds nothing but blanks and maybe a comment (the first line must be so for the second to count)
bool comment_or_blank(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (c != ' ' && c != '\t' && c != '\f' && c != '\r') return false;
    }
    return true;
}

} // namespace

bool apply_declared_encoding(std::string& text, std::string& unknown) {
    std::string_view rest = text;
    if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
    std::string name;
    for (int line = 0; line < 2 && name.empty(); ++line) {
        std::size_t end = rest.find('\n');
        std::string_view first = rest.substr(0, end);
        name = coding_of(first);
        if (!name.empty() || end == std::string_view::npos || !comment_or_blank(first)) break;
        rest.remove_prefix(end + 1);
    }
    if (name.empty()) return true;
    // CPython: get_normal_name, then the codec's own aliases
    std::string lower;
    for (char c : name) lower += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto is = [&](std::string_view n) { return lower == n || lower.starts_with(std::string(n) + "-"); };
    if (is("utf-8") || lower == "utf8" || lower == "u8") return true;
    if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1") || lower == "latin1" || lower == "l1" || lower == "iso8859-1" ||
        lower == "8859" || lower == "cp819" || lower == "latin") {
        std::string out;
        out.reserve(text.size());
        for (unsigned char c : text) {
            if (c < 0x80) {
                out += static_cast<char>(c);
            } else {
                out += static_cast<char>(0xC0 | (c >> 6));
                out += static_cast<char>(0x80 | (c & 0x3F));
            }
        }
        text = std::move(out);
        return true;
    }
    if (lower == "ascii" || lower == "us-ascii" || lower == "646") return true;  // other bytes fail as non-UTF-8 do
    unknown = name;
    return false;
}

int read_source_file(std::string const& path, std::string& out) {
    int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    out.clear();
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int err = errno;
            if (fd != 0) ::close(fd);
            return err;
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    if (fd != 0) ::close(fd);
    return 0;
}

} // namespace weft::front

// SourceFile: line table over a source text.
#include "interpreter/source.hpp"

#include <fcntl.h>
#include <unistd.h>

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

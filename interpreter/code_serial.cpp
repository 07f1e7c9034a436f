// Code units as bytes: every integer as a LEB128 varint (zigzag for the signed ones), strings and vectors
// length-prefixed, constants tagged by type, nested code units in place. Locations are stored as differences
// from the previous word's, which are small: a module's bytecode is a fraction of its source's size.
#include "interpreter/code_serial.hpp"

#include <cstring>

namespace weft::front {

namespace {

class Writer {
public:
    std::string out;

    void u(std::uint64_t v) {
        while (v >= 0x80) {
            out += static_cast<char>((v & 0x7F) | 0x80);
            v >>= 7;
        }
        out += static_cast<char>(v);
    }
    void s(std::int64_t v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
    void str(std::string const& v) {
        u(v.size());
        out += v;
    }
    void strings(std::vector<std::string> const& v) {
        u(v.size());
        for (auto const& x : v) str(x);
    }
    void constant(ConstantValue const& c) {
        u(static_cast<std::uint64_t>(c.type));
        switch (c.type) {
        case ConstantValue::Type::Int: s(c.int_value); break;
        case ConstantValue::Type::BigInt: case ConstantValue::Type::Str: case ConstantValue::Type::Bytes: str(c.text); break;
        case ConstantValue::Type::Float: {
            std::uint64_t bits;
            std::memcpy(&bits, &c.float_value, sizeof bits);
            u(bits);
            break;
        }
        case ConstantValue::Type::Complex: {
            std::uint64_t bits;
            std::memcpy(&bits, &c.float_value, sizeof bits);
            u(bits);
            s(c.int_value);
            break;
        }
        case ConstantValue::Type::Tuple:
            u(c.items.size());
            for (auto const& item : c.items) constant(item);
            break;
        case ConstantValue::Type::Code: unit(*c.code); break;
        default: break;
        }
    }
    void unit(CodeUnit const& c) {
        str(c.name);
        str(c.qualname);
        u(c.flags);
        s(c.argcount);
        s(c.posonlyargcount);
        s(c.kwonlyargcount);
        s(c.first_line);
        s(c.stacksize);
        strings(c.varnames);
        strings(c.cellvars);
        strings(c.freevars);
        u(c.cell_from_arg.size());
        for (int x : c.cell_from_arg) s(x);
        strings(c.names);
        u(c.consts.size());
        for (auto const& k : c.consts) constant(k);
        u(c.code.size());
        for (Instruction i : c.code) u(i);
        u(c.locations.size());
        SourceLocation previous{};
        for (auto const& l : c.locations) {
            s(l.line - previous.line);
            s(l.column - previous.column);
            s(l.end_line - l.line);
            s(l.end_column - l.column);
            previous = l;
        }
        u(c.exception_table.size());
        for (auto const& e : c.exception_table) {
            u(e.start);
            u(e.end);
            u(e.target);
            u(e.depth);
            u(e.push_lasti);
        }
    }
};

class Reader {
public:
    Reader(std::string_view bytes, std::shared_ptr<SourceFile const> source) : m_bytes(bytes), m_source(std::move(source)) {}
    bool failed = false;

    std::uint64_t u() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size()) {
                failed = true;
                return 0;
            }
            auto byte = static_cast<unsigned char>(m_bytes[m_pos++]);
            v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return v;
        }
        failed = true;
        return 0;
    }
    std::int64_t s() {
        std::uint64_t z = u();
        return static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
    }
    int i() { return static_cast<int>(s()); }
    std::size_t count() {
        std::uint64_t n = u();
        if (n > m_bytes.size()) failed = true;  // more items than bytes left: malformed
        return failed ? 0 : static_cast<std::size_t>(n);
    }
    std::string str() {
        std::size_t n = count();
        if (m_pos + n > m_bytes.size()) {
            failed = true;
            return {};
        }
        std::string v(m_bytes.substr(m_pos, n));
        m_pos += n;
        return v;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count());
        for (auto& x : v) x = str();
        return v;
    }
    ConstantValue constant() {
        ConstantValue c;
        c.type = static_cast<ConstantValue::Type>(u());
        switch (c.type) {
        case ConstantValue::Type::Int: c.int_value = s(); break;
        case ConstantValue::Type::BigInt: case ConstantValue::Type::Str: case ConstantValue::Type::Bytes: c.text = str(); break;
        case ConstantValue::Type::Float: {
            std::uint64_t bits = u();
            std::memcpy(&c.float_value, &bits, sizeof bits);
            break;
        }
        case ConstantValue::Type::Complex: {
            std::uint64_t bits = u();
            std::memcpy(&c.float_value, &bits, sizeof bits);
            c.int_value = s();
            break;
        }
        case ConstantValue::Type::Tuple: {
            std::size_t n = count();
            for (std::size_t k = 0; k < n && !failed; ++k) c.items.push_back(constant());
            break;
        }
        case ConstantValue::Type::Code: c.code = unit(); break;
        default: break;
        }
        return c;
    }
    std::shared_ptr<CodeUnit> unit() {
        auto c = std::make_shared<CodeUnit>();
        c->source = m_source;
        c->name = str();
        c->qualname = str();
        c->flags = static_cast<std::uint32_t>(u());
        c->argcount = i();
        c->posonlyargcount = i();
        c->kwonlyargcount = i();
        c->first_line = i();
        c->stacksize = i();
        c->varnames = strings();
        c->cellvars = strings();
        c->freevars = strings();
        c->cell_from_arg.resize(count());
        for (int& x : c->cell_from_arg) x = i();
        c->names = strings();
        std::size_t nconsts = count();
        for (std::size_t k = 0; k < nconsts && !failed; ++k) c->consts.push_back(constant());
        c->code.resize(count());
        for (Instruction& w : c->code) w = static_cast<Instruction>(u());
        c->locations.resize(count());
        SourceLocation previous{};
        for (auto& l : c->locations) {
            l.line = previous.line + i();
            l.column = previous.column + i();
            l.end_line = l.line + i();
            l.end_column = l.column + i();
            previous = l;
        }
        c->exception_table.resize(count());
        for (auto& e : c->exception_table) {
            e.start = static_cast<std::uint32_t>(u());
            e.end = static_cast<std::uint32_t>(u());
            e.target = static_cast<std::uint32_t>(u());
            e.depth = static_cast<std::uint16_t>(u());
            e.push_lasti = u() != 0;
        }
        return c;
    }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    std::shared_ptr<SourceFile const> m_source;
};

} // namespace

std::string serialize_code(CodeUnit const& unit) {
    Writer w;
    w.unit(unit);
    return std::move(w.out);
}

std::shared_ptr<CodeUnit> deserialize_code(std::string_view bytes, std::shared_ptr<SourceFile const> const& source) {
    Reader r(bytes, source);
    std::shared_ptr<CodeUnit> unit = r.unit();
    return r.failed ? nullptr : unit;
}

} // namespace weft::front

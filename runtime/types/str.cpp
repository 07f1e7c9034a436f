// str: storage, hashing and UTF-8 helpers. The Python-visible methods are in str_methods.cpp.
#include "interpreter/text.hpp"
#include "runtime/memory_account.hpp"
#include "runtime/types/str.hpp"

#include <cstring>

namespace weft::rt {

namespace {

// memcpy for the short runs strs are mostly made of (keys, words, digits), without a library call: two
// overlapping loads and stores cover any length from 4 to 16.
inline void copy_bytes(char* dst, char const* src, std::size_t n) {
    if (n >= 8 && n <= 16) {
        std::uint64_t head, tail;
        std::memcpy(&head, src, 8);
        std::memcpy(&tail, src + n - 8, 8);
        std::memcpy(dst, &head, 8);
        std::memcpy(dst + n - 8, &tail, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t head, tail;
        std::memcpy(&head, src, 4);
        std::memcpy(&tail, src + n - 4, 4);
        std::memcpy(dst, &head, 4);
        std::memcpy(dst + n - 4, &tail, 4);
    } else if (n < 4) {
        for (std::size_t i = 0; i < n; ++i) dst[i] = src[i];
    } else {
        std::memcpy(dst, src, n);
    }
}

// Where a position was last asked of a long non-ASCII str (Str::offset_of, index_at). A str made at the address
// of the one it names forgets it (forget_cursor_at): a freed str's memory can become a str again only through here.
struct StrCursor {
    Str const* str = nullptr;
    std::size_t index = 0;   // a code point
    std::size_t offset = 0;  // its byte offset
};
thread_local constinit WEFT_FAST_TLS StrCursor str_cursor{};

inline void forget_cursor_at(void* memory) {
    if (memory == str_cursor.str) [[unlikely]] str_cursor.str = nullptr;
}

// Texts this short are counted from their start: the cursor would not pay.
constexpr std::size_t short_text = 64;

} // namespace

std::size_t Str::offset_of(std::size_t index) const {
    if (is_ascii()) return index;
    if (index >= char_count) return length;
    if (length <= short_text) return text::offset_of_code_point(view(), index);
    auto distance = [](std::size_t a, std::size_t b) { return a < b ? b - a : a - b; };
    std::size_t from_index = 0, from_offset = 0;
    StrCursor& c = str_cursor;
    if (c.str == this && distance(c.index, index) < index) from_index = c.index, from_offset = c.offset;
    if (char_count - index < distance(from_index, index)) from_index = char_count, from_offset = length;
    std::size_t offset = from_offset;
    if (index >= from_index) {
        offset += text::offset_of_code_point(view().substr(from_offset), index - from_index);
    } else {
        for (std::size_t steps = from_index - index; steps > 0; --steps) {  // back over one code point each
            --offset;
            while (offset > 0 && text::is_continuation_byte(data[offset])) --offset;
        }
    }
    c = StrCursor{this, index, offset};
    return offset;
}

std::size_t Str::index_at(std::size_t offset) const {
    if (is_ascii()) return offset;
    if (length <= short_text) return text::count_code_points(view().substr(0, offset));
    StrCursor& c = str_cursor;
    std::size_t index = c.str == this && c.offset <= offset
                            ? c.index + text::count_code_points(view().substr(c.offset, offset - c.offset))
                            : text::count_code_points(view().substr(0, offset));
    c = StrCursor{this, index, offset};
    return index;
}

Ref<Str> Str::allocate(Type* type, std::size_t length, std::uint32_t char_count) {
    void* memory = small_alloc(allocation_size(length));
    forget_cursor_at(memory);
    Str* s = new (memory) Str(type);
    s->length = static_cast<std::uint32_t>(length);
    s->char_count = char_count;
    s->data[length] = '\0';
    return Ref<Str>::adopt(s);
}

Ref<Str> Str::create(Type* type, std::string_view text, std::uint32_t char_count) {
    Ref<Str> s = allocate(type, text.size(), char_count);
    copy_bytes(s->data, text.data(), text.size());
    return s;
}

Ref<Str> Str::create(Type* type, std::string_view text) { return create(type, text, static_cast<std::uint32_t>(text::count_code_points(text))); }

Ref<Str> Str::concat(Type* type, Str const* a, Str const* b) {
    void* memory = small_alloc(allocation_size(a->length + b->length));
    forget_cursor_at(memory);
    Str* s = new (memory) Str(type);
    s->length = a->length + b->length;
    copy_bytes(s->data, a->data, a->length);
    copy_bytes(s->data + a->length, b->data, b->length);
    s->data[s->length] = '\0';
    s->char_count = a->char_count + b->char_count;
    return Ref<Str>::adopt(s);
}

Ref<Str> Str::concat_values(Type* type, Value const* parts, std::size_t n) {
    std::size_t length = 0;
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < n; ++i) {
        auto* p = static_cast<Str const*>(parts[i].as_object());
        length += p->length;
        chars += p->char_count;
    }
    void* memory = small_alloc(allocation_size(length));
    forget_cursor_at(memory);
    Str* s = new (memory) Str(type);
    s->length = static_cast<std::uint32_t>(length);
    s->char_count = chars;
    char* out = s->data;
    for (std::size_t i = 0; i < n; ++i) {
        auto* p = static_cast<Str const*>(parts[i].as_object());
        copy_bytes(out, p->data, p->length);
        out += p->length;
    }
    *out = '\0';
    return Ref<Str>::adopt(s);
}

std::int64_t Str::compute_hash() const { return str_hash_bytes(data, length); }

std::int64_t str_hash_bytes(char const* data, std::size_t length) {
    // A 64-bit multiplicative hash over 8-byte words (CPython randomizes str hashes, so no program can
    // depend on their values; only hash(x) == hash(y) for equal strings matters).
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ length;
    std::size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, data + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, data + i, length - i);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    auto result = static_cast<std::int64_t>(h >> 1);
    return result == -1 ? -2 : result;
}

bool str_equal(Str const* a, Str const* b) {
    if (a == b)
        return true;
    if (a->length != b->length)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return str_bytes_equal(a, b);
}

} // namespace weft::rt

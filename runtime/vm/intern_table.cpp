#include "runtime/vm/intern_table.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace weft::rt {

Str* InternTable::find(std::string_view text, std::int64_t hash) const {
    if (!m_slots)
        return nullptr;
    for (std::size_t i = static_cast<std::size_t>(hash) & m_mask;; i = (i + 1) & m_mask) {
        Str* s = m_slots[i];
        if (!s)
            return nullptr;
        if (s->hash == hash && s->view() == text)
            return s;
    }
}

void InternTable::insert(Str* s) {
    if ((m_count + 1) * 2 > m_mask + 1 || !m_slots)
        grow();
    std::size_t i = static_cast<std::size_t>(s->hash) & m_mask;
    while (m_slots[i])
        i = (i + 1) & m_mask;
    m_slots[i] = s;
    ++m_count;
}

void InternTable::grow() {
    // The builtins intern about 300 names at start-up: begin with room for them at a load under 1/3.
    std::size_t capacity = m_slots ? (m_mask + 1) * 2 : 1024;
    auto slots = static_cast<Str**>(std::calloc(capacity, sizeof(Str*)));
    if (!slots)
        throw std::bad_alloc();
    std::size_t mask = capacity - 1;
    for (std::size_t j = 0; m_slots && j <= m_mask; ++j) {
        if (Str* s = m_slots[j]) {
            std::size_t i = static_cast<std::size_t>(s->hash) & mask;
            while (slots[i])
                i = (i + 1) & mask;
            slots[i] = s;
        }
    }
    std::free(m_slots);
    m_slots = slots;
    m_mask = mask;
}

void InternTable::clear() {
    if (!m_slots)
        return;
    Str** slots = m_slots;
    std::size_t capacity = m_mask + 1;
    m_slots = nullptr;
    m_mask = 0;
    m_count = 0;
    for (std::size_t i = 0; i < capacity; ++i) {
        if (slots[i])
            decref(slots[i]);
    }
    std::free(slots);
}

} // namespace weft::rt

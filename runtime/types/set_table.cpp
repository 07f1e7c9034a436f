// SetTable: CPython's set hash table (Objects/setobject.c: set_add_entry, set_insert_clean,
// set_table_resize), so that sets iterate, and print, in CPython's order.
#include "runtime/types/containers.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {
constexpr std::int64_t dummy_hash = -1;
bool is_empty(SetTable::Entry const& e) { return e.key.is_null() && e.hash != dummy_hash; }
} // namespace

Result<std::int64_t> SetTable::find(VM& vm, Value const& key, std::int64_t hash) const {
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        std::size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (std::size_t j = 0; j <= probes; ++j) {
            Entry const& e = m_slots[i + j];
            if (is_empty(e))
                return std::int64_t{-1};
            if (!e.key.is_null() && e.hash == hash) {
                if (e.key.is(key))
                    return static_cast<std::int64_t>(i + j);
                Value held = e.key;
                bool eq = TRY(vm.equals(held, key));
                if (eq)
                    return static_cast<std::int64_t>(i + j);
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetTable::insert_clean(EntryVector& table, Value key, std::int64_t hash) {
    std::size_t mask = table.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        if (table[i].key.is_null()) {
            table[i] = Entry{hash, std::move(key)};
            return;
        }
        if (i + linear_probes <= mask) {
            for (std::size_t j = 1; j <= linear_probes; ++j) {
                if (table[i + j].key.is_null()) {
                    table[i + j] = Entry{hash, std::move(key)};
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// The end of an insertion: the first dummy the probe passed, else the empty slot that ended it (CPython:
// set_add_entry's found_unused_or_dummy).
void SetTable::place(Entry* freeslot, Entry& empty, Value key, std::int64_t hash) {
    if (freeslot) {
        *freeslot = Entry{hash, std::move(key)};
        ++m_used;
        return;
    }
    empty = Entry{hash, std::move(key)};
    ++m_fill;
    ++m_used;
    if (m_fill * 5 >= (m_slots.size() - 1) * 3)
        resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void SetTable::insert_new(Value key, std::int64_t hash) {
    // CPython: set_add_entry when the key is absent
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    Entry* freeslot = nullptr;
    for (;;) {
        std::size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (std::size_t j = 0; j <= probes; ++j) {
            Entry& e = m_slots[i + j];
            if (is_empty(e))
                return place(freeslot, e, std::move(key), hash);
            if (e.key.is_null() && e.hash == dummy_hash && !freeslot)
                freeslot = &e;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int SetTable::add_plain(Value const& key, std::int64_t hash, Type* str_type) {
    // one probe for both the search and the insertion (CPython: set_add_entry)
    bool key_is_int = key.is_int();
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    Entry* freeslot = nullptr;
    for (;;) {
        std::size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (std::size_t j = 0; j <= probes; ++j) {
            Entry& e = m_slots[i + j];
            if (e.key.is_null()) {
                if (e.hash != dummy_hash) {
                    place(freeslot, e, key, hash);
                    return 1;
                }
                if (!freeslot) freeslot = &e;
                continue;
            }
            if (e.hash != hash) continue;
            if (e.key.is(key)) return 0;
            // another int differs; a str is compared by its bytes; anything else may define its own equality
            if (key_is_int ? e.key.is_int()
                           : e.key.is_object() && e.key.as_object()->type == str_type) {
                if (!key_is_int && str_bytes_equal(static_cast<Str*>(e.key.as_object()), static_cast<Str*>(key.as_object())))
                    return 0;
                continue;
            }
            return -1;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetTable::resize(std::size_t minused) {
    std::size_t newsize = min_size;
    while (newsize <= minused) newsize <<= 1;
    EntryVector old;
    old.swap(m_slots);
    m_slots.resize(newsize);
    for (Entry& e : old)
        if (!e.key.is_null()) insert_clean(m_slots, std::move(e.key), e.hash);
    m_fill = m_used;
}

void SetTable::remove_at(std::int64_t index, Value* key_out, Value* value_out) {
    Entry& e = m_slots[static_cast<std::size_t>(index)];
    Value k = std::move(e.key);
    e.hash = dummy_hash;
    --m_used;
    if (key_out) *key_out = std::move(k);
    (void)value_out;
}

void SetTable::clear() {
    EntryVector old;
    old.swap(m_slots);
    m_slots.resize(min_size);
    m_fill = 0;
    m_used = 0;
}

} // namespace weft::rt

// DictTable: the compact, insertion-ordered hash table behind dict and set (CPython: Objects/dictobject.c,
// "compact dict" layout: an index of int32 slots over an entry array; open addressing with perturbation).
#include "runtime/types/containers.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {
constexpr std::int32_t slot_empty = -1;
constexpr std::int32_t slot_deleted = -2;
constexpr std::size_t min_index_size = 8;

// A cheap equality that decides without calling Python code, when it can: 1 equal, 0 different, -1 unknown.
int quick_equal(Value const& a, Value const& b) {
    if (a.is(b))
        return 1;
    if (a.is_object() && b.is_object()) {
        Object* x = a.as_object();
        Object* y = b.as_object();
        if (x->type == y->type && x->type->layout == Layout::Str)
            return str_equal(static_cast<Str*>(x), static_cast<Str*>(y)) ? 1 : 0;
        return -1;
    }
    if (a.is_int() && b.is_int())
        return 0;  // is() already compared the values
    return -1;
}
} // namespace

// Per thread: a VM runs on one thread at a time, and its tables are only read by its own caches.
std::uint32_t DictTable::next_keys_version() {
    static thread_local WEFT_FAST_TLS std::uint32_t last = 0;
    return ++last;
}

DictTable::~DictTable() { free_index(); }

void DictTable::free_index() {
    if (!m_index) return;
    small_free(m_index, (m_mask + 1) * sizeof(std::int32_t));
    m_index = nullptr;
}

void DictTable::clear() {
    EntryVector old;
    old.swap(m_entries);
    free_index();
    m_mask = 0;
    m_used = 0;
    m_deleted = 0;
    m_keys_version = next_keys_version();
    // `old` is destroyed last, after the table is consistent: destructors may run arbitrary frees.
}

void DictTable::rebuild(std::size_t index_size) {
    // Compact the entries (drop deleted ones) and rebuild the index.
    if (m_used != m_entries.size()) {
        std::size_t j = 0;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (!m_entries[i].key.is_null()) {
                if (i != j)
                    m_entries[j] = std::move(m_entries[i]);
                ++j;
            }
        }
        m_entries.resize(j);
        m_keys_version = next_keys_version();  // entry indexes moved
    }
    free_index();
    m_index = static_cast<std::int32_t*>(small_alloc(index_size * sizeof(std::int32_t)));  // charged there
    std::memset(m_index, 0xFF, index_size * sizeof(std::int32_t));  // all slot_empty
    m_mask = index_size - 1;
    m_deleted = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        std::size_t slot = probe_free(m_entries[i].hash);
        m_index[slot] = static_cast<std::int32_t>(i);
    }
}

void DictTable::reserve(std::size_t n) {
    m_entries.reserve(n);
    std::size_t size = min_index_size;
    while (size * 2 < (n + 1) * 3)
        size <<= 1;
    if (size > m_mask + 1)
        rebuild(size);
}

void DictTable::grow() {
    // Load factor at most 2/3 after the next insertion, counting live entries only (rebuild compacts).
    std::size_t size = min_index_size;
    while (size * 2 < (m_used + 1) * 3)
        size <<= 1;
    rebuild(size);
    // the entries as many as the index takes before it grows again, in one allocation (CPython: dk_usable);
    // growing them one push_back at a time reallocated a small dict's entries three times over
    m_entries.reserve(size * 2 / 3);
}

std::size_t DictTable::probe_free(std::int64_t hash) const {
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & m_mask;
    while (m_index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & m_mask;
    }
    return i;
}

std::int64_t DictTable::find_str(Str* key, std::int64_t hash) const {
    if (m_mask == 0)
        return -1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & m_mask;
    for (;;) {
        std::int32_t ix = m_index[i];
        if (ix == slot_empty)
            return -1;
        if (ix >= 0) {
            Entry const& e = m_entries[static_cast<std::size_t>(ix)];
            if (e.hash == hash) {
                Value const& k = e.key;
                if (k.is_object() && (k.as_object() == key ||
                                      (k.as_object()->type->layout == Layout::Str &&
                                       str_bytes_equal(static_cast<Str*>(k.as_object()), key))))
                    return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & m_mask;
    }
}

Result<std::int64_t> DictTable::find_str_key(VM& vm, Str* key, std::int64_t hash) const {
    if (m_mask == 0)
        return std::int64_t{-1};
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & m_mask;
    for (;;) {
        std::int32_t ix = m_index[i];
        if (ix == slot_empty)
            return std::int64_t{-1};
        if (ix >= 0) {
            Entry const& e = m_entries[static_cast<std::size_t>(ix)];
            if (e.hash == hash) {
                Value const& k = e.key;
                if (k.is_object() && k.as_object() == key)
                    return std::int64_t{ix};
                // a key that is not a builtin str (a str subclass included) has its __eq__ decide, as
                // PyObject_RichCompare asks the stored key first
                if (!(k.is_object() && k.as_object()->type->layout == Layout::Str && !k.as_object()->type->is_heap))
                    return find(vm, Value::borrowed(key), hash);
                if (str_bytes_equal(static_cast<Str*>(k.as_object()), key))  // equal hashes: the bytes decide
                    return std::int64_t{ix};
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & m_mask;
    }
}

Result<void> DictTable::insert_str_key(VM& vm, Value key, std::int64_t hash, Value value) {
    std::int64_t ix = TRY(find_str_key(vm, static_cast<Str*>(key.as_object()), hash));
    if (ix >= 0) {
        Value old = std::move(m_entries[static_cast<std::size_t>(ix)].value);  // released after the store
        m_entries[static_cast<std::size_t>(ix)].value = std::move(value);
        return {};
    }
    insert_new(std::move(key), hash, std::move(value));
    return {};
}

Result<std::int64_t> DictTable::find(VM& vm, Value const& key, std::int64_t hash) const {
    if (m_mask == 0)
        return std::int64_t{-1};
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & m_mask;
    for (;;) {
        std::int32_t ix = m_index[i];
        if (ix == slot_empty)
            return std::int64_t{-1};
        if (ix >= 0) {
            Entry const& e = m_entries[static_cast<std::size_t>(ix)];
            if (e.hash == hash) {
                int q = quick_equal(e.key, key);
                if (q == 1)
                    return std::int64_t{ix};
                if (q == -1) {
                    Value held = e.key;  // __eq__ may mutate the table
                    std::int32_t const* index = m_index;
                    bool eq = TRY(vm.equals(held, key));
                    // the index rebuilt (cleared, grown) or this entry's key replaced meanwhile: the probe is stale,
                    // so start again (CPython: lookdict restarts when dk or the entry's key changed under __eq__)
                    if (index != m_index || static_cast<std::size_t>(ix) >= m_entries.size() ||
                        !m_entries[static_cast<std::size_t>(ix)].key.is(held))
                        return find(vm, key, hash);
                    if (eq)
                        return std::int64_t{ix};
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & m_mask;
    }
}

void DictTable::insert_new(Value key, std::int64_t hash, Value value) {
    // Grow (which also clears the deleted marks) before the index is 2/3 full counting deleted slots: lookups stop
    // only at an empty slot, so an index of live and deleted slots alone would make them probe forever. The
    // entry array is bounded the same way (CPython: dk_usable counts both).
    if (m_mask == 0 || (std::max(m_entries.size(), m_used + m_deleted) + 1) * 3 > (m_mask + 1) * 2)
        grow();
    std::size_t slot = probe_free(hash);
    if (m_index[slot] == slot_deleted)
        --m_deleted;
    m_index[slot] = static_cast<std::int32_t>(m_entries.size());
    m_entries.push_back(Entry{hash, std::move(key), std::move(value)});
    ++m_used;
    m_keys_version = next_keys_version();
}

Result<void> DictTable::insert(VM& vm, Value key, std::int64_t hash, Value value) {
    std::int64_t ix = TRY(find(vm, key, hash));
    if (ix >= 0) {
        Value old = std::move(m_entries[static_cast<std::size_t>(ix)].value);
        m_entries[static_cast<std::size_t>(ix)].value = std::move(value);
        return {};
    }
    insert_new(std::move(key), hash, std::move(value));
    return {};
}

void DictTable::remove_at(std::int64_t index, Value* key_out, Value* value_out) {
    Entry& e = m_entries[static_cast<std::size_t>(index)];
    // find the index slot pointing at `index`
    auto perturb = static_cast<std::uint64_t>(e.hash);
    std::size_t i = static_cast<std::size_t>(e.hash) & m_mask;
    while (m_index[i] != index) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & m_mask;
    }
    m_index[i] = slot_deleted;
    ++m_deleted;
    Value k = std::move(e.key);
    Value v = std::move(e.value);
    --m_used;
    m_keys_version = next_keys_version();
    // Drop trailing deleted entries so that append-then-pop patterns do not grow the array.
    while (!m_entries.empty() && m_entries.back().key.is_null() && m_used < m_entries.size()) {
        // only safe when no index slot points at it: deleted entries have no live slot
        m_entries.pop_back();
    }
    if (key_out) *key_out = std::move(k);
    if (value_out) *value_out = std::move(v);
}

} // namespace weft::rt

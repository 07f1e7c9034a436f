// SetTable: CPython's set hash table (Objects/setobject.c: set_add_entry, set_insert_clean,
// set_table_resize), so that sets iterate, and print, in CPython's order.
#include "runtime/types/containers.hpp"

#include <algorithm>
#include <memory>
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {
constexpr std::int64_t dummy_hash = -1;
bool is_empty(SetTable::Entry const& e) { return e.key.is_null() && e.hash != dummy_hash; }
} // namespace

// Visits the slots on the probe path of `hash` in `slots` (a run of linear probes, then CPython's perturbed jump)
// until `visit(index)` returns true; the path never ends on its own, so a table always keeps an empty slot.
template <class Visit>
void SetTable::probe(Entry const* slots, std::size_t mask, std::int64_t hash, Visit&& visit) {
    (void)slots;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        std::size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (std::size_t j = 0; j <= probes; ++j)
            if (visit(i + j)) return;
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

Result<std::int64_t> SetTable::find(VM& vm, Value const& key, std::int64_t hash) const {
    for (;;) {
        std::int64_t found = -1;
        bool failed = false, changed = false;
        Entry const* table = m_slots;
        std::size_t mask = m_mask;
        probe(m_slots, m_mask, hash, [&](std::size_t at) {
            Entry const& e = m_slots[at];
            if (is_empty(e)) return true;
            if (e.key.is_null() || e.hash != hash) return false;
            if (e.key.is(key)) {
                found = static_cast<std::int64_t>(at);
                return true;
            }
            Value held = e.key;
            Result<bool> eq = vm.equals(held, key);
            if (eq.is_error()) {
                failed = true;
                return true;
            }
            // __eq__ may have changed the set: search again (CPython: set_lookkey's restart)
            if (m_slots != table || m_mask != mask || !m_slots[at].key.is(held)) {
                changed = true;
                return true;
            }
            if (eq.value()) found = static_cast<std::int64_t>(at);
            return eq.value();
        });
        if (failed) return Raised{};
        if (!changed) return found;
    }
}

void SetTable::insert_clean(Value key, std::int64_t hash) {
    probe(m_slots, m_mask, hash, [&](std::size_t at) {
        if (!m_slots[at].key.is_null()) return false;
        m_slots[at] = Entry{hash, std::move(key)};
        return true;
    });
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
    if (m_fill * 5 >= m_mask * 3)
        resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void SetTable::insert_new(Value key, std::int64_t hash) {
    // CPython: set_add_entry when the key is absent
    Entry* freeslot = nullptr;
    probe(m_slots, m_mask, hash, [&](std::size_t at) {
        Entry& e = m_slots[at];
        if (is_empty(e)) {
            place(freeslot, e, std::move(key), hash);
            return true;
        }
        if (e.key.is_null() && !freeslot) freeslot = &e;  // a dummy
        return false;
    });
}

int SetTable::add_plain(Value const& key, std::int64_t hash, Type* str_type) {
    // one probe for both the search and the insertion (CPython: set_add_entry)
    bool key_is_int = key.is_int();
    Entry* freeslot = nullptr;
    int result = 1;
    probe(m_slots, m_mask, hash, [&](std::size_t at) {
        Entry& e = m_slots[at];
        if (e.key.is_null()) {
            if (e.hash != dummy_hash) {
                place(freeslot, e, key, hash);
                return true;
            }
            if (!freeslot) freeslot = &e;
            return false;
        }
        if (e.hash != hash) return false;
        if (e.key.is(key)) {
            result = 0;
            return true;
        }
        // another int differs; a str is compared by its bytes; anything else may define its own equality
        if (key_is_int ? e.key.is_int() : e.key.is_object() && e.key.as_object()->type == str_type) {
            if (!key_is_int && str_bytes_equal(static_cast<Str*>(e.key.as_object()), static_cast<Str*>(key.as_object()))) {
                result = 0;
                return true;
            }
            return false;
        }
        result = -1;
        return true;
    });
    return result;
}

// Takes the slots out of the table before it gets new ones: the inline slots are moved into `copy` (the table may
// take them again), a heap table stays where it is. Returns where the old slots are now.
SetTable::Entry* SetTable::detach_slots(Entry* copy) {
    if (m_slots != m_small) return m_slots;
    std::move(m_small, m_small + min_size, copy);
    return copy;
}

// Lets go of slots detach_slots gave, and of the keys still in them.
void SetTable::free_detached(Entry* old, std::size_t size, Entry const* copy) {
    if (old == copy) return;  // the caller's array
    std::destroy_n(old, size);
    small_free(old, size * sizeof(Entry));
}

// The inline slots, emptied (dummies' marks too), as the table's slots.
void SetTable::use_inline_slots() {
    std::fill(m_small, m_small + min_size, Entry{});
    m_slots = m_small;
    m_mask = min_size - 1;
}

// CPython: set_table_resize.
void SetTable::resize(std::size_t minused) {
    std::size_t newsize = min_size;
    while (newsize <= minused) newsize <<= 1;
    std::size_t old_size = m_mask + 1;
    auto reinsert = [&](Entry* old) {
        for (std::size_t i = 0; i < old_size; ++i)
            if (!old[i].key.is_null()) insert_clean(std::move(old[i].key), old[i].hash);
    };
    if (newsize == min_size) {  // the inline slots are the new table too
        Entry copy[min_size];
        Entry* old = detach_slots(copy);
        use_inline_slots();
        reinsert(old);
        free_detached(old, old_size, copy);
    } else {
        Entry* old = m_slots;
        m_slots = static_cast<Entry*>(small_alloc(newsize * sizeof(Entry)));  // charged there
        std::uninitialized_value_construct_n(m_slots, newsize);
        m_mask = newsize - 1;
        reinsert(old);
        // every key moved out: an old heap table is freed without visiting its slots again
        if (old != m_small) small_free(old, old_size * sizeof(Entry));
    }
    m_fill = m_used;
}

void SetTable::release_slots() {
    if (m_slots == m_small) return;
    free_detached(m_slots, m_mask + 1, nullptr);
    m_slots = m_small;
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
    // the keys are let go only when the table is empty and consistent again: their destructors may run any code
    std::size_t old_size = m_mask + 1;
    Entry copy[min_size];
    Entry* old = detach_slots(copy);
    use_inline_slots();
    m_fill = 0;
    m_used = 0;
    free_detached(old, old_size, copy);
}

} // namespace weft::rt

// tuple, list, dict and set objects. The dict is compact and insertion-ordered (an index table over an
// entry array, CPython's Objects/dictobject.c design); the set is CPython's open-addressing table of (hash, key)
// slots (Objects/setobject.c), so it iterates in CPython's order.
#pragma once

#include <span>
#include <vector>

#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

struct Tuple final : Object {
    std::size_t size = 0;
    std::int64_t hash_cache = -1;
    Value items[1];  // `size` values follow (at least one slot is always allocated)

    static Ref<Tuple> create(Type* type, std::size_t size);  // items start null: fill them
    // A tuple of copies of from[0], from[step], ... (`size` of them; step may be negative): slices and copies,
    // each item written once.
    static Ref<Tuple> create_copy(Type* type, Value const* from, std::size_t size, std::int64_t step = 1);
    // a struct sequence's tuple: `size` items and, after them, the type's hidden_items (struct_sequence.cpp)
    static Ref<Tuple> create_with_hidden(Type* type, std::size_t size);
    Value* begin() { return items; }
    Value* end() { return items + size; }
    void traverse(GcVisitor&) override;
    void clear_references() override;
    static std::size_t allocation_size(std::size_t size) {
        return sizeof(Tuple) + ((size > 0 ? size : 1) - 1) * sizeof(Value);
    }
    // malloc, not the small-object pools: sorting tuple keys touches every tuple, and malloc's coalescing
    // keeps tuples made one after another next to each other (list_sort ran 30% slower on the pools). Freed small
    // tuples wait on short per-size lists for the next ones (tuple.cpp).
    static void operator delete(Tuple* t, std::destroying_delete_t);
    ~Tuple() override;

private:
    explicit Tuple(Type* t) : Object(t) {}
    static Tuple* allocate(Type* type, std::size_t slots);
};

// Appends copies of the `n` values at `src` to `v` (which `src` may point into: `l.extend(l)`): a list's slices,
// copies and concatenations. Out of line (list.cpp): inlined into the dispatch loop's slice path, it changed the
// code of the loop's calls and returns.
void append_copies(ValueVector& v, Value const* src, std::size_t n);

struct List final : Object {
    // In a union only so that ~List can free the items last to first (CPython's order) in one pass and then
    // the array, where the vector's destructor would visit every slot again
    union {
        ValueVector items;
    };

    explicit List(Type* t) : Object(t), items() {}
    ~List() override;
    void traverse(GcVisitor&) override;
    void clear_references() override;
};

// The table behind dict and set: entries in insertion order (deleted ones have a null key until the
// next resize) and an open-addressing index over them.
class DictTable {
public:
    struct Entry {
        std::int64_t hash;
        Value key;
        Value value;
    };
    using EntryVector = std::vector<Entry, AccountedAllocator<Entry>>;

    DictTable() : m_keys_version(next_keys_version()) {}
    DictTable(DictTable const&) = delete;
    DictTable& operator=(DictTable const&) = delete;
    ~DictTable();

    std::size_t size() const { return m_used; }
    // Finds `key` (with hash `hash`); returns the entry index or -1. May call __eq__ (and so raise).
    Result<std::int64_t> find(VM& vm, Value const& key, std::int64_t hash) const;
    // Fast path when `key` is an interned str: identity then hash + bytes.
    std::int64_t find_str(struct Str* key, std::int64_t hash) const;
    // A str key in a table of any keys (user dicts): compares like find_str, and hands over to find (__eq__)
    // if a key of another type has the same hash.
    Result<std::int64_t> find_str_key(VM& vm, struct Str* key, std::int64_t hash) const;
    // Sets the value of a str key (see find_str_key), adding it when absent.
    Result<void> insert_str_key(VM& vm, Value key, std::int64_t hash, Value value);
    Result<void> insert(VM& vm, Value key, std::int64_t hash, Value value);
    // Inserts a key known not to be present.
    void insert_new(Value key, std::int64_t hash, Value value);
    // Removes the entry at `index`, returning its key and value.
    void remove_at(std::int64_t index, Value* key_out, Value* value_out);
    void clear();
    // Sizes the table for `n` keys before they are inserted.
    void reserve(std::size_t n);

    EntryVector& entries() { return m_entries; }
    EntryVector const& entries() const { return m_entries; }
    // Changed whenever a key is added or removed or the entries move (not on value updates): inline caches
    // key on (table address, keys version). Versions come from one counter, so a table allocated where a freed
    // one was never shows a version the freed one had (CPython's dict versions are global for the same reason).
    std::uint32_t keys_version() const { return m_keys_version; }

private:
    static std::uint32_t next_keys_version();
    void grow();
    void rebuild(std::size_t index_size);
    void free_index();
    std::size_t probe_free(std::int64_t hash) const;

    EntryVector m_entries;
    std::int32_t* m_index = nullptr;  // -1 empty, -2 deleted, else entry index
    std::size_t m_mask = 0;           // index size - 1 (0 when no index)
    std::size_t m_used = 0;           // live entries
    std::size_t m_deleted = 0;        // index slots marked deleted: they fill the index as live ones do
    std::uint32_t m_keys_version;
};

struct Dict final : Object {
    DictTable table;

    explicit Dict(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { table.clear(); }
};

// The table behind set and frozenset, laid out as CPython's (Objects/setobject.c): open addressing over the
// entries themselves, linear probes then perturbation, so a set iterates in the same order as CPython's
// (which is what printing a set shows). Empty slots have a null key and hash 0; deleted ones (dummies) a
// null key and hash -1. The `value` field is unused.
class SetTable {
public:
    // a slot: empty (null key, hash 0), a dummy (null key, hash -1) or a key and its hash (CPython: setentry)
    struct Entry {
        std::int64_t hash = 0;
        Value key;
    };
    // The slots start in the table itself (CPython: smalltable), so a set of up to four items allocates nothing
    // beyond its object; a bigger table is allocated when the set grows.
    SetTable() = default;
    SetTable(SetTable const&) = delete;
    SetTable& operator=(SetTable const&) = delete;
    ~SetTable() { release_slots(); }
    std::size_t size() const { return m_used; }
    Result<std::int64_t> find(VM& vm, Value const& key, std::int64_t hash) const;
    // Adds a key known not to be present (CPython: set_add_entry's insertion path).
    void insert_new(Value key, std::int64_t hash);
    // Adds an int or an exact str (`str_type`) key unless it is there, in one probe: 1 added, 0 there already, -1
    // when a key of equal hash needs a full comparison (find, then insert_new).
    int add_plain(Value const& key, std::int64_t hash, Type* str_type);
    void remove_at(std::int64_t index, Value* key_out, Value* value_out);
    void clear();
    // the slots, in table order (every slot, empty ones included)
    std::span<Entry> entries() { return {m_slots, m_mask + 1}; }
    std::span<Entry const> entries() const { return {m_slots, m_mask + 1}; }

private:
    static constexpr std::size_t min_size = 8;       // PySet_MINSIZE
    static constexpr std::size_t linear_probes = 9;  // LINEAR_PROBES
    void resize(std::size_t minused);
    Entry* detach_slots(Entry* copy);
    void free_detached(Entry* old, std::size_t size, Entry const* copy);
    void use_inline_slots();
    void release_slots();
    void insert_clean(Value key, std::int64_t hash);
    void place(Entry* freeslot, Entry& empty, Value key, std::int64_t hash);
    template <class Visit>
    static void probe(Entry const* slots, std::size_t mask, std::int64_t hash, Visit&& visit);

    Entry* m_slots = m_small;
    std::size_t m_mask = min_size - 1;
    std::size_t m_fill = 0;  // live + dummy slots
    std::size_t m_used = 0;  // live slots
    Entry m_small[min_size];
};

struct Set final : Object {
    SetTable table;
    bool frozen = false;

    explicit Set(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { table.clear(); }
};

} // namespace weft::rt

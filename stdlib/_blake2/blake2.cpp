// _blake2: the BLAKE2b and BLAKE2s hashes with every parameter of their parameter block (digest size, key, salt,
// personalization, tree hashing), from libb2, with CPython 3.11's arguments and messages (Modules/_blake2/
// blake2b_impl.c; the code is ours). hashlib.blake2b and hashlib.blake2s are these types.
#include <blake2.h>

#include <cstring>

#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/_hashlib/hash_input.hpp"

namespace weft::rt {

namespace {

// The two variants differ in word size: their state, parameter block and limits.
template <bool Big>
struct Variant;
template <>
struct Variant<true> {
    using State = blake2b_state;
    using Param = blake2b_param;
    static constexpr char const* name = "blake2b";
    static constexpr std::size_t digest = BLAKE2B_OUTBYTES, key = BLAKE2B_KEYBYTES, salt = BLAKE2B_SALTBYTES,
                                 person = BLAKE2B_PERSONALBYTES, block = BLAKE2B_BLOCKBYTES;
    static constexpr std::uint64_t max_node_offset = UINT64_MAX;
    static int init(State* s, Param const* p) { return blake2b_init_param(s, p); }
    static int update(State* s, void const* in, std::size_t n) { return blake2b_update(s, static_cast<std::uint8_t const*>(in), n); }
    static int final(State* s, void* out, std::size_t n) { return blake2b_final(s, static_cast<std::uint8_t*>(out), n); }
    static void set_node_offset(Param& p, std::uint64_t v) { p.node_offset = v; }
};
template <>
struct Variant<false> {
    using State = blake2s_state;
    using Param = blake2s_param;
    static constexpr char const* name = "blake2s";
    static constexpr std::size_t digest = BLAKE2S_OUTBYTES, key = BLAKE2S_KEYBYTES, salt = BLAKE2S_SALTBYTES,
                                 person = BLAKE2S_PERSONALBYTES, block = BLAKE2S_BLOCKBYTES;
    static constexpr std::uint64_t max_node_offset = (std::uint64_t{1} << 48) - 1;
    static int init(State* s, Param const* p) { return blake2s_init_param(s, p); }
    static int update(State* s, void const* in, std::size_t n) { return blake2s_update(s, static_cast<std::uint8_t const*>(in), n); }
    static int final(State* s, void* out, std::size_t n) { return blake2s_final(s, static_cast<std::uint8_t*>(out), n); }
    static void set_node_offset(Param& p, std::uint64_t v) {
        for (int i = 0; i < 6; ++i) p.node_offset[i] = static_cast<std::uint8_t>(v >> (8 * i));
    }
};

template <bool Big>
struct Blake2 final : Object {
    typename Variant<Big>::State state;
    std::size_t digest_size = 0;
    explicit Blake2(Type* t) : Object(t) {}
};

Result<std::string_view> parameter_bytes(VM& vm, Value const& v) {
    std::string_view out;
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
}

// An int parameter in [lo, hi]; an int too large for a C long first overflows as CPython's converter does.
Result<std::int64_t> int_parameter(VM& vm, Value const& v, std::int64_t fallback) {
    if (v.is_null()) return fallback;
    return vm.index_value(v);
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,
// node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True) (CPython: py_blake2b_new_impl)
template <bool Big>
Result<Value> blake2_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    using V = Variant<Big>;
    Value f[13];
    TRY(parse_args(vm, V::name, args + 1, nargs - 1, kwnames,
                   {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                    "node_depth", "inner_size", "last_node", "usedforsecurity"}, f));
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    if (npos > 1) return vm.raise(vm.types.TypeError, "{}() takes at most 1 positional argument ({} given)", V::name, npos);
    typename V::Param p;
    std::memset(&p, 0, sizeof p);
    std::int64_t digest_size = TRY(int_parameter(vm, f[1], V::digest));
    if (digest_size < 1 || digest_size > static_cast<std::int64_t>(V::digest))
        return vm.raise(vm.types.ValueError, "digest_size must be between 1 and {} bytes", V::digest);
    p.digest_length = static_cast<std::uint8_t>(digest_size);
    std::string_view key = f[2].is_null() ? std::string_view() : TRY(parameter_bytes(vm, f[2]));
    if (key.size() > V::key) return vm.raise(vm.types.ValueError, "maximum key length is {} bytes", V::key);
    p.key_length = static_cast<std::uint8_t>(key.size());
    std::string_view salt = f[3].is_null() ? std::string_view() : TRY(parameter_bytes(vm, f[3]));
    if (salt.size() > V::salt) return vm.raise(vm.types.ValueError, "maximum salt length is {} bytes", V::salt);
    if (!salt.empty()) std::memcpy(p.salt, salt.data(), salt.size());
    std::string_view person = f[4].is_null() ? std::string_view() : TRY(parameter_bytes(vm, f[4]));
    if (person.size() > V::person) return vm.raise(vm.types.ValueError, "maximum person length is {} bytes", V::person);
    if (!person.empty()) std::memcpy(p.personal, person.data(), person.size());
    std::int64_t fanout = TRY(int_parameter(vm, f[5], 1));
    if (fanout < 0 || fanout > 255) return vm.raise(vm.types.ValueError, "fanout must be between 0 and 255");
    p.fanout = static_cast<std::uint8_t>(fanout);
    std::int64_t depth = TRY(int_parameter(vm, f[6], 1));
    if (depth < 1 || depth > 255) return vm.raise(vm.types.ValueError, "depth must be between 1 and 255");
    p.depth = static_cast<std::uint8_t>(depth);
    std::int64_t leaf_size = TRY(int_parameter(vm, f[7], 0));
    if (leaf_size < 0) return vm.raise(vm.types.ValueError, "value must be positive");
    if (leaf_size > UINT32_MAX) return vm.raise(vm.types.OverflowError, "leaf_size is too large");
    p.leaf_length = static_cast<std::uint32_t>(leaf_size);
    std::uint64_t node_offset = 0;
    if (!f[8].is_null()) {
        Value n = TRY(vm.index(f[8]));
        BigInt b = n.is_int() ? BigInt(n.as_int()) : to_bigint(n);
        if (b.is_negative()) return vm.raise(vm.types.ValueError, "value must be positive");
        if (b.bit_length() > 64 || (!b.fits_int64() && !Big) ||
            (b.fits_int64() && static_cast<std::uint64_t>(b.to_int64()) > V::max_node_offset))
            return vm.raise(vm.types.OverflowError, "node_offset is too large");
        node_offset = b.fits_int64() ? static_cast<std::uint64_t>(b.to_int64())
                                     : static_cast<std::uint64_t>((b - BigInt(INT64_MAX) - BigInt(1)).to_int64()) + (std::uint64_t{1} << 63);
    }
    V::set_node_offset(p, node_offset);
    std::int64_t node_depth = TRY(int_parameter(vm, f[9], 0));
    if (node_depth < 0 || node_depth > 255) return vm.raise(vm.types.ValueError, "node_depth must be between 0 and 255");
    p.node_depth = static_cast<std::uint8_t>(node_depth);
    std::int64_t inner_size = TRY(int_parameter(vm, f[10], 0));
    if (inner_size < 0 || inner_size > static_cast<std::int64_t>(V::digest))
        return vm.raise(vm.types.ValueError, "inner_size must be between 0 and is {}", V::digest);
    p.inner_length = static_cast<std::uint8_t>(inner_size);
    bool last_node = f[11].is_null() ? false : TRY(vm.truthy(f[11]));
    std::string_view data = f[0].is_null() ? std::string_view() : TRY(hash_data(vm, f[0]));

    Type* type = as<Type>(args[0]);
    auto h = make<Blake2<Big>>(type);
    if (type->is_heap) incref(type);
    h->digest_size = static_cast<std::size_t>(digest_size);
    V::init(&h->state, &p);
    if (last_node) h->state.last_node = 1;
    if (!key.empty()) {
        // a key is hashed first as a whole block of its own, zero-padded (the BLAKE2 keyed mode)
        std::uint8_t block[V::block] = {};
        std::memcpy(block, key.data(), key.size());
        V::update(&h->state, block, V::block);
    }
    if (!data.empty()) V::update(&h->state, data.data(), data.size());
    return h.take_value();
}

template <bool Big>
Result<Value> blake2_update(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view data = TRY(hash_data(vm, args[1]));
    Variant<Big>::update(&as<Blake2<Big>>(args[0])->state, data.data(), data.size());
    return Value::none();
}

template <bool Big>
std::string blake2_finish(Blake2<Big>* h) {
    auto copy = h->state;  // the object goes on hashing
    std::string out(h->digest_size, '\0');
    Variant<Big>::final(&copy, out.data(), out.size());
    return out;
}

template <bool Big>
Result<Value> blake2_digest(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_bytes(vm, blake2_finish(as<Blake2<Big>>(args[0])));
}

template <bool Big>
Result<Value> blake2_hexdigest(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string digest = blake2_finish(as<Blake2<Big>>(args[0]));
    return vm.new_str(TRY(hex_digits(vm, digest, Value(), Value())));
}

template <bool Big>
Result<Value> blake2_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* h = as<Blake2<Big>>(args[0]);
    auto c = make<Blake2<Big>>(h->type);
    if (h->type->is_heap) incref(h->type);
    c->state = h->state;
    c->digest_size = h->digest_size;
    return c.take_value();
}

template <bool Big>
Value blake2_members(VM& vm, Value const& self, Str* name) {
    auto* h = as<Blake2<Big>>(self);
    if (name->view() == "name") return vm.new_str(Variant<Big>::name);
    if (name->view() == "digest_size") return Value::from_int(static_cast<std::int64_t>(h->digest_size));
    if (name->view() == "block_size") return Value::from_int(static_cast<std::int64_t>(Variant<Big>::block));
    return Value();
}

template <bool Big>
void add_variant(VM& vm, Dict* d) {
    using V = Variant<Big>;
    Type* t = make_builtin_type(vm, V::name, vm.types.object, Layout::Native);
    t->module_name = "_blake2";
    t->construct = blake2_construct<Big>;
    t->constructs_subclasses = true;
    t->slots.members = blake2_members<Big>;
    add_methods(vm, t, {
        {"update", blake2_update<Big>, Args::one()}, {"digest", blake2_digest<Big>, Args::none()},
        {"hexdigest", blake2_hexdigest<Big>, Args::none()}, {"copy", blake2_copy<Big>, Args::none()},
    });
    for (auto [name, value] : {std::pair{"SALT_SIZE", V::salt}, std::pair{"PERSON_SIZE", V::person},
                               std::pair{"MAX_KEY_SIZE", V::key}, std::pair{"MAX_DIGEST_SIZE", V::digest}})
        dict_set_str(vm, t->dict.get(), vm.intern(name), Value::from_int(static_cast<std::int64_t>(value)));
    dict_set_str(vm, d, vm.intern(V::name), Value::borrowed(t));
}

} // namespace

Result<void> init__blake2_module(VM& vm, Module& m) {
    add_variant<true>(vm, m.dict.get());
    add_variant<false>(vm, m.dict.get());
    return {};
}

} // namespace weft::rt

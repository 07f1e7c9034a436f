// _hashlib: message digests from OpenSSL's libcrypto (md5, sha1, sha2, sha3, shake, ...), PBKDF2 and scrypt, with
// CPython 3.11's objects and messages (Modules/_hashopenssl.c; the code is ours). hashlib.py builds on it; blake2
// is in _blake2 (libb2), as CPython keeps it apart too.
#include <openssl/evp.h>

#include <array>
#include <cctype>
#include <climits>
#include <cstdio>

#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/_hashlib/hash_input.hpp"

namespace weft::rt {

namespace {

// A running digest: OpenSSL's context and the name Python knows it by.
struct Hash final : Object {
    EVP_MD_CTX* context = nullptr;
    std::string name;
    explicit Hash(Type* t) : Object(t) {}
    ~Hash() override { EVP_MD_CTX_free(context); }
};

char const hash_key = 0;  // module_type() keys: _hashlib.HASH and _hashlib.HASHXOF
char const xof_key = 0;

// Python's names and OpenSSL's (CPython: py_digest_name and the names hashlib.new takes)
struct DigestName {
    char const* python;
    char const* openssl;
};
constexpr DigestName digest_names[] = {
    {"md5", "MD5"}, {"sha1", "SHA1"}, {"sha224", "SHA224"}, {"sha256", "SHA256"}, {"sha384", "SHA384"},
    {"sha512", "SHA512"}, {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"}, {"sha3_224", "SHA3-224"},
    {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"},
    {"shake_256", "SHAKE256"}, {"md5-sha1", "MD5-SHA1"}, {"sm3", "SM3"}, {"ripemd160", "RIPEMD160"},
    {"blake2b", "BLAKE2B-512"}, {"blake2s", "BLAKE2S-256"},
};

// The digest named `name` (any case), and the name Python gives it; null when OpenSSL has none.
EVP_MD const* find_digest(std::string_view name, std::string& python_name) {
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto const& d : digest_names) {
        if (lower == d.python) {
            python_name = d.python;
            return EVP_get_digestbyname(d.openssl);
        }
    }
    python_name = lower;
    return EVP_get_digestbyname(std::string(name).c_str());
}

Result<Value> new_hash(VM& vm, EVP_MD const* md, std::string name, std::string_view data) {
    bool xof = EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF;
    auto h = make<Hash>(vm.module_type(xof ? &xof_key : &hash_key));
    h->context = EVP_MD_CTX_new();
    h->name = std::move(name);
    if (!h->context || !EVP_DigestInit_ex(h->context, md, nullptr))
        return vm.raise(vm.types.ValueError, "unsupported hash type {}", h->name);
    if (!data.empty()) EVP_DigestUpdate(h->context, data.data(), data.size());
    return h.take_value();
}

// new(name, data=b'', *, usedforsecurity=True) (CPython: EVP_new_impl)
Result<Value> hashlib_new(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[3];
    TRY(parse_args(vm, "new", args, nargs, kwnames, {"name", "string", "usedforsecurity"}, fields));
    if (fields[0].is_null()) return vm.raise(vm.types.TypeError, "new() missing required argument 'name' (pos 1)");
    if (!(fields[0].is_object() && vm.type_of(fields[0])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "new() argument 'name' must be str, not {}", vm.type_of(fields[0])->name->view());
    std::string_view data = fields[1].is_null() ? std::string_view() : TRY(hash_data(vm, fields[1]));
    std::string python_name;
    EVP_MD const* md = find_digest(as<Str>(fields[0])->view(), python_name);
    if (!md) return vm.raise(vm.types.ValueError, "unsupported hash type {}", as<Str>(fields[0])->view());
    return new_hash(vm, md, std::move(python_name), data);
}

// openssl_md5(data=b'', *, usedforsecurity=True) and the others: new() with the name fixed (native data: the name)
Result<Value> hashlib_named(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    std::string fname(vm.native_callee->name->view());
    TRY(parse_args(vm, fname.c_str(), args, nargs, kwnames, {"string", "usedforsecurity"}, fields));
    std::string_view data = fields[0].is_null() ? std::string_view() : TRY(hash_data(vm, fields[0]));
    std::string python_name;
    EVP_MD const* md = find_digest(as<Str>(vm.native_callee->data)->view(), python_name);
    if (!md) return vm.raise(vm.types.ValueError, "unsupported hash type {}", python_name);
    return new_hash(vm, md, std::move(python_name), data);
}

Hash* self_hash(Value const* args) { return as<Hash>(args[0]); }

Result<Value> hash_update(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view data = TRY(hash_data(vm, args[1]));
    EVP_DigestUpdate(self_hash(args)->context, data.data(), data.size());
    return Value::none();
}

// The digest so far; the object goes on hashing (the final step runs on a copy).
Result<std::string> finish(VM& vm, Hash* h, std::size_t xof_length) {
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    if (!copy || !EVP_MD_CTX_copy_ex(copy, h->context)) {
        EVP_MD_CTX_free(copy);
        return vm.raise(vm.types.MemoryError, "");
    }
    std::string out;
    bool ok;
    if (EVP_MD_get_flags(EVP_MD_CTX_get0_md(h->context)) & EVP_MD_FLAG_XOF) {
        out.resize(xof_length);
        ok = xof_length == 0 || EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), xof_length);
    } else {
        unsigned size = 0;
        out.resize(EVP_MAX_MD_SIZE);
        ok = EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char*>(out.data()), &size);
        out.resize(size);
    }
    EVP_MD_CTX_free(copy);
    if (!ok) return vm.raise(vm.types.ValueError, "digest failed");
    return out;
}

Result<Value> hash_digest(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_bytes(vm, TRY(finish(vm, self_hash(args), 0)));
}
Result<Value> hash_hexdigest(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string digest = TRY(finish(vm, self_hash(args), 0));
    return vm.new_str(TRY(hex_digits(vm, digest, Value(), Value())));
}

// HASHXOF.digest(length) and hexdigest(length) (CPython: EVPXOF_digest_impl)
Result<std::size_t> xof_length(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, char const* name) {
    Value length;
    TRY(parse_args(vm, name, args + 1, nargs - 1, kwnames, {"length"}, &length));
    if (length.is_null()) return vm.raise(vm.types.TypeError, "{}() missing required argument 'length' (pos 1)", name);
    std::int64_t n = TRY(vm.index_value(length));
    if (n < 0) return vm.raise(vm.types.MemoryError, "");
    return static_cast<std::size_t>(n);
}
Result<Value> xof_digest(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t n = TRY(xof_length(vm, args, nargs, kwnames, "digest"));
    return make_bytes(vm, TRY(finish(vm, self_hash(args), n)));
}
Result<Value> xof_hexdigest(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t n = TRY(xof_length(vm, args, nargs, kwnames, "hexdigest"));
    std::string digest = TRY(finish(vm, self_hash(args), n));
    return vm.new_str(TRY(hex_digits(vm, digest, Value(), Value())));
}

Result<Value> hash_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    Hash* h = self_hash(args);
    auto c = make<Hash>(h->type);
    c->name = h->name;
    c->context = EVP_MD_CTX_new();
    if (!c->context || !EVP_MD_CTX_copy_ex(c->context, h->context)) return vm.raise(vm.types.MemoryError, "");
    return c.take_value();
}

Result<Value> hash_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Hash* h = self_hash(args);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(h));
    return vm.new_str("<" + h->name + " _hashlib." + std::string(h->type->name->view()) + " object @ " + address + ">");
}

Value hash_members(VM& vm, Value const& self, Str* name) {
    auto* h = as<Hash>(self);
    EVP_MD const* md = EVP_MD_CTX_get0_md(h->context);
    bool xof = EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF;
    if (name->view() == "name") return vm.new_str(h->name);
    if (name->view() == "digest_size") return Value::from_int(xof ? 0 : EVP_MD_get_size(md));
    if (name->view() == "block_size") return Value::from_int(EVP_MD_get_block_size(md));
    return Value();
}

// ---- key derivation (CPython: pbkdf2_hmac_impl, _hashlib_scrypt_impl)

Result<std::string_view> key_material(VM& vm, Value const& v) {
    std::string_view out;
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
}

Result<Value> pbkdf2_hmac(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[5];
    TRY(parse_args(vm, "pbkdf2_hmac", args, nargs, kwnames, {"hash_name", "password", "salt", "iterations", "dklen"}, f));
    for (int i = 0; i < 4; ++i)
        if (f[i].is_null())
            return vm.raise(vm.types.TypeError, "pbkdf2_hmac() missing required argument '{}' (pos {})",
                            std::array{"hash_name", "password", "salt", "iterations"}[i], i + 1);
    std::string hash_name = TRY(vm.str_string(f[0]));
    std::string_view password = TRY(key_material(vm, f[1]));
    std::string_view salt = TRY(key_material(vm, f[2]));
    std::int64_t iterations = TRY(vm.index_value(f[3]));
    std::string python_name;
    EVP_MD const* md = find_digest(hash_name, python_name);
    if (!md) return vm.raise(vm.types.ValueError, "[digital envelope routines] unsupported");
    if (iterations < 1) return vm.raise(vm.types.ValueError, "iteration value must be greater than 0.");
    if (iterations > INT_MAX) return vm.raise(vm.types.OverflowError, "iteration value is too great.");
    std::int64_t dklen = f[4].is_null() || f[4].is_none() ? EVP_MD_get_size(md) : TRY(vm.index_value(f[4]));
    if (dklen < 1) return vm.raise(vm.types.ValueError, "key length must be greater than 0.");
    if (dklen > INT_MAX) return vm.raise(vm.types.OverflowError, "key length is too great.");
    std::string out(static_cast<std::size_t>(dklen), '\0');
    if (!PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                           reinterpret_cast<unsigned char const*>(salt.data()), static_cast<int>(salt.size()),
                           static_cast<int>(iterations), md, static_cast<int>(dklen),
                           reinterpret_cast<unsigned char*>(out.data())))
        return vm.raise(vm.types.ValueError, "[digital envelope routines] unsupported");
    return make_bytes(vm, std::move(out));
}

Result<Value> scrypt(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[7];
    TRY(parse_args(vm, "scrypt", args, nargs, kwnames, {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, f));
    if (nargs - (kwnames ? kwnames->size : 0) > 1)
        return vm.raise(vm.types.TypeError, "scrypt() takes exactly 1 positional argument ({} given)",
                        nargs - (kwnames ? kwnames->size : 0));
    if (f[0].is_null()) return vm.raise(vm.types.TypeError, "scrypt() missing required argument 'password' (pos 1)");
    std::string_view password = TRY(key_material(vm, f[0]));
    if (f[1].is_null() || f[1].is_none()) return vm.raise(vm.types.TypeError, "salt is required");
    std::string_view salt = TRY(key_material(vm, f[1]));
    if (f[2].is_null() || f[2].is_none()) return vm.raise(vm.types.TypeError, "n is required and must be an unsigned int");
    if (f[3].is_null() || f[3].is_none()) return vm.raise(vm.types.TypeError, "r is required and must be an unsigned int");
    if (f[4].is_null() || f[4].is_none()) return vm.raise(vm.types.TypeError, "p is required and must be an unsigned int");
    std::int64_t n = TRY(vm.index_value(f[2])), r = TRY(vm.index_value(f[3])), p = TRY(vm.index_value(f[4]));
    std::int64_t maxmem = f[5].is_null() ? 0 : TRY(vm.index_value(f[5]));
    std::int64_t dklen = f[6].is_null() ? 64 : TRY(vm.index_value(f[6]));
    if (n < 2 || (n & (n - 1))) return vm.raise(vm.types.ValueError, "n must be a power of 2.");
    if (maxmem < 0 || maxmem > INT_MAX)
        return vm.raise(vm.types.ValueError, "maxmem must be positive and smaller than {}", INT_MAX);
    if (dklen < 1 || dklen > INT_MAX)
        return vm.raise(vm.types.ValueError, "dklen must be greater than 0 and smaller than {}", INT_MAX);
    std::string out(static_cast<std::size_t>(dklen), '\0');
    if (!EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<unsigned char const*>(salt.data()), salt.size(),
                        static_cast<std::uint64_t>(n), static_cast<std::uint64_t>(r), static_cast<std::uint64_t>(p),
                        static_cast<std::uint64_t>(maxmem), reinterpret_cast<unsigned char*>(out.data()), out.size()))
        return vm.raise(vm.types.ValueError, "Invalid parameter combination for n, r, p, maxmem.");
    return make_bytes(vm, std::move(out));
}

Type* make_hash_type(VM& vm, char const* name, bool xof) {
    Type* t = make_builtin_type(vm, name, vm.types.object, Layout::Native);
    t->module_name = "_hashlib";
    t->subclassable = false;
    t->slots.members = hash_members;
    add_methods(vm, t, {
        {"update", hash_update, Args::one()}, {"copy", hash_copy, Args::none()}, {"__repr__", hash_repr, Args::none()},
    });
    if (xof)
        add_methods(vm, t, {{"digest", xof_digest}, {"hexdigest", xof_hexdigest}});
    else
        add_methods(vm, t, {{"digest", hash_digest, Args::none()}, {"hexdigest", hash_hexdigest, Args::none()}});
    return t;
}

} // namespace

Result<void> init__hashlib_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    Type* hash = make_hash_type(vm, "HASH", false);
    Type* xof = make_hash_type(vm, "HASHXOF", true);
    vm.set_module_type(&hash_key, hash);
    vm.set_module_type(&xof_key, xof);
    dict_set_str(vm, d, vm.intern("HASH"), Value::borrowed(hash));
    dict_set_str(vm, d, vm.intern("HASHXOF"), Value::borrowed(xof));
    add_function(vm, d, "new", hashlib_new);
    add_function(vm, d, "pbkdf2_hmac", pbkdf2_hmac);
    add_function(vm, d, "scrypt", scrypt);
    // openssl_<name> for each digest OpenSSL has here, and the set of their names (openssl_md_meth_names)
    auto names = vm.new_list();
    for (auto const& n : digest_names) {
        if (!EVP_get_digestbyname(n.openssl)) continue;
        names->items.push_back(vm.new_str(n.python));
        std::string name = std::string("openssl_") + n.python;
        for (char& c : name) if (c == '-') c = '_';
        add_function(vm, d, name.c_str(), hashlib_named);
        as<BuiltinFunction>(dict_get_str(d, vm.intern(name)))->data = vm.new_str(n.python);
    }
    dict_set_str(vm, d, vm.intern("openssl_md_meth_names"), names.take_value());
    return {};
}

} // namespace weft::rt

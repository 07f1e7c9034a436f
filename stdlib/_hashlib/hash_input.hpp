#pragma once
// The data a hash constructor or update() takes, shared by _hashlib (OpenSSL digests) and _blake2 (libb2).

#include <string_view>

#include "runtime/types/bytes.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

// A bytes-like object's bytes; str is refused with CPython's hint (CPython: GET_BUFFER_VIEW_OR_ERROUT).
inline Result<std::string_view> hash_data(VM& vm, Value const& v) {
    std::string_view out;
    if (v.is_object() && vm.type_of(v)->layout == Layout::Str)
        return vm.raise(vm.types.TypeError, "Strings must be encoded before hashing");
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "object supporting the buffer API required");
}

} // namespace weft::rt

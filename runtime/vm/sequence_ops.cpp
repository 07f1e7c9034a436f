// Operators on the builtin containers: concatenation and repetition, and lexicographic comparison, for str,
// list, tuple, dict, set and range (subscripting, `in` and len are the types' own slots).
#include <cstring>

#include "interpreter/bytecode.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/percent_format.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;
using front::CmpOpArg;

Result<void> slice_indices(VM& vm, Value const& slice, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step, std::int64_t& count);
Result<Value> set_algebra(VM& vm, Set* a, Set* b, int which);
Result<bool> set_has(VM& vm, Set* s, Value const& v);

namespace {

Result<std::int64_t> repeat_count(VM& vm, Value const& n) {
    if (n.is_int() || n.is_bool()) return n.as_int();
    if (n.is_object() && vm.type_of(n)->layout == Layout::Int) {
        if (to_bigint(n).is_negative()) return std::int64_t{0};
        return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return std::int64_t{-1};
}

Result<Value> repeat(VM& vm, Value const& seq, std::int64_t n) {
    if (n < 0) n = 0;
    switch (layout_of(seq)) {
    case Layout::Str: {
        Str* s = as<Str>(seq);
        // CPython: more than PY_SSIZE_T_MAX characters is an OverflowError (Objects/unicodeobject.c,
        // unicode_repeat); a result that merely cannot be allocated is a MemoryError
        if (n > 0 && s->char_count > 0 && static_cast<std::uint64_t>(n) > static_cast<std::uint64_t>(INT64_MAX) / s->char_count)
            return vm.raise(vm.types.OverflowError, "repeated string is too long");
        if (n > 0 && s->length > 0 && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 40) / s->length)
            return vm.raise(vm.types.MemoryError, "");
        std::string out;
        out.reserve(s->length * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) out.append(s->view());
        return vm.new_str(out);
    }
    case Layout::List: {
        auto l = vm.new_list();
        std::vector<Value> const& src = as<List>(seq)->items;
        if (n > 0 && !src.empty() && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 36) / src.size())
            return vm.raise(vm.types.MemoryError, "");
        l->items.reserve(src.size() * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) l->items.insert(l->items.end(), src.begin(), src.end());
        return l.take_value();
    }
    default: {
        Tuple* t = as<Tuple>(seq);
        if (n > 0 && t->size > 0 && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 36) / t->size)
            return vm.raise(vm.types.MemoryError, "");
        auto out = vm.new_tuple(t->size * static_cast<std::size_t>(n));
        for (std::size_t i = 0; i < out->size; ++i) out->items[i] = t->items[i % t->size];
        return out.take_value();
    }
    }
}

} // namespace

Result<Value> sequence_binary_op(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    Layout la = layout_of(a), lb = layout_of(b);
    if (la == Layout::Str && op == static_cast<int>(BinOpArg::Remainder))
        return percent_format(vm, as<Str>(a), b);
    if (op == static_cast<int>(BinOpArg::Add)) {
        if (la == Layout::Str && lb == Layout::Str) {
            Str* x = as<Str>(a);
            Str* y = as<Str>(b);
            if (y->length == 0) return a;
            if (x->length == 0) return b;
            return Str::concat(vm.types.str, x, y).take_value();
        }
        if (la == Layout::List && lb == Layout::List) {
            if (inplace) {
                std::vector<Value> copy = as<List>(b)->items;
                as<List>(a)->items.insert(as<List>(a)->items.end(), copy.begin(), copy.end());
                return a;
            }
            auto l = vm.new_list();
            l->items.reserve(as<List>(a)->items.size() + as<List>(b)->items.size());
            l->items = as<List>(a)->items;
            l->items.insert(l->items.end(), as<List>(b)->items.begin(), as<List>(b)->items.end());
            return l.take_value();
        }
        if (la == Layout::List && inplace) {
            std::vector<Value> items = TRY(vm.to_vector(b));
            as<List>(a)->items.insert(as<List>(a)->items.end(), items.begin(), items.end());
            return a;
        }
        if (la == Layout::Tuple && lb == Layout::Tuple) {
            Tuple* x = as<Tuple>(a);
            Tuple* y = as<Tuple>(b);
            auto t = vm.new_tuple(x->size + y->size);
            for (std::size_t i = 0; i < x->size; ++i) t->items[i] = x->items[i];
            for (std::size_t i = 0; i < y->size; ++i) t->items[x->size + i] = y->items[i];
            return t.take_value();
        }
        if ((la == Layout::Str || la == Layout::List || la == Layout::Tuple) && lb != la && vm.type_of(b)->is_heap == false) {
            if (la == Layout::Str)
                return vm.raise(vm.types.TypeError, "can only concatenate str (not \"{}\") to str", vm.type_of(b)->name->view());
            if (la == Layout::List)
                return vm.raise(vm.types.TypeError, "can only concatenate list (not \"{}\") to list", vm.type_of(b)->name->view());
            return vm.raise(vm.types.TypeError, "can only concatenate tuple (not \"{}\") to tuple", vm.type_of(b)->name->view());
        }
    }
    if (op == static_cast<int>(BinOpArg::Multiply)) {
        if (la == Layout::Str || la == Layout::List || la == Layout::Tuple) {
            std::int64_t n = TRY(repeat_count(vm, b));
            if (n >= 0 || b.is_int() || b.is_bool() || layout_of(b) == Layout::Int) {
                if (inplace && la == Layout::List) {
                    Value r = TRY(repeat(vm, a, n));
                    as<List>(a)->items.swap(as<List>(r)->items);
                    return a;
                }
                return repeat(vm, a, n);
            }
            return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '{}'", vm.type_of(b)->name->view());
        }
        if (lb == Layout::Str || lb == Layout::List || lb == Layout::Tuple) {
            std::int64_t n = TRY(repeat_count(vm, a));
            if (n >= 0 || a.is_int() || a.is_bool()) return repeat(vm, b, n);
            return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '{}'", vm.type_of(a)->name->view());
        }
    }
    if (la == Layout::Set && lb == Layout::Set) {
        int which = -1;
        switch (static_cast<BinOpArg>(op)) {
        case BinOpArg::Or: which = 0; break;
        case BinOpArg::And: which = 1; break;
        case BinOpArg::Subtract: which = 2; break;
        case BinOpArg::Xor: which = 3; break;
        default: break;
        }
        if (which >= 0) {
            Value r = TRY(set_algebra(vm, as<Set>(a), as<Set>(b), which));
            if (inplace && vm.type_of(a) == vm.types.set) {
                as<Set>(a)->table.clear();
                for (auto const& e : as<Set>(r)->table.entries())
                    if (!e.key.is_null()) as<Set>(a)->table.insert_new(e.key, e.hash, e.value);
                return a;
            }
            return r;
        }
    }
    if (la == Layout::Dict && lb == Layout::Dict && op == static_cast<int>(BinOpArg::Or)) {
        Ref<Dict> d = inplace ? Ref<Dict>::borrowed(as<Dict>(a)) : vm.new_dict();
        if (!inplace)
            for (auto const& e : as<Dict>(a)->table.entries())
                if (!e.key.is_null()) d->table.insert_new(e.key, e.hash, e.value);
        for (auto const& e : as<Dict>(b)->table.entries())
            if (!e.key.is_null()) TRY(d->table.insert(vm, e.key, e.hash, e.value));
        return d.take_value();
    }
    return vm.not_implemented;
}

namespace {
bool cmp_holds(int op, int c) {
    switch (static_cast<CmpOpArg>(op)) {
    case CmpOpArg::Lt: return c < 0;
    case CmpOpArg::Le: return c <= 0;
    case CmpOpArg::Eq: return c == 0;
    case CmpOpArg::Ne: return c != 0;
    case CmpOpArg::Gt: return c > 0;
    case CmpOpArg::Ge: return c >= 0;
    }
    return false;
}

// Lexicographic comparison (CPython: list_richcompare): first differing item decides.
Result<Value> compare_items(VM& vm, Value const* x, std::size_t nx, Value const* y, std::size_t ny, int op) {
    std::size_t n = std::min(nx, ny);
    std::size_t i = 0;
    for (; i < n; ++i) {
        if (x[i].is(y[i]) && !x[i].is_float()) continue;
        if (!TRY(vm.equals(x[i], y[i]))) break;
    }
    if (i >= n) {
        int c = nx < ny ? -1 : nx > ny ? 1 : 0;
        return Value::from_bool(cmp_holds(op, c));
    }
    if (op == static_cast<int>(CmpOpArg::Eq)) return Value::from_bool(false);
    if (op == static_cast<int>(CmpOpArg::Ne)) return Value::from_bool(true);
    return vm.compare(x[i], y[i], op);
}
} // namespace

Result<Value> sequence_compare(VM& vm, Value const& a, Value const& b, int op) {
    Layout la = layout_of(a), lb = layout_of(b);
    if (la != lb) {
        if (la == Layout::Set || lb == Layout::Set) return vm.not_implemented;
        return vm.not_implemented;
    }
    switch (la) {
    case Layout::Str: {
        int c = as<Str>(a)->view().compare(as<Str>(b)->view());
        return Value::from_bool(cmp_holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
    }
    case Layout::List: {
        std::vector<Value> x = as<List>(a)->items, y = as<List>(b)->items;
        return compare_items(vm, x.data(), x.size(), y.data(), y.size(), op);
    }
    case Layout::Tuple:
        return compare_items(vm, as<Tuple>(a)->items, as<Tuple>(a)->size, as<Tuple>(b)->items, as<Tuple>(b)->size, op);
    case Layout::Dict: {
        if (op != static_cast<int>(CmpOpArg::Eq) && op != static_cast<int>(CmpOpArg::Ne)) return vm.not_implemented;
        Dict* x = as<Dict>(a);
        Dict* y = as<Dict>(b);
        bool eq = x->table.size() == y->table.size();
        if (eq) {
            std::vector<DictTable::Entry> entries;
            for (auto const& e : x->table.entries())
                if (!e.key.is_null()) entries.push_back(e);
            for (auto const& e : entries) {
                Value other = TRY(dict_get(vm, y, e.key));
                if (other.is_null() || !TRY(vm.equals(e.value, other))) { eq = false; break; }
            }
        }
        return Value::from_bool(op == static_cast<int>(CmpOpArg::Eq) ? eq : !eq);
    }
    case Layout::Set: {
        Set* x = as<Set>(a);
        Set* y = as<Set>(b);
        auto subset = [&](Set* p, Set* q) -> Result<bool> {
            for (auto const& e : p->table.entries())
                if (!e.key.is_null() && !TRY(set_has(vm, q, e.key))) return false;
            return true;
        };
        bool x_in_y = TRY(subset(x, y));
        bool y_in_x = TRY(subset(y, x));
        switch (static_cast<CmpOpArg>(op)) {
        case CmpOpArg::Eq: return Value::from_bool(x_in_y && y_in_x);
        case CmpOpArg::Ne: return Value::from_bool(!(x_in_y && y_in_x));
        case CmpOpArg::Le: return Value::from_bool(x_in_y);
        case CmpOpArg::Lt: return Value::from_bool(x_in_y && !y_in_x);
        case CmpOpArg::Ge: return Value::from_bool(y_in_x);
        case CmpOpArg::Gt: return Value::from_bool(y_in_x && !x_in_y);
        }
        return vm.not_implemented;
    }
    case Layout::Range: {
        if (op != static_cast<int>(CmpOpArg::Eq) && op != static_cast<int>(CmpOpArg::Ne)) return vm.not_implemented;
        Ref<List> x = TRY(vm.to_list(a));
        Ref<List> y = TRY(vm.to_list(b));
        return compare_items(vm, x->items.data(), x->items.size(), y->items.data(), y->items.size(), op);
    }
    default:
        return vm.not_implemented;
    }
}

} // namespace weft::rt

// "Did you mean: 'x'?" after an uncaught AttributeError or NameError: the closest name by a weighted edit
// distance among the object's dir(), or among the failing frame's local names, its globals and the builtins.
// CPython 3.11: Python/suggestions.c (_Py_Offer_Suggestions, calculate_suggestions, levenshtein_distance) and
// Objects/object.c (set_attribute_error_context, which gives every AttributeError out of getattr its name and obj).

#include <algorithm>
#include <climits>

#include "runtime/types/function.hpp"
#include "runtime/vm/traceback.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

constexpr std::size_t max_candidates = 750;  // a longer dir() is not searched
constexpr std::size_t max_name_length = 40;  // nor are longer names compared
constexpr std::size_t move_cost = 2;         // inserting, deleting or replacing a character
constexpr std::size_t case_cost = 1;         // replacing a letter by itself in the other case

std::size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return move_cost;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? case_cost : move_cost;
}

// The edit distance of two UTF-8 names, or max_cost + 1 once it is known to exceed max_cost. One row of the
// dynamic-programming matrix is kept; common prefixes and suffixes are trimmed first.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) { a.remove_prefix(1); b.remove_prefix(1); }
    while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * move_cost;
    if (a.size() > max_name_length || b.size() > max_name_length) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);  // the row runs along the shorter one
    if ((b.size() - a.size()) * move_cost > max_cost) return max_cost + 1;
    std::size_t row[max_name_length];
    for (std::size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * move_cost;
    std::size_t result = 0;
    for (std::size_t j = 0; j < b.size(); ++j) {
        std::size_t diagonal = j * move_cost;  // cost(b[:j], a[:0])
        result = diagonal;
        std::size_t row_minimum = SIZE_MAX;
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::size_t substitute = diagonal + substitution_cost(b[j], a[i]);
            diagonal = row[i];
            result = std::min(std::min(result, diagonal) + move_cost, substitute);
            row[i] = result;
            row_minimum = std::min(row_minimum, result);
        }
        if (row_minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// The candidate closest to `name` (the first of equals), if within a third of the characters involved
struct Best {
    Str* name = nullptr;
    std::size_t distance = SIZE_MAX;
};

void consider(ValueVector const& candidates, Str* name, Best& best) {
    if (candidates.size() >= max_candidates) return;
    for (Value const& c : candidates) {
        if (!c.is_object() || c.as_object()->type->layout != Layout::Str) continue;
        Str* item = as<Str>(c);
        if (item->view() == name->view()) continue;
        std::size_t limit = (name->view().size() + item->view().size() + 3) * move_cost / 6;
        limit = std::min(limit, best.distance - 1);
        std::size_t d = edit_distance(name->view(), item->view(), limit);
        if (d > limit) continue;
        if (!best.name || d < best.distance) best = {item, d};
    }
}

ValueVector dict_keys(Dict* d) {
    ValueVector keys;
    if (!d) return keys;
    for (auto const& e : d->table.entries())
        if (!e.key.is_null()) keys.push_back(e.key);
    return keys;
}

Value exception_field(VM& vm, Exception* e, char const* field) {
    return e->dict ? dict_get_str(e->dict.get(), vm.intern(field)) : Value();
}

} // namespace

// The name to suggest for an uncaught exception, or null (CPython: _Py_Offer_Suggestions: exactly AttributeError
// or NameError, never a subclass). Errors on the way mean no suggestion.
Str* suggest_name(VM& vm, Exception* e) {
    Value name = exception_field(vm, e, "name");
    if (!name.is_object() || vm.type_of(name)->layout != Layout::Str) return nullptr;
    Best best;
    if (e->type == vm.types.AttributeError) {
        Value obj = exception_field(vm, e, "obj");
        Value dir = dict_get_str(vm.builtins.get(), vm.intern("dir"));
        if (obj.is_null() || dir.is_null()) return nullptr;
        Result<Value> names = vm.call(dir, &obj, 1);
        if (names.is_error() || vm.type_of(names.value())->layout != Layout::List) {
            if (names.is_error()) vm.take_exception();
            return nullptr;
        }
        consider(as<List>(names.value())->items, as<Str>(name), best);
        return best.name;
    }
    if (e->type != vm.types.NameError || e->traceback.empty()) return nullptr;
    // the frame the name was looked up in: its local names, then its globals and builtins (kept in `value`)
    ValueVector locals;
    for (auto const& v : e->traceback.front().code->varnames) locals.push_back(v.value());
    consider(locals, as<Str>(name), best);
    if (best.name) return best.name;
    if (!e->value.is_object() || vm.type_of(e->value)->layout != Layout::Tuple) return nullptr;
    Tuple* scope = as<Tuple>(e->value);
    for (std::size_t i = 0; i < scope->size && !best.name; ++i)
        if (scope->items[i].is_object() && vm.type_of(scope->items[i])->layout == Layout::Dict)
            consider(dict_keys(as<Dict>(scope->items[i])), as<Str>(name), best);
    return best.name;
}

// Gives the AttributeError being raised out of getattr(obj, name) those two as attributes, unless it has them
// (CPython: set_attribute_error_context).
void VM::add_attribute_error_context(Value const& obj, Str* name) {
    if (m_exception.is_null() || !type_of(m_exception)->is_subtype_of(types.AttributeError)) return;
    Exception* e = as<Exception>(m_exception);
    if (e->dict && (!dict_get_str(e->dict.get(), intern("name")).is_null() || !dict_get_str(e->dict.get(), intern("obj")).is_null()))
        return;
    if (!e->dict) e->dict = new_dict();
    dict_set_str(*this, e->dict.get(), intern("name"), Value::borrowed(name));
    dict_set_str(*this, e->dict.get(), intern("obj"), obj);
}

// NameError("name 'x' is not defined") with its name, and the scope it was looked up in for the suggestion
Raised VM::raise_name_error(Str* name, Dict* globals, Dict* builtins_dict) {
    Value message = new_str(format("name '{}' is not defined", name->view()));
    Result<Value> exc = new_exception(types.NameError, &message, 1);
    if (exc.is_error()) return Raised{};
    Exception* e = as<Exception>(exc.value());
    if (!e->dict) e->dict = new_dict();
    dict_set_str(*this, e->dict.get(), intern("name"), Value::borrowed(name));
    Ref<Tuple> scope = new_tuple(2);
    scope->items[0] = globals ? Value::borrowed(globals) : Value::none();
    scope->items[1] = builtins_dict ? Value::borrowed(builtins_dict) : Value::none();
    e->value = scope.take_value();
    return raise_value(exc.release_value());
}

} // namespace weft::rt

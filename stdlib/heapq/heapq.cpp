// heapq's core: a binary min-heap kept in a list, ordered by `<` alone. The sift loops are CPython's, step
// for step, so a heap holds its items in the same positions as CPython's would. nsmallest, nlargest and merge
// are written in weft (heapq.py). CPython: Modules/_heapqmodule.c (siftdown, siftup, heappush, heappop,
// heapify, heapreplace, heappushpop and their messages).
#include "runtime/types/containers.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// the heap argument, checked as Argument Clinic checks it ("heappush() argument 1 must be list, not tuple")
Result<List*> heap_list(VM& vm, Value const& v) {
    if (!v.is_object() || vm.type_of(v)->layout != Layout::List) {
        BuiltinFunction* f = vm.native_callee;
        return vm.raise(vm.types.TypeError, "{}() argument{} must be list, not {}", f->name->view(),
                        f->args.max > 1 ? " 1" : "", vm.type_of(v)->name->view());
    }
    return as<List>(v);
}

// `a < b`, then a check that the comparison left the list's size alone (it may run Python code)
Result<bool> less(VM& vm, List* heap, std::size_t size, Value const& a, Value const& b) {
    bool r = TRY(vm.less_than(a, b));
    if (heap->items.size() != size)
        return vm.raise(vm.types.RuntimeError, "list changed size during iteration");
    return r;
}

// Move the item at `pos` up towards `start` while it is smaller than its parent (CPython: siftdown)
Result<void> sift_down(VM& vm, List* heap, std::size_t start, std::size_t pos) {
    std::size_t size = heap->items.size();
    Value item = heap->items[pos];
    while (pos > start) {
        std::size_t parent_pos = (pos - 1) >> 1;
        Value parent = heap->items[parent_pos];
        if (!TRY(less(vm, heap, size, item, parent)))
            break;
        heap->items[pos] = std::move(parent);
        pos = parent_pos;
    }
    heap->items[pos] = std::move(item);
    return {};
}

// Move the smaller child up until a leaf is reached, put the item there and sift it back (CPython: siftup)
Result<void> sift_up(VM& vm, List* heap, std::size_t pos) {
    std::size_t end = heap->items.size();
    std::size_t start = pos;
    Value item = heap->items[pos];
    std::size_t child = 2 * pos + 1;
    while (child < end) {
        std::size_t right = child + 1;
        if (right < end && !TRY(less(vm, heap, end, heap->items[child], heap->items[right])))
            child = right;
        heap->items[pos] = heap->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap->items[pos] = std::move(item);
    return sift_down(vm, heap, start, pos);
}

Result<Value> heappush(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* heap = TRY(heap_list(vm, args[0]));
    heap->items.push_back(args[1]);
    TRY(sift_down(vm, heap, 0, heap->items.size() - 1));
    return Value::none();
}

Result<Value> heappop(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* heap = TRY(heap_list(vm, args[0]));
    if (heap->items.empty())
        return vm.raise(vm.types.IndexError, "index out of range");
    Value last = std::move(heap->items.back());
    heap->items.pop_back();
    if (heap->items.empty())
        return last;
    Value top = std::exchange(heap->items[0], std::move(last));
    TRY(sift_up(vm, heap, 0));
    return top;
}

Result<Value> heapreplace(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* heap = TRY(heap_list(vm, args[0]));
    if (heap->items.empty())
        return vm.raise(vm.types.IndexError, "index out of range");
    Value top = std::exchange(heap->items[0], args[1]);
    TRY(sift_up(vm, heap, 0));
    return top;
}

Result<Value> heappushpop(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* heap = TRY(heap_list(vm, args[0]));
    if (heap->items.empty())
        return args[1];
    Value top = heap->items[0];
    if (!TRY(vm.less_than(top, args[1])))
        return args[1];
    if (heap->items.empty())
        return vm.raise(vm.types.IndexError, "index out of range");
    top = std::exchange(heap->items[0], args[1]);
    TRY(sift_up(vm, heap, 0));
    return top;
}

Result<Value> heapify(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* heap = TRY(heap_list(vm, args[0]));
    for (std::size_t i = heap->items.size() / 2; i-- > 0;)
        TRY(sift_up(vm, heap, i));
    return Value::none();
}

} // namespace

Result<void> init_heapq_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "heappush", heappush, Args::positional(2, 2));
    add_function(vm, d, "heappop", heappop, Args::one());
    add_function(vm, d, "heapreplace", heapreplace, Args::positional(2, 2));
    add_function(vm, d, "heappushpop", heappushpop, Args::positional(2, 2));
    add_function(vm, d, "heapify", heapify, Args::one());
    return {};
}

} // namespace weft::rt

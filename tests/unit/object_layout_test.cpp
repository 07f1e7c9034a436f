// Object layouts the runtime's speed and memory rest on: the small-object pools, instance shapes and their
// transitions, the type attribute cache's invalidation, and the sizes a sleeping task is made of.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "runtime/sched/sched_types.hpp"
#include "runtime/small_alloc.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/shape.hpp"
#include "runtime/vm/vm.hpp"

using namespace weft::rt;

TEST(SmallAlloc, BlocksAreDistinctAlignedAndReused) {
    std::set<void*> seen;
    std::vector<void*> blocks;
    for (int i = 0; i < 1000; ++i) {
        void* p = small_alloc(48);
        ASSERT_EQ(reinterpret_cast<std::uintptr_t>(p) % 16, 0u);
        EXPECT_TRUE(seen.insert(p).second);
        blocks.push_back(p);
    }
    void* last = blocks.back();
    small_free(last, 48);
    void* again = small_alloc(40);  // same 48-byte class
#if !defined(__SANITIZE_ADDRESS__)
    EXPECT_EQ(again, last);
#endif
    small_free(again, 40);
    blocks.pop_back();
    for (void* p : blocks) small_free(p, 48);
    void* big = small_alloc(4096);  // above the pools: plain operator new
    std::memset(big, 1, 4096);
    small_free(big, 4096);
}

TEST(Shape, TransitionsAreSharedAndOrdered) {
    VM vm;
    Shape root;
    Str* x = vm.intern("x");
    Str* y = vm.intern("y");
    Shape* sx = root.with(x);
    EXPECT_EQ(root.with(x), sx);  // the same transition, not a copy
    Shape* sxy = sx->with(y);
    Shape* sy = root.with(y);
    Shape* syx = sy->with(x);
    EXPECT_NE(sxy, syx);  // insertion order is part of the layout
    EXPECT_EQ(sxy->find(x), 0);
    EXPECT_EQ(sxy->find(y), 1);
    EXPECT_EQ(syx->find(x), 1);
    EXPECT_EQ(sx->find(y), -1);
    EXPECT_EQ(sxy->count(), 2u);
}

TEST(Instance, SlotsThenDictMode) {
    VM vm;
    Value cls = vm.call(Value::borrowed(vm.types.type),
                        ValueVector{vm.new_str("K"), Value::borrowed(vm.empty_tuple.get()), vm.new_dict().take_value()}.data(), 3)
                    .release_value();
    Type* k = as<Type>(cls);
    Ref<Instance> inst = Instance::create(vm, k);
    for (int i = 0; i < 20; ++i) inst->set(vm, vm.intern("a" + std::to_string(i)), Value::from_int(i));
    ASSERT_NE(inst->shape, nullptr);
    EXPECT_EQ(inst->count(), 20u);
    EXPECT_EQ(inst->get(vm.intern("a13")).as_int(), 13);
    Ref<Str> uninterned = vm.make_str("a7");  // found by content too
    EXPECT_EQ(inst->get(uninterned.get()).as_int(), 7);
    EXPECT_TRUE(inst->remove(vm, vm.intern("a0")));
    EXPECT_EQ(inst->shape, nullptr);  // deleting moved it to a dict
    EXPECT_TRUE(inst->get(vm.intern("a0")).is_null());
    EXPECT_EQ(inst->get(vm.intern("a19")).as_int(), 19);
    EXPECT_EQ(inst->materialize(vm)->table.size(), 19u);
}

TEST(TypeCache, ClassAttributeChangesInvalidate) {
    VM vm;
    Value cls = vm.call(Value::borrowed(vm.types.type),
                        ValueVector{vm.new_str("K"), Value::borrowed(vm.empty_tuple.get()), vm.new_dict().take_value()}.data(), 3)
                    .release_value();
    Type* k = as<Type>(cls);
    Str* name = vm.intern("attr");
    EXPECT_FALSE(k->lookup_raw(name).found());  // cached as absent
    ASSERT_FALSE(vm.setattr(cls, name, Value::from_int(5)).is_error());
    EXPECT_TRUE(k->lookup_raw(name).found());
    EXPECT_EQ(k->lookup(name).as_int(), 5);
    ASSERT_FALSE(vm.delattr(cls, name).is_error());
    EXPECT_FALSE(k->lookup_raw(name).found());
}

// What a million sleeping tasks are made of (docs/ARCHITECTURE.md): a size creeping up shows here first.
TEST(TaskMemory, SizesOfAWaitingTask) {
    EXPECT_LE(sizeof(Task), 144u);
    EXPECT_LE(sizeof(SleepAwaitable), 64u);
    EXPECT_LE(offsetof(Frame, slots), 64u);
    EXPECT_LE(generator_frame_offset, 48u);
}

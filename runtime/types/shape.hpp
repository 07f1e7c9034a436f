// Shapes: the attribute layouts of plain instances (type.hpp, Instance). A shape lists attribute names in
// slot order; adding an attribute moves an instance to a child shape, found in its parent's transitions, so
// instances that get the same attributes in the same order share one shape and inline caches can key on it.
// A type owns its shape tree (Type::root_shape); shapes live as long as their type. Names are interned, so
// lookups compare pointers.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace weft::rt {

struct Str;

struct Shape {
    static constexpr std::uint32_t max_attributes = 64;  // beyond: dict mode

    std::vector<Str*> names;  // slot order; interned strings (they live as long as the VM)
    std::vector<std::pair<Str*, std::unique_ptr<Shape>>> transitions;

    std::uint32_t count() const { return static_cast<std::uint32_t>(names.size()); }
    // The slot of an interned name, or -1.
    std::int32_t find(Str const* name) const {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return static_cast<std::int32_t>(i);
        return -1;
    }
    // The shape with `name` (interned, not present) appended.
    Shape* with(Str* name) {
        for (auto& t : transitions)
            if (t.first == name) return t.second.get();
        auto child = std::make_unique<Shape>();
        child->names = names;
        child->names.push_back(name);
        transitions.emplace_back(name, std::move(child));
        return transitions.back().second.get();
    }
};

} // namespace weft::rt

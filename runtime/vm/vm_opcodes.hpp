// The dispatch loop's instruction set: the front end's opcodes (interpreter/opcodes.def) with their numbers,
// then the superinstructions that only the loader makes (superinstructions.def).
#pragma once

#include <cstdint>

#include "interpreter/bytecode.hpp"

namespace weft::rt {

enum class VmOp : std::uint8_t {
#define OP(name, ...) name,
#include "interpreter/opcodes.def"
#include "runtime/vm/superinstructions.def"
#undef OP
};

inline constexpr int vm_op_count = 0
#define OP(name, ...) +1
#include "interpreter/opcodes.def"
#include "runtime/vm/superinstructions.def"
#undef OP
    ;
static_assert(vm_op_count <= 256, "an opcode is one byte");

// A front-end opcode as the dispatch loop numbers it (the same number).
constexpr VmOp vm_op(front::Op op) { return static_cast<VmOp>(op); }
constexpr VmOp vm_opcode_of(front::Instruction i) { return static_cast<VmOp>(i & 0xFF); }

} // namespace weft::rt

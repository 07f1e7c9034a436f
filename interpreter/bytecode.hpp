// The instruction set as C++: Op (from opcodes.def), instruction encoding and the per-opcode info table
// used by the compiler's stack-depth pass, the disassembler and the VM.
#pragma once

#include <cstdint>
#include <string_view>

namespace weft::front {

enum class Op : std::uint8_t {
#define OP(name, ...) name,
#include "interpreter/opcodes.def"
#undef OP
};

inline constexpr int op_count = 0
#define OP(name, ...) +1
#include "interpreter/opcodes.def"
#undef OP
    ;

// What an instruction's argument means.
enum class Operand : std::uint8_t { None, Const, Local, Deref, Name, Jump, Count, BinOp, CmpOp, Raw };

inline constexpr int VAR = -1;

struct OpInfo {
    std::string_view name;
    Operand operand;
    int pops;    // VAR: see stack_effect()
    int pushes;  // VAR: see stack_effect()
    int cache;   // cache words following the instruction
};

inline constexpr OpInfo op_info_table[] = {
#define OP(name, operand, pops, pushes, cache) {#name, Operand::operand, pops, pushes, cache},
#include "interpreter/opcodes.def"
#undef OP
};

constexpr OpInfo const& op_info(Op op) { return op_info_table[static_cast<int>(op)]; }

// An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the high 24.
using Instruction = std::uint32_t;
inline constexpr std::uint32_t max_arg = (1u << 24) - 1;
constexpr Instruction encode(Op op, std::uint32_t arg) { return static_cast<std::uint32_t>(op) | (arg << 8); }
constexpr Op opcode_of(Instruction i) { return static_cast<Op>(i & 0xFF); }
constexpr std::uint32_t arg_of(Instruction i) { return i >> 8; }

// BINARY_OP arguments: CPython's NB_* numbering (Include/internal/pycore_opcode.h); +13 is the in-place form.
inline constexpr int binop_inplace = 13;
inline constexpr std::string_view binop_symbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
enum class BinOpArg : std::uint8_t { Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift,
                                     Subtract, TrueDivide, Xor };
// COMPARE_OP arguments, CPython's Py_LT.. order.
enum class CmpOpArg : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
inline constexpr std::string_view cmpop_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
// The special methods of each BINARY_OP operator (plain, reflected, in place) and COMPARE_OP operator.
inline constexpr char const* binop_names[] = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__",
                                   "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"};
inline constexpr char const* rbinop_names[] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
                                    "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__",
                                    "__rtruediv__", "__rxor__"};
inline constexpr char const* ibinop_names[] = {"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",
                                    "__imul__", "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__",
                                    "__itruediv__", "__ixor__"};
inline constexpr char const* cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

// Net stack effect of an instruction. `jump`: the effect when a conditional jump is taken.
constexpr int stack_effect(Op op, std::uint32_t arg, bool jump) {
    int n = static_cast<int>(arg);
    switch (op) {
    case Op::BUILD_SLICE: case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
        return 1 - n;
    case Op::BUILD_MAP: return 1 - 2 * n;
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Op::UNPACK_SEQUENCE: return n - 1;
    case Op::UNPACK_EX: return (n & 0xFF) + (n >> 8);
    case Op::CALL: return -1 - n;
    case Op::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
    case Op::MAKE_FUNCTION:
        return -(((arg & 1) ? 1 : 0) + ((arg & 2) ? 1 : 0) + ((arg & 4) ? 1 : 0) + ((arg & 8) ? 1 : 0));
    case Op::CALL_GENEXPR: return (arg & 8) ? -2 : -1;
    case Op::RAISE_VARARGS: return -n;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::FOR_ITER: return jump ? -1 : 1;
    default: {
        OpInfo const& info = op_info(op);
        return info.pushes - info.pops;
    }
    }
}

constexpr bool is_jump(Op op) { return op_info(op).operand == Operand::Jump; }
constexpr bool is_unconditional_jump(Op op) { return op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD; }
constexpr bool ends_block(Op op) {
    return is_unconditional_jump(op) || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

} // namespace weft::front

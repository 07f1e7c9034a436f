// CodeBuilder: collects one code unit's instructions with symbolic labels and block pseudo-instructions,
// then lays them out: jump targets, stack depth, exception table and the per-word location table.
// CPython: Python/compile.c (assemble, stackdepth, label_exception_targets).
#pragma once

#include <string>
#include <vector>

#include "interpreter/code_unit.hpp"

namespace weft::front {

struct Label {
    int id = -1;
    bool valid() const { return id >= 0; }
};

// Pseudo-instructions that exist only inside the builder.
enum class Block : std::uint8_t {
    None,
    SetupFinally,  // push a handler; the exception alone is pushed
    SetupCleanup,  // push a handler that also receives the raising instruction's offset (lasti)
    SetupWith,     // as SetupCleanup, but the handler's depth excludes the value on top (the __enter__ result)
    PopBlock,      // pop the innermost handler
};

class CodeBuilder {
public:
    explicit CodeBuilder(CodeUnit& unit) : m_unit(unit) {}

    Label new_label();
    void bind(Label label);

    void emit(Op op, std::uint32_t arg, SourceLocation location);
    void emit_jump(Op op, Label target, SourceLocation location);
    void emit_block(Block block, Label handler, SourceLocation location);
    void emit_pop_block(SourceLocation location) { emit_block(Block::PopBlock, Label{}, location); }

    // True when the last emitted instruction ends its basic block (return, raise, unconditional jump).
    bool last_is_terminal() const;

    int add_const(ConstantValue value);
    int add_name(std::string const& name);

    // Lays out the code into the unit. Returns false (and sets `error`) if the code is too large.
    bool finish(SyntaxErrorReport& error);

private:
    struct Item {
        Op op = Op::NOP;
        Block block = Block::None;
        std::uint32_t arg = 0;
        int label = -1;         // jump target or handler label
        SourceLocation location;
    };

    CodeUnit& m_unit;
    std::vector<Item> m_items;
    std::vector<int> m_label_positions;  // label id -> item index
};

} // namespace weft::front

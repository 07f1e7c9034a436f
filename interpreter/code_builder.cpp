// CodeBuilder: layout of a code unit. A flow walk over the instructions computes the stack depth at each
// instruction and which exception handler covers it (CPython: stackdepth() and label_exception_targets()),
// then block pseudo-instructions are dropped, jumps resolved and the exception table built.
#include "interpreter/code_builder.hpp"

#include <algorithm>
#include <memory>

namespace weft::front {

Label CodeBuilder::new_label() {
    m_label_positions.push_back(-1);
    return Label{static_cast<int>(m_label_positions.size()) - 1};
}

void CodeBuilder::bind(Label label) { m_label_positions[label.id] = static_cast<int>(m_items.size()); }

void CodeBuilder::emit(Op op, std::uint32_t arg, SourceLocation location) {
    m_items.push_back(Item{op, Block::None, arg, -1, location});
}

void CodeBuilder::emit_jump(Op op, Label target, SourceLocation location) {
    m_items.push_back(Item{op, Block::None, 0, target.id, location});
}

void CodeBuilder::emit_block(Block block, Label handler, SourceLocation location) {
    m_items.push_back(Item{Op::NOP, block, 0, handler.id, location});
}

bool CodeBuilder::last_is_terminal() const {
    // A label bound at the end is a jump target past the last instruction: not terminal.
    for (int pos : m_label_positions)
        if (pos == static_cast<int>(m_items.size()))
            return false;
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        if (it->block != Block::None)
            continue;
        return ends_block(it->op);
    }
    return false;
}

int CodeBuilder::add_const(ConstantValue value) {
    for (std::size_t i = 0; i < m_unit.consts.size(); ++i) {
        if (m_unit.consts[i] == value)
            return static_cast<int>(i);
    }
    m_unit.consts.push_back(std::move(value));
    return static_cast<int>(m_unit.consts.size()) - 1;
}

int CodeBuilder::add_name(std::string const& name) {
    auto it = std::find(m_unit.names.begin(), m_unit.names.end(), name);
    if (it != m_unit.names.end())
        return static_cast<int>(it - m_unit.names.begin());
    m_unit.names.push_back(name);
    return static_cast<int>(m_unit.names.size()) - 1;
}

namespace {
// An immutable stack of active handlers, shared between flow paths.
struct HandlerNode {
    int label;         // handler label
    int depth;         // stack depth the handler unwinds to
    bool lasti;
    std::shared_ptr<HandlerNode const> next;
};
using HandlerStack = std::shared_ptr<HandlerNode const>;
} // namespace

bool CodeBuilder::finish(SyntaxErrorReport& error) {
    std::size_t n = m_items.size();
    std::vector<int> depth_at(n + 1, -1);
    std::vector<HandlerStack> handlers_at(n + 1);
    std::vector<bool> visited(n + 1, false);
    int max_depth = 0;

    // Flow walk: (index, depth, handler stack).
    struct Work {
        std::size_t index;
        int depth;
        HandlerStack handlers;
    };
    std::vector<Work> work;
    auto push = [&](std::size_t index, int depth, HandlerStack const& handlers) {
        if (index > n || visited[index])
            return;
        visited[index] = true;
        depth_at[index] = depth;
        handlers_at[index] = handlers;
        work.push_back(Work{index, depth, handlers});
    };
    auto label_index = [&](int label) { return static_cast<std::size_t>(m_label_positions[label]); };
    push(0, 0, nullptr);
    while (!work.empty()) {
        Work w = work.back();
        work.pop_back();
        std::size_t i = w.index;
        int depth = w.depth;
        HandlerStack handlers = w.handlers;
        for (; i < n; ++i) {
            if (i != w.index) {
                if (visited[i])
                    break;
                visited[i] = true;
                depth_at[i] = depth;
                handlers_at[i] = handlers;
            }
            Item const& item = m_items[i];
            if (item.block != Block::None) {
                if (item.block == Block::PopBlock) {
                    if (handlers)
                        handlers = handlers->next;
                    continue;
                }
                bool lasti = item.block != Block::SetupFinally;
                int handler_depth = item.block == Block::SetupWith ? depth - 1 : depth;
                // The handler runs outside its own protection, with the exception (and lasti) pushed.
                int target_depth = handler_depth + 1 + (lasti ? 1 : 0);
                max_depth = std::max(max_depth, target_depth);
                push(label_index(item.label), target_depth, handlers);
                handlers = std::make_shared<HandlerNode const>(HandlerNode{item.label, handler_depth, lasti, handlers});
                continue;
            }
            if (is_jump(item.op)) {
                int taken = depth + stack_effect(item.op, item.arg, true);
                max_depth = std::max(max_depth, taken);
                push(label_index(item.label), taken, handlers);
            }
            depth += stack_effect(item.op, item.arg, false);
            max_depth = std::max(max_depth, depth);
            if (ends_block(item.op))
                break;
        }
    }

    // Layout: word offsets of the real instructions.
    std::vector<std::uint32_t> offset_of(n + 1, 0);
    std::uint32_t offset = 0;
    for (std::size_t i = 0; i < n; ++i) {
        offset_of[i] = offset;
        if (m_items[i].block == Block::None)
            offset += 1 + static_cast<std::uint32_t>(op_info(m_items[i].op).cache);
    }
    offset_of[n] = offset;
    if (offset > max_arg) {
        error = SyntaxErrorReport{"SyntaxError", "too many statements in function", m_items.empty() ? SourceLocation{} : m_items[0].location};
        return false;
    }
    m_unit.code.clear();
    m_unit.locations.clear();
    m_unit.code.reserve(offset);
    for (std::size_t i = 0; i < n; ++i) {
        Item const& item = m_items[i];
        if (item.block != Block::None)
            continue;
        std::uint32_t arg = item.arg;
        if (is_jump(item.op))
            arg = offset_of[label_index(item.label)];
        m_unit.code.push_back(encode(item.op, arg));
        m_unit.locations.push_back(item.location);
        for (int c = 0; c < op_info(item.op).cache; ++c) {
            m_unit.code.push_back(0);
            m_unit.locations.push_back(item.location);
        }
    }

    // Exception table: runs of reachable instructions covered by the same handler.
    m_unit.exception_table.clear();
    for (std::size_t i = 0; i < n; ++i) {
        Item const& item = m_items[i];
        if (item.block != Block::None || !visited[i] || !handlers_at[i])
            continue;
        HandlerNode const& h = *handlers_at[i];
        std::uint32_t start = offset_of[i];
        std::uint32_t end = start + 1 + static_cast<std::uint32_t>(op_info(item.op).cache);
        std::uint32_t target = offset_of[label_index(h.label)];
        auto& table = m_unit.exception_table;
        if (!table.empty() && table.back().end == start && table.back().target == target &&
            table.back().depth == h.depth && table.back().push_lasti == h.lasti) {
            table.back().end = end;
        } else {
            table.push_back(ExceptionTableEntry{start, end, target, static_cast<std::uint16_t>(h.depth), h.lasti});
        }
    }
    m_unit.stacksize = max_depth;
    return true;
}

} // namespace weft::front

// A dis-style listing of code units, for `weft --dis` and the compiler's golden tests.
#include <cstdio>

#include "interpreter/code_unit.hpp"

namespace weft::front {

std::string constant_repr(ConstantValue const& c) {
    switch (c.type) {
    case ConstantValue::Type::None: return "None";
    case ConstantValue::Type::True: return "True";
    case ConstantValue::Type::False: return "False";
    case ConstantValue::Type::Ellipsis: return "Ellipsis";
    case ConstantValue::Type::Int: return std::to_string(c.int_value);
    case ConstantValue::Type::BigInt: return c.text;
    case ConstantValue::Type::Float: case ConstantValue::Type::Complex: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g%s", c.float_value, c.type == ConstantValue::Type::Complex ? "j" : "");
        return buf;
    }
    case ConstantValue::Type::Str: return "'" + c.text + "'";
    case ConstantValue::Type::Bytes: return "b'" + c.text + "'";
    case ConstantValue::Type::Tuple: {
        std::string out = "(";
        for (std::size_t i = 0; i < c.items.size(); ++i) {
            if (i) out += ", ";
            out += constant_repr(c.items[i]);
        }
        if (c.items.size() == 1) out += ",";
        return out + ")";
    }
    case ConstantValue::Type::Code: return "<code object " + c.code->name + ">";
    }
    return "?";
}

namespace {

void disassemble_one(CodeUnit const& unit, std::string& out) {
    out += "Disassembly of <code object " + unit.name + ">:\n";
    int last_line = -1;
    for (std::size_t i = 0; i < unit.code.size();) {
        Instruction inst = unit.code[i];
        Op op = opcode_of(inst);
        std::uint32_t arg = arg_of(inst);
        OpInfo const& info = op_info(op);
        int line = i < unit.locations.size() ? unit.locations[i].line : 0;
        char prefix[32];
        if (line != last_line) {
            std::snprintf(prefix, sizeof prefix, "%4d %6zu ", line, i);
            last_line = line;
        } else {
            std::snprintf(prefix, sizeof prefix, "     %6zu ", i);
        }
        out += prefix;
        out += info.name;
        if (info.operand != Operand::None) {
            out.append(info.name.size() < 21 ? 21 - info.name.size() : 1, ' ');
            out += std::to_string(arg);
            std::string detail;
            switch (info.operand) {
            case Operand::Const: if (arg < unit.consts.size()) detail = constant_repr(unit.consts[arg]); break;
            case Operand::Local: if (arg < unit.varnames.size()) detail = unit.varnames[arg]; break;
            case Operand::Name: if (arg < unit.names.size()) detail = unit.names[arg]; break;
            case Operand::Deref:
                if (arg < unit.cellvars.size()) detail = unit.cellvars[arg];
                else if (arg - unit.cellvars.size() < unit.freevars.size()) detail = unit.freevars[arg - unit.cellvars.size()];
                break;
            case Operand::Jump: detail = "to " + std::to_string(arg); break;
            case Operand::BinOp:
                if (arg < 26) detail = std::string(binop_symbols[arg % binop_inplace]) + (arg >= static_cast<std::uint32_t>(binop_inplace) ? "=" : "");
                break;
            case Operand::CmpOp: if (arg < 6) detail = std::string(cmpop_symbols[arg]); break;
            default: break;
            }
            if (!detail.empty()) out += " (" + detail + ")";
        }
        out += "\n";
        i += 1 + static_cast<std::size_t>(info.cache);
    }
    if (!unit.exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (auto const& e : unit.exception_table) {
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) +
                   " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
        }
    }
    for (auto const& c : unit.consts) {
        if (c.type == ConstantValue::Type::Code) {
            out += "\n";
            disassemble_one(*c.code, out);
        }
    }
}

} // namespace

std::string disassemble(CodeUnit const& unit) {
    std::string out;
    disassemble_one(unit, out);
    return out;
}

} // namespace weft::front

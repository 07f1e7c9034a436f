# Turns a .py file into a .cpp defining `char const NAME[]` (a raw string), so the build needs no Python.
# Usage: cmake -DINPUT=file.py -DOUTPUT=file.cpp -DSYMBOL=name -P embed_python.cmake
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\nnamespace weft::rt {\nextern char const ${SYMBOL}[];\nchar const ${SYMBOL}[] = R\"weft_py(${content})weft_py\";\n}\n")

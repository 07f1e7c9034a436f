# Huffman coding: build the tree (this comment is an encoding declaration to CPython)
print("never printed")

# json.loads on 500 deterministic mutations (own LCG) of a valid document: result or exact JSONDecodeError msg/pos
import json
state = 777
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
base = json.dumps({"name": "wéft", "n": [1, -2.5e3, 0, True, False, None], "s": "a\\\"b\\u00e9\n", "o": {"k": []}}, indent=rnd(3) or None)
alphabet = '{}[],:"\\ 0123456789.eE+-tfnrualsx\n\tu'
for i in range(500):
    doc = list(base)
    for _ in range(1 + rnd(3)):
        op, pos = rnd(3), rnd(len(doc))
        if op == 0 and doc:
            del doc[pos]
        elif op == 1:
            doc.insert(pos, alphabet[rnd(len(alphabet))])
        else:
            doc[pos] = alphabet[rnd(len(alphabet))]
    doc = "".join(doc)
    try:
        print(i, "OK", ascii(json.loads(doc))[:60])
    except json.JSONDecodeError as e:
        print(i, e.msg, e.pos, e.lineno, e.colno)

# a85decode: adobe framing, 'z'/'y' shortcuts, ignorechars, and every error message.
import base64

enc = base64.a85encode(b'Man is distinguished', adobe=True, wrapcol=9)
print(enc)
print(base64.a85decode(enc, adobe=True))
print(base64.a85decode(b'9jqo^BlbD-BleB1DJ+*+F(f,q'))
print(base64.a85decode(b'z'), base64.a85decode(b'zz!!'), base64.a85decode(b'y', foldspaces=True))
print(base64.a85decode(b' 9jq\to^\n\rBl\vbD'))
print(base64.a85decode('BOu!rD]j7BEbo7'), base64.a85decode(bytearray(b'@:E_WAS,RgBkhF')))
print(base64.a85decode(b'BOu!rD]j7BEbo7~>', adobe=True))
print(base64.a85decode(b'<~~>', adobe=True), base64.a85decode(b'~>', adobe=True))
print(base64.a85decode(b'ab cd', ignorechars=b' '), base64.a85decode(b'ab.cd', ignorechars=b'.'))
print(base64.a85decode(b'!'), base64.a85decode(b'!!'), base64.a85decode(b'!!!'))


def show(*a, **k):
    try:
        print(repr(base64.a85decode(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(b'<~BOu!rD]j7BEbo7', adobe=True)
show(b'<~BOu!rD]j7BEbo7~', adobe=True)
show(b'BOu!rD]j7BEbo7~>')
show(b'ab z')
show(b'abyc', foldspaces=True)
show(b'y')
show(b'ab\xffcd')
show(b'abcd~')
show(b's8W-"')
show(b'uuuuu')
show(b's8W-!')
show(b'ab cd', ignorechars=b'')
show(b'\x00')
show(b'xyz')
show('\u00e9')
show(17)
show(b'<~z~>', adobe=True)

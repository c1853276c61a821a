a = 0x_FF + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF
b = 1.5 + .5 + 5. + 1e10 + 1E-5 + 1_0.0_1e1_0 + 1e400
c = 1j + 1.5J + 0j
d = "a\nb\tc\x41\u00e9\U0001F600\101\N{LATIN SMALL LETTER A}\N{EM DASH}"
e = b"a\x00\xff\n\777"
f = r"\n\x" + rb"\d" + Rb"x" + BR"y"
g = u"unicode"
h = """tri
ple"""
i = '''x''' "y"
j = "\q\ \8"
k = ...
l = None, True, False
m = "a" "b" 'c'
n = b"a" b"b"
o = "\
x"

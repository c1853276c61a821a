# Implicit concatenation of f-strings and plain strings: CPython merges each run of adjacent literal
# text into one Constant spanning its first to its last piece, counting empty plain strings ("") but
# not empty f-strings or f-string text that decodes to nothing; the run's kind is its first piece's.
a = f'a{x}' f"b" "".encode()
b = "a" f"b"
c = f"a" "b"
d = f"a" "b" "c"
e = "a" f"{x}" "b"
f = "a" "b" f"{x}" "c" "d"
g = f"{x}" "" f""
h = f"{x}" ""
i = f"{x}" "b" ""
j = f"{x}" "" "b"
k = "" f"{x}"
l = "" f"a{x}"
m = "a" "" f"{x}"
n = f"" ""
o = "" f""
p = f"" "" f""
q = f"a" f"" ""
r = f"{x}a" "" ""
s = f"{x}" "" f"{y}"
t = f"{x}" f"" f"{y}"
u = f"{x}" "" f"a"
v = f"{x}" "a" f"" ""
w = "" f"" "a" f"{x}"
x1 = (f"{x}a"
      "")
x2 = (f"{x}"
      ""
      "b")
x3 = (""
      f"{x}")
x4 = (""
      f"a{x}")
y1 = f"\n{x}" "\t" ""
y2 = f"{x}\N{BULLET}" "\x41" ""
y3 = f"{x}" "\
"
y4 = f"{x}\
" "" "a"
y5 = f"{x}{{" "" "}}"
y6 = rf"{x}\d" r"" "\\"
z1 = f"{x}" """a
b""" ""
z2 = f"""{x}
""" "" ''''''
z3 = f"{f"a" ""}" ""
z4 = f"{f"{y}" "" f"b"}" "" "c"
z5 = f"{x:a}" "" "b"
z6 = f"{x=}" "" "b"
z7 = "" f"{x=}"
z8 = f"{x!r}" '' f'{y=!s:>{w}}' ''

name = "world"
a = f"hello {name}"
b = F'{name!r} {name!s} {name!a}'
c = f"{value:>10}"
d = f"{value:{width}.{precision}}"
e = f"{value:{'>' if left else '<'}{width}}"
g = f"{x=}"
h = f"{x = }"
i = f"{x=!r:>10}"
j = f"{x + y=}"
k = f"{'nested' + f'{inner}'}"
l = f"{f"{f"{deep}"}"}"
m = f"{"same quotes"}"
n = f'''{
    a +
    b
}'''
o = f"{{literal braces}} {{{x}}}"
p = rf"raw {x}\n" fr'{y}\d' FR"{z}" Rf'{w}'
q = f"a" "b" f"{c}" 'd'
r = f"{x:%Y-%m-%d}"
s = f"{x!r:^{w}}"
t = f"{'\n'.join(lines)}"
u = f"{a['key']} {b["key"]}"
v = f"{(lambda: 1)()}"
w = f"{x:{y:{z}}}" if False else None
x2 = f"{'a' if b else 'c'}"
y2 = f"{x,}" f"{x, y}"
z2 = f"{*a,}"
aa = f"{yield_}" 
bb = f"{x:}" f"{x!r:}"
cc = f"""triple {
    x
} quoted"""
dd = f"\N{BULLET} {x}"
ee = f'{x:=^10}'
ff = f"{x:{'}'}}" if False else None
gg = f"{ {'a': 1}['a'] }"
hh = f"{x # comment
}"
ii = f"{x:\n}" if False else None
jj = f"{3.14:.2f} {1_000:,} {255:#x}"
kk = f"{a}{b}{c}"
ll = f""
mm = f"{'':*^{n}}"

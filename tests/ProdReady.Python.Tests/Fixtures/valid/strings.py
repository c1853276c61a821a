a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n' R"RAW\d" 
f = b'bytes' B"BYTES" rb'raw\bytes' bR"x" Rb'y' BR"z" br'w' Br"v"
g = u'unicode' U"UNICODE"
h = 'con' "cat" '''en''' """ation"""
i = ('implicit '
     'concatenation '
     "across lines")
j = b'a' b'b'
k = u'a' 'b'
l = 'a' u'b'
m = ''
n = """"""
o = '\'' "\"" '\\' "\a\b\f\n\r\t\v\0\1\12\123\x41\u00e9\U0001F600\N{LATIN SMALL LETTER E WITH ACUTE}\N{BULLET}"
p = b'\x00\xff\n\t\\\'\"\101'
q = 'line \
continued'
r = """a\
b"""
s = '\N{EM DASH} \N{SNOWMAN}'
t = 'unknown escape \d \w'
u = rb'\d' + br'\w'
v = 'é€😀 日本語'
w = """He said "hi" and 'bye'"""
x = '''It's "quoted"'''
y = '\u0000\U00000041'
z = r'\''

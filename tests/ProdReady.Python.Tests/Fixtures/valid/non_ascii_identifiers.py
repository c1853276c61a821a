é = 1
π = 3.14
日本 = 'Japan'
class Ünïcödé:
    def método(self, ñ):
        return ñ
ﬁle = 2
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 3
ℌ = 4
x = é + π + ﬁle + 𝔘𝔫𝔦𝔠𝔬𝔡𝔢
_ₓ = 5
µ = 6
print(Ünïcödé().método(é), 'é𝔘')
y = '𝔘' + """é
𝔘"""
z = f'{𝔘𝔫𝔦𝔠𝔬𝔡𝔢} 𝔘 {é!r:>5}'

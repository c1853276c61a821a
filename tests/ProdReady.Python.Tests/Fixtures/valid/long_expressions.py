x = (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39 + a40 + a41 + a42 + a43 + a44 + a45 + a46 + a47 + a48 + a49 + a50 + a51 + a52 + a53 + a54 + a55 + a56 + a57 + a58 + a59 + a60 + a61 + a62 + a63 + a64 + a65 + a66 + a67 + a68 + a69 + a70 + a71 + a72 + a73 + a74 + a75 + a76 + a77 + a78 + a79 + a80 + a81 + a82 + a83 + a84 + a85 + a86 + a87 + a88 + a89 + a90 + a91 + a92 + a93 + a94 + a95 + a96 + a97 + a98 + a99 + a100 + a101 + a102 + a103 + a104 + a105 + a106 + a107 + a108 + a109 + a110 + a111 + a112 + a113 + a114 + a115 + a116 + a117 + a118 + a119 + a120 + a121 + a122 + a123 + a124 + a125 + a126 + a127 + a128 + a129 + a130 + a131 + a132 + a133 + a134 + a135 + a136 + a137 + a138 + a139 + a140 + a141 + a142 + a143 + a144 + a145 + a146 + a147 + a148 + a149 + a150 + a151 + a152 + a153 + a154 + a155 + a156 + a157 + a158 + a159 + a160 + a161 + a162 + a163 + a164 + a165 + a166 + a167 + a168 + a169 + a170 + a171 + a172 + a173 + a174 + a175 + a176 + a177 + a178 + a179 + a180 + a181 + a182 + a183 + a184 + a185 + a186 + a187 + a188 + a189 + a190 + a191 + a192 + a193 + a194 + a195 + a196 + a197 + a198 + a199)
y = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(0))))))))))))))))))))))))))))))))))))))))))))))))))
z = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
w = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not x
v = -(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(1))))))))))))))))))))))))))))))))))))))))))))))))))
u = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b
s = 's0' 's1' 's2' 's3' 's4' 's5' 's6' 's7' 's8' 's9' 's10' 's11' 's12' 's13' 's14' 's15' 's16' 's17' 's18' 's19' 's20' 's21' 's22' 's23' 's24' 's25' 's26' 's27' 's28' 's29' 's30' 's31' 's32' 's33' 's34' 's35' 's36' 's37' 's38' 's39' 's40' 's41' 's42' 's43' 's44' 's45' 's46' 's47' 's48' 's49' 's50' 's51' 's52' 's53' 's54' 's55' 's56' 's57' 's58' 's59' 's60' 's61' 's62' 's63' 's64' 's65' 's66' 's67' 's68' 's69' 's70' 's71' 's72' 's73' 's74' 's75' 's76' 's77' 's78' 's79' 's80' 's81' 's82' 's83' 's84' 's85' 's86' 's87' 's88' 's89' 's90' 's91' 's92' 's93' 's94' 's95' 's96' 's97' 's98' 's99'
if a:
    pass
elif a0:
    pass
elif a1:
    pass
elif a2:
    pass
elif a3:
    pass
elif a4:
    pass
elif a5:
    pass
elif a6:
    pass
elif a7:
    pass
elif a8:
    pass
elif a9:
    pass
elif a10:
    pass
elif a11:
    pass
elif a12:
    pass
elif a13:
    pass
elif a14:
    pass
elif a15:
    pass
elif a16:
    pass
elif a17:
    pass
elif a18:
    pass
elif a19:
    pass
elif a20:
    pass
elif a21:
    pass
elif a22:
    pass
elif a23:
    pass
elif a24:
    pass
elif a25:
    pass
elif a26:
    pass
elif a27:
    pass
elif a28:
    pass
elif a29:
    pass
elif a30:
    pass
elif a31:
    pass
elif a32:
    pass
elif a33:
    pass
elif a34:
    pass
elif a35:
    pass
elif a36:
    pass
elif a37:
    pass
elif a38:
    pass
elif a39:
    pass
elif a40:
    pass
elif a41:
    pass
elif a42:
    pass
elif a43:
    pass
elif a44:
    pass
elif a45:
    pass
elif a46:
    pass
elif a47:
    pass
elif a48:
    pass
elif a49:
    pass
elif a50:
    pass
elif a51:
    pass
elif a52:
    pass
elif a53:
    pass
elif a54:
    pass
elif a55:
    pass
elif a56:
    pass
elif a57:
    pass
elif a58:
    pass
elif a59:
    pass
elif a60:
    pass
elif a61:
    pass
elif a62:
    pass
elif a63:
    pass
elif a64:
    pass
elif a65:
    pass
elif a66:
    pass
elif a67:
    pass
elif a68:
    pass
elif a69:
    pass
elif a70:
    pass
elif a71:
    pass
elif a72:
    pass
elif a73:
    pass
elif a74:
    pass
elif a75:
    pass
elif a76:
    pass
elif a77:
    pass
elif a78:
    pass
elif a79:
    pass
elif a80:
    pass
elif a81:
    pass
elif a82:
    pass
elif a83:
    pass
elif a84:
    pass
elif a85:
    pass
elif a86:
    pass
elif a87:
    pass
elif a88:
    pass
elif a89:
    pass
elif a90:
    pass
elif a91:
    pass
elif a92:
    pass
elif a93:
    pass
elif a94:
    pass
elif a95:
    pass
elif a96:
    pass
elif a97:
    pass
elif a98:
    pass
elif a99:
    pass
else:
    pass

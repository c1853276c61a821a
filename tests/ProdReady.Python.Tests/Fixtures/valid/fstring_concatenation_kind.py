# Implicit concatenation with u-prefixed parts: each merged Constant takes the kind of the first piece of
# its own run (an empty u"" included), not the kind of the concatenation's first literal.
u1 = u"a" f"{x}" "b"
u2 = "a" f"{x}" u"b"
u3 = u"" "a" f"{x}"
u4 = f"{x}" "" u"a"
u5 = f"{x}" u"" "a"
u6 = f"a" u"b"
u7 = u"a" f"b"

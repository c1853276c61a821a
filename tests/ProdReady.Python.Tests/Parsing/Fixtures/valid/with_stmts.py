with (a, b): pass
with (a, b) as c: pass
with (a as b, c as d,): pass
with (yield): pass
with a as (b, c), d as [e, *f]: pass
with (open(x) as f): pass

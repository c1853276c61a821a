x = (1,
     y z
     w \ v)

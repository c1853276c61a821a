del a +1

# -*- coding: utf-8 -*-
x = 1  # ok
y = "café"  # error

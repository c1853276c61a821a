# -*- coding: latin-1 -*-
x = "café"
# commentaire à la fin

# coding: euc-jp
s = "こんにちは"

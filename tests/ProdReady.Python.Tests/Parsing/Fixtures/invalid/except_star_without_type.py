try:
  pass
except* : pass

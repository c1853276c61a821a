a < b := c

def test_round_trip():
    value = repr([1, 2])
    assert eval(value) == [1, 2]  # ok

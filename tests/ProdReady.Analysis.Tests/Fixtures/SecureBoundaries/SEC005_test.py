def test_login(client):
    password = "fake-password"  # ok
    assert client.login("user", password)


GITHUB = "ghp_0123456789abcdefghijABCDEFGHIJ012345"  # error

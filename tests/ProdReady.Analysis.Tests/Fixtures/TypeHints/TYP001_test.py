import pytest


@pytest.fixture
def client(tmp_path):  # ok
    return tmp_path


def test_client(client, monkeypatch):  # ok
    assert client


class TestWidget:
    def setup_method(self, method):  # ok
        pass

    def test_size(self, client):  # ok
        assert client


def make_widget(size):  # error
    return size

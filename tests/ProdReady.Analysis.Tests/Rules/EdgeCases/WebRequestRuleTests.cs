using ProdReady.Analysis.Rules.EdgeCases;
using ProdReady.Analysis.Tests.Rules.TestsWritten;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.EdgeCases;

/// <summary>TST003, TST004 and TST007 on code a test reaches by sending web requests.</summary>
[Trait("Issue", "11")]
public sealed class WebRequestRuleTests
{
    private const string Shop = """
        from fastapi import Depends, FastAPI, Header, HTTPException


        class Unicorn(Exception):
            pass


        class Dragon(Exception):
            pass


        def get_token(x_token: str = Header()):
            if x_token != "secret":
                raise HTTPException(status_code=401)
            if x_token == "boom":
                raise ValueError(x_token)
            return x_token


        app = FastAPI()


        @app.exception_handler(Unicorn)
        async def unicorn_handler(request, exc):
            return None


        @app.get("/items/{item_id}")
        async def read_item(item_id: str, token: str = Depends(get_token)):
            if item_id == "unicorn":
                raise Unicorn(item_id)
            if item_id == "dragon":
                raise Dragon(item_id)
            if item_id == "missing":
                raise HTTPException(status_code=404)
            return {"id": item_id}


        @app.get("/magic")
        async def read_magic(token: str = Depends(get_token)):
            raise Unicorn("magic")
        """;

    private const string Tests = """
        from fastapi.testclient import TestClient

        from shop.main import app

        client = TestClient(app)


        def test_item():
            response = client.get("/items/3", headers={"x-token": "secret"})
            assert response.status_code == 200


        def test_no_token():
            assert client.get("/items/3").status_code == 401


        def test_magic():
            assert client.get("/magic", headers={"x-token": "secret"}).status_code == 418
        """;

    private static TempTree Project(string tests) => TestProject.Create()
        .File("shop/__init__.py", string.Empty)
        .File("shop/main.py", Shop)
        .File("tests/test_main.py", tests);

    [Fact]
    public void Failures_a_framework_answers_with_a_response_are_checked_by_a_test_asserting_on_its_requests()
    {
        using var tree = Project(Tests);

        // `HTTPException` and a class the application handles become responses, which the tests assert on; `Dragon` has
        // no handler, so the test client raises it, and no test expects it. A dependency only requests reach is not judged.
        Assert.Equal(
            ["shop/main.py:29 TST003 `read_item` raises Dragon, and none of its 2 tests expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void Requests_that_assert_nothing_check_no_failure()
    {
        using var tree = Project("""
            from fastapi.testclient import TestClient

            from shop.main import app

            client = TestClient(app)


            def test_item():
                client.get("/items/3", headers={"x-token": "secret"})
            """);

        Assert.Equal(
            ["shop/main.py:29 TST003 `read_item` raises HTTPException, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Fact]
    public void A_dependency_a_test_calls_itself_is_judged()
    {
        using var tree = Project(Tests + """


            def test_get_token():
                from shop.main import get_token
                assert get_token("secret") == "secret"
            """);

        // Judged on all its tests: the request without a token checks its HTTPException, nothing its ValueError; only the
        // test calling it itself tries its inputs.
        Assert.Equal(
            [
                "shop/main.py:12 TST003 `get_token` raises ValueError, and none of its 4 tests expects it (pytest.raises, assertRaises)",
                "shop/main.py:29 TST003 `read_item` raises Dragon, and none of its 2 tests expects it (pytest.raises, assertRaises)",
            ],
            TestProject.Check(tree, new FailureScenarioUntested()));
        Assert.Contains(
            "shop/main.py:12 TST004 `get_token` takes inputs, and its 4 tests try one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)",
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void Units_reached_only_through_requests_are_not_judged_for_edge_cases()
    {
        using var tree = Project(Tests);

        // What a request carries (path, headers, body) is not read: neither the handler nor its dependency is judged.
        Assert.Empty(TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Fact]
    public void A_client_held_by_the_test_module_runs_the_applications_coroutines()
    {
        using var tree = Project(Tests);

        Assert.Empty(TestProject.Check(tree, new AsyncUnitWithoutAsyncTest()));
    }

    [Theory]
    [InlineData("db_path = str(tmp_path / \"app.db\")", "tmp_path", 0)]
    [InlineData("_, db_path = tempfile.mkstemp()", "", 0)]
    [InlineData("db_path = \"app.db\"", "", 1)]
    public void An_sqlite_database_in_a_temporary_file_is_a_throw_away_one(string made, string parameter, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/store.py", "import sqlite3\n\n\ndef count(path):\n    with sqlite3.connect(path) as db:\n        return db.execute(\"select 1\").fetchone()[0]\n")
            .File("tests/test_store.py", $"import tempfile\n\nfrom shop.store import count\n\n\ndef test_count({parameter}):\n    {made}\n    assert count(db_path) == 1\n");

        Assert.Equal(findings, TestProject.Check(tree, new ExternalDependencyNotMocked()).Count(f => f.Contains("sqlite3.connect", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dependency_with_yield_that_catches_what_the_path_operation_raises_answers_it()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from typing import Annotated

                from fastapi import Depends, FastAPI, HTTPException


                class OwnerError(Exception):
                    pass


                class StockError(Exception):
                    pass


                def get_username():
                    try:
                        yield "Rick"
                    except OwnerError as e:
                        raise HTTPException(status_code=400, detail=str(e))


                app = FastAPI()


                @app.get("/items/{item_id}")
                def get_item(item_id: str, username: Annotated[str, Depends(get_username)]):
                    if item_id == "plumbus":
                        raise OwnerError(username)
                    return item_id


                @app.get("/stock/{item_id}")
                def get_stock(item_id: str, username: Annotated[str, Depends(get_username)]):
                    if item_id == "plumbus":
                        raise StockError(username)
                    return item_id
                """)
            .File("tests/test_main.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_owner_error():
                    assert client.get("/items/plumbus").status_code == 400


                def test_stock():
                    assert client.get("/stock/1").json() == "1"
                """);

        // `get_username` answers `OwnerError` with a 400, which the test checks; nothing answers `StockError`.
        Assert.Equal(
            ["shop/main.py:32 TST003 `get_stock` raises StockError, and none of its 1 test expects it (pytest.raises, assertRaises)"],
            TestProject.Check(tree, new FailureScenarioUntested()));
    }

    [Theory]
    [InlineData("except StockError:\n        raise", 1)]
    [InlineData("except StockError as e:\n        raise e", 1)]
    [InlineData("except StockError:\n        raise HTTPException(status_code=409)", 0)]
    public void A_yield_dependency_that_raises_again_answers_nothing(string handler, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", "from typing import Annotated\n\nfrom fastapi import Depends, FastAPI, HTTPException\n\n\nclass StockError(Exception):\n    pass\n\n\n"
                + "def get_session():\n    try:\n        yield 1\n    " + handler + "\n\n\napp = FastAPI()\n\n\n"
                + "@app.get(\"/stock/{item_id}\")\ndef get_stock(item_id: str, session: Annotated[int, Depends(get_session)]):\n    if item_id == \"none\":\n        raise StockError(item_id)\n    return item_id\n")
            .File("tests/test_main.py", "from fastapi.testclient import TestClient\n\nfrom shop.main import app\n\nclient = TestClient(app)\n\n\ndef test_stock():\n    assert client.get(\"/stock/none\").status_code == 409\n");

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`get_stock` raises StockError", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Exception", 1)]
    [InlineData("ValueError", 0)]
    public void A_handler_of_exception_answers_nothing_the_test_client_does_not_raise(string handled, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
                + $"@app.exception_handler({handled})\nasync def on_error(request, exc):\n    return None\n\n\n"
                + "@app.get(\"/price/{text}\")\ndef price(text: str):\n    if not text.isdigit():\n        raise ValueError(text)\n    return int(text)\n")
            .File("tests/test_main.py", "from fastapi.testclient import TestClient\n\nfrom shop.main import app\n\nclient = TestClient(app)\n\n\ndef test_price():\n    assert client.get(\"/price/x\").status_code == 500\n");

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`price` raises ValueError", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("mod.InternalError", 0)]
    [InlineData("mod.OtherError", 1)]
    [InlineData("ValueError", 1)]
    public void An_exception_class_read_from_a_module_a_fixture_imports_by_name_is_expected(string expected, int findings)
    {
        using var tree = TestProject.Create()
            .File("docs/__init__.py", string.Empty)
            .File("docs/tutorial001.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\nclass InternalError(Exception):\n    pass\n\n\n"
                + "class OtherError(Exception):\n    pass\n\n\n"
                + "@app.get(\"/items/{item_id}\")\ndef get_item(item_id: str):\n    if item_id == \"portal-gun\":\n        raise InternalError(item_id)\n    return item_id\n")
            .File("tests/test_docs.py", $$"""
                import importlib

                import pytest
                from fastapi.testclient import TestClient


                @pytest.fixture(name="mod", params=["tutorial001"])
                def get_mod(request):
                    return importlib.import_module(f"docs.{request.param}")


                def test_internal_error(mod):
                    client = TestClient(mod.app)
                    with pytest.raises({{expected}}):
                        client.get("/items/portal-gun")
                """);

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`get_item` raises InternalError", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_unit_reached_through_a_request_a_helper_of_the_test_sends_is_not_judged_for_edge_cases()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import FastAPI

                app = FastAPI()
                USERS = {"rick": "secret"}


                def authenticate(username: str, password: str):
                    return USERS.get(username) == password


                @app.post("/token")
                def login(username: str, password: str):
                    return {"ok": authenticate(username, password)}
                """)
            .File("tests/test_main.py", """
                from fastapi.testclient import TestClient

                from shop.main import app, authenticate


                def get_token(client: TestClient, username="rick"):
                    return client.post("/token", params={"username": username, "password": "secret"}).json()


                def test_login():
                    assert get_token(TestClient(app)) == {"ok": True}


                def test_authenticate():
                    assert authenticate("rick", "secret")
                """);

        // `test_login` reaches `authenticate` through the request its helper sends, whose inputs are not read; only
        // `test_authenticate`, which calls it itself, is judged, and it tries one shape.
        Assert.Equal(
            ["shop/main.py:7 TST004 `authenticate` takes inputs, and its 1 test tries one shape of input: no parametrize with two or more cases, no edge value (empty, zero, negative, None)"],
            TestProject.Check(tree, new EdgeCasesUntested()));
    }

    [Theory]
    [InlineData("app = FastAPI()\napp.add_exception_handler(ItemError, on_item_error)", 0)]
    [InlineData("app = FastAPI(exception_handlers={ItemError: on_item_error})", 0)]
    [InlineData("app = FastAPI()\napp.add_exception_handler(ValueError, on_item_error)", 1)]
    [InlineData("app = FastAPI()", 1)]
    public void An_exception_class_an_application_registers_a_handler_for_is_answered(string registration, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", "from fastapi import FastAPI\n\n\nclass ItemError(Exception):\n    pass\n\n\n"
                + "async def on_item_error(request, exc):\n    return None\n\n\n" + registration + "\n\n\n"
                + "@app.get(\"/items/{item_id}\")\ndef read_item(item_id: str):\n    if item_id == \"bad\":\n        raise ItemError(item_id)\n    return item_id\n")
            .File("tests/test_main.py", "from fastapi.testclient import TestClient\n\nfrom shop.main import app\n\nclient = TestClient(app)\n\n\ndef test_bad():\n    assert client.get(\"/items/bad\").status_code == 418\n");

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`read_item` raises ItemError", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("from werkzeug.exceptions import NotFound", "NotFound()", 0)]
    [InlineData("from werkzeug.exceptions import NotFound", "ValueError(name)", 1)]
    public void Werkzeugs_http_exceptions_are_answered_with_their_status(string import, string raised, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/site.py", $"from flask import Flask\n{import}\n\nsite = Flask(__name__)\n\n\n"
                + $"@site.route(\"/items/<name>\")\ndef item(name):\n    if name == \"missing\":\n        raise {raised}\n    return name\n")
            .File("tests/test_site.py", "from shop.site import site\n\nclient = site.test_client()\n\n\ndef test_missing():\n    assert client.get(\"/items/missing\").status_code == 404\n");

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`item` raises", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("except:", 0)]
    [InlineData("except (KeyError, StockError):", 0)]
    [InlineData("except InventoryError:", 0)]
    [InlineData("except KeyError:", 1)]
    public void A_yield_dependency_answers_what_its_handler_catches_a_base_of(string handler, int findings)
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", "from typing import Annotated\n\nfrom fastapi import Depends, FastAPI, HTTPException\n\n\n"
                + "class InventoryError(Exception):\n    pass\n\n\nclass StockError(InventoryError):\n    pass\n\n\n"
                + "def get_session():\n    try:\n        yield 1\n    " + handler + "\n        raise HTTPException(status_code=409)\n\n\napp = FastAPI()\n\n\n"
                + "@app.get(\"/stock/{item_id}\")\ndef get_stock(item_id: str, session: Annotated[int, Depends(get_session)]):\n    if item_id == \"none\":\n        raise StockError(item_id)\n    return item_id\n")
            .File("tests/test_main.py", "from fastapi.testclient import TestClient\n\nfrom shop.main import app\n\nclient = TestClient(app)\n\n\ndef test_stock():\n    assert client.get(\"/stock/none\").status_code == 409\n");

        Assert.Equal(findings, TestProject.Check(tree, new FailureScenarioUntested()).Count(f => f.Contains("`get_stock` raises StockError", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_failure_a_helper_of_the_test_requests_and_the_test_asserts_on_is_checked()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", "from fastapi import FastAPI, HTTPException\n\napp = FastAPI()\n\n\n"
                + "@app.get(\"/items/{item_id}\")\ndef read_item(item_id: str):\n    if item_id == \"missing\":\n        raise HTTPException(status_code=404)\n    return item_id\n")
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def fetch(item_id):
                    return client.get("/items/missing")


                def test_missing():
                    assert fetch("missing").status_code == 404
                """);

        // The helper holds the client: the test sends requests through it, and asserts on the answer.
        Assert.Empty(TestProject.Check(tree, new FailureScenarioUntested()));
        Assert.Empty(TestProject.Check(tree, new EdgeCasesUntested()));
    }
}

using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>What a web test client's request reaches beyond the shapes of <see cref="TestMapReachTests"/>: clients a test module holds, and FastAPI's dependencies.</summary>
[Trait("Issue", "11")]
public sealed class WebRequestReachTests
{
    private const string Application = """
        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/items")
        def list_items():
            return []
        """;

    /// <summary>What the application of <see cref="A_request_may_run_what_its_application_and_routers_run_around_their_requests"/> runs around every request.</summary>
    private static readonly string[] AroundRequests =
        ["shop.main.verify_key", "shop.main.on_error", "shop.main.add_version", "shop.middleware.Timing", "shop.middleware.Audit.dispatch"];

    /// <summary>A conftest whose <c>client</c> fixture enters a client of <c>shop.main.app</c>, which starts the application.</summary>
    private const string EnteredClientConftest = """
        import pytest
        from fastapi.testclient import TestClient

        from shop.main import app


        @pytest.fixture
        def client():
            with TestClient(app) as made:
                yield made
        """;

    private static string Ways(TestMap map, string unit) => TestMapReachTests.Ways(map, unit);

    [Fact]
    public void A_client_the_test_module_binds_once_sends_its_requests_to_the_routes()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", Application)
            .File("shop/site.py", "from flask import Flask\n\nsite = Flask(__name__)\n\n\n@site.route(\"/stats\")\ndef stats():\n    return \"stats\"\n")
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_items():
                    assert client.get("/items").json() == []
                """)
            .File("tests/test_site.py", """
                from shop.site import site

                client = site.test_client()


                def test_stats():
                    assert client.get("/stats").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_items claimed directly", Ways(map, "shop.main.list_items"));
        Assert.Equal("tests/test_site.py::test_stats claimed directly", Ways(map, "shop.site.stats"));
    }

    [Fact]
    public void A_module_level_client_bound_twice_or_serving_an_application_of_the_test_module_reaches_no_route()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", Application)
            .File("tests/test_twice.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)
                client = object()


                def test_items():
                    assert client.get("/items").json() == []
                """)
            .File("tests/test_local.py", """
                from fastapi import FastAPI
                from fastapi.testclient import TestClient

                local = FastAPI()
                client = TestClient(local)


                def test_items():
                    assert client.get("/items").json() == []
                """);
        var map = TestMapReachTests.Map(tree);

        // Which value the test reads of a name bound twice is not known; a client of the module's own application
        // reaches that application, not the project's routes.
        Assert.Equal(string.Empty, Ways(map, "shop.main.list_items"));
    }

    [Fact]
    public void A_request_reaches_the_dependencies_of_its_path_operation_as_possible_links()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/deps.py", """
                from typing import Annotated

                from fastapi import Depends, Header


                def get_db():
                    yield {}


                def get_token(x_token: str = Header()):
                    return x_token


                def get_user(token: str = Depends(get_token), db=Depends(get_db)):
                    return "alice"


                def verify_key(x_key: str = Header()):
                    return None


                class Paging:
                    def __init__(self, skip: int = 0):
                        self.skip = skip


                SessionDep = Annotated[dict, Depends(get_db)]
                CurrentUser = Annotated[str, Depends(get_user)]
                """)
            .File("shop/main.py", """
                from typing import Annotated

                from fastapi import Depends, FastAPI, Security

                from shop.deps import CurrentUser, Paging, SessionDep, get_user, verify_key

                app = FastAPI()
                Local = Annotated[str, Security(verify_key)]


                @app.get("/items", dependencies=[Depends(verify_key)])
                def list_items(db: SessionDep, paging: Paging = Depends()):
                    return []


                @app.get("/me")
                def me(user: Annotated[str, Depends(get_user)]):
                    return user


                @app.get("/me2")
                def me2(user: CurrentUser, key: Local):
                    return user
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app, me

                client = TestClient(app)


                def test_items():
                    assert client.get("/items").json() == []


                def test_me2():
                    assert client.get("/me2").json() == "alice"


                def test_me_called():
                    assert me("bob") == "bob"
                """);
        var map = TestMapReachTests.Map(tree);

        // A route decorator's `dependencies=`, an alias imported from another module and `Depends()` of a class, each a
        // possible link of the request.
        Assert.Equal("tests/test_api.py::test_items possible possibly directly", Ways(map, "shop.deps.Paging"));
        Assert.Equal("tests/test_api.py::test_items possible possibly directly; tests/test_api.py::test_me2 possible possibly directly", Ways(map, "shop.deps.get_db"));

        // A dependency's own dependencies, and an alias of this module. A test that calls the function itself runs none of
        // its dependencies: a `Depends(...)` default is a plain value then.
        Assert.Equal("tests/test_api.py::test_me2 possible possibly directly", Ways(map, "shop.deps.get_token"));
        Assert.Equal(
            "tests/test_api.py::test_items possible possibly through `shop.main.list_items`; tests/test_api.py::test_me2 possible possibly directly",
            Ways(map, "shop.deps.verify_key"));
        Assert.DoesNotContain(map.TestsOf("shop.deps.get_user"), link => link.Test.Id.EndsWith("test_me_called", StringComparison.Ordinal));
        Assert.DoesNotContain(map.TestsOf("shop.deps.get_user"), link => link.IsCertain);
    }

    [Fact]
    public void A_request_reaches_the_models_fastapi_validates_its_values_and_response_through()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/models.py", """
                import enum

                from pydantic import BaseModel


                class Item(BaseModel):
                    title: str


                class Tag(BaseModel):
                    name: str


                class Filters(BaseModel):
                    limit: int = 10


                class Stored(BaseModel):
                    id: int


                class Color(str, enum.Enum):
                    RED = "red"


                class Owner(BaseModel):
                    name: str


                class Unused(BaseModel):
                    name: str


                class Session:
                    pass


                def get_session():
                    return {}
                """)
            .File("shop/main.py", """
                from typing import Annotated, Optional

                from fastapi import Body, Depends, FastAPI, Query

                from shop.models import Color, Filters, Item, Owner, Session, Stored, Tag, Unused, get_session

                app = FastAPI()


                def current_owner(owner: Owner) -> Owner:
                    return owner


                @app.post("/items", response_model=Stored)
                def create(item: Item, tags: list[Tag] | None = None, filters: Annotated[Filters, Query()] = None,
                           session: Annotated[Session, Depends(get_session)] = None, other: Session = Depends(get_session),
                           owner: Owner = Depends(current_owner)):
                    return {"id": 1}


                @app.get("/colors/{color}")
                def color(color: Optional[Color], *extra: Unused):
                    return color


                def describe(item: Unused) -> str:
                    return "x"
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app, create

                client = TestClient(app)


                def test_create():
                    assert client.post("/items", json={"title": "a"}).status_code == 200


                def test_color():
                    assert client.get("/colors/red").json() == "red"


                def test_called():
                    assert create(None)
                """);
        var map = TestMapReachTests.Map(tree);

        // A body, a list in a union, a query model under `Annotated`, the response model, and a dependency's own body: each
        // a possible link of the request (validation may fail first), never of a call of the function itself.
        foreach (var model in new[] { "shop.models.Item", "shop.models.Tag", "shop.models.Filters", "shop.models.Owner" })
        {
            Assert.Equal("tests/test_api.py::test_create possible possibly directly", Ways(map, model));
        }

        // A decorator's argument was already a callable handed on whenever the function runs: that way comes first.
        Assert.Contains(map.TestsOf("shop.models.Stored"), link => link.Test.Id == "tests/test_api.py::test_create");

        // A path parameter's enumeration under `Optional`.
        Assert.Equal("tests/test_api.py::test_color possible possibly directly", Ways(map, "shop.models.Color"));

        // What a dependency gives is not built from the request, nor is a `*args` item, nor a parameter of a plain function.
        Assert.Empty(map.TestsOf("shop.models.Session"));
        Assert.Empty(map.TestsOf("shop.models.Unused"));
    }

    [Fact]
    public void A_function_named_Depends_that_is_not_fastapis_declares_no_dependency()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/inject.py", """
                def Depends(factory):
                    return None


                def get_db():
                    return {}


                def handler(db=Depends(get_db)):
                    return db
                """)
            .File("tests/test_inject.py", "from shop.inject import handler\n\n\ndef test_handler():\n    assert handler({}) == {}\n");
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_inject.py::test_handler claimed directly", Ways(map, "shop.inject.handler"));
        Assert.Equal(string.Empty, Ways(map, "shop.inject.get_db"));
    }

    [Fact]
    public void A_request_may_run_what_its_application_and_routers_run_around_their_requests()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/middleware.py", """
                class Timing:
                    def __init__(self, app):
                        self.app = app

                    async def __call__(self, scope, receive, send):
                        await self.app(scope, receive, send)


                class Audit:
                    async def dispatch(self, request, call_next):
                        return await call_next(request)

                    def unrelated(self):
                        return None
                """)
            .File("shop/items.py", """
                from fastapi import APIRouter, Depends


                def check_owner():
                    return True


                router = APIRouter(dependencies=[Depends(check_owner)])


                @router.get("/{item_id}")
                def read_item(item_id: int):
                    return item_id
                """)
            .File("shop/users.py", """
                from fastapi import APIRouter

                router = APIRouter()


                @router.get("/{user_id}")
                def read_user(user_id: int):
                    return user_id
                """)
            .File("shop/main.py", """
                from fastapi import Depends, FastAPI
                from starlette.middleware import Middleware

                from shop import items, users
                from shop.middleware import Audit, Timing


                def verify_key():
                    return None


                def on_error(request, exc):
                    return None


                def startup():
                    return None


                app = FastAPI(dependencies=[Depends(verify_key)], middleware=[Middleware(Timing)], exception_handlers={404: on_error}, on_startup=[startup])
                app.add_middleware(Audit)
                app.include_router(items.router, prefix="/items")
                app.include_router(users.router, prefix="/users")


                @app.middleware("http")
                async def add_version(request, call_next):
                    return await call_next(request)
                """)
            .File("shop/other.py", """
                from fastapi import FastAPI

                other = FastAPI()


                @other.middleware("http")
                async def other_only(request, call_next):
                    return await call_next(request)


                @other.get("/ping")
                def ping():
                    return "pong"
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_user():
                    assert client.get("/users/7").json() == 7


                def test_item():
                    assert client.get("/items/3").json() == 3
                """);
        var map = TestMapReachTests.Map(tree);

        // The handler stays claimed; what the application runs around it is possible, a middleware class with the methods
        // the framework calls on it (not its other methods).
        Assert.Equal("tests/test_api.py::test_item claimed directly", Ways(map, "shop.items.read_item"));
        Assert.Equal("tests/test_api.py::test_user claimed directly", Ways(map, "shop.users.read_user"));
        foreach (var unit in AroundRequests)
        {
            Assert.Equal("tests/test_api.py::test_item possible possibly directly; tests/test_api.py::test_user possible possibly directly", Ways(map, unit));
        }

        Assert.Equal(string.Empty, Ways(map, "shop.middleware.Audit.unrelated"));

        // What runs at start-up runs only under `with TestClient(app)`, which a request does not tell.
        Assert.Equal(string.Empty, Ways(map, "shop.main.startup"));

        // A router's dependencies run for its own routes only; another application's middleware for none of these requests.
        Assert.Equal("tests/test_api.py::test_item possible possibly directly", Ways(map, "shop.items.check_owner"));
        Assert.Equal(string.Empty, Ways(map, "shop.other.other_only"));
    }

    [Fact]
    public void A_request_may_run_flasks_request_hooks_of_its_application_and_blueprint()
    {
        using var tree = TestProject.Create()
            .File("site/__init__.py", string.Empty)
            .File("site/admin.py", """
                from flask import Blueprint

                bp = Blueprint("admin", __name__, url_prefix="/admin")


                @bp.before_request
                def require_admin():
                    return None


                @bp.route("/stats")
                def stats():
                    return "stats"
                """)
            .File("site/app.py", """
                from flask import Flask

                from site.admin import bp


                def load_user():
                    return None


                def not_found(error):
                    return "missing", 404


                app = Flask(__name__)
                app.register_blueprint(bp)
                app.before_request(load_user)
                app.register_error_handler(404, not_found)


                @app.after_request
                def add_header(response):
                    return response


                @app.route("/")
                def index():
                    return "home"
                """)
            .File("tests/test_site.py", """
                from site.app import app


                def test_index():
                    assert app.test_client().get("/").status_code == 200


                def test_stats():
                    assert app.test_client().get("/admin/stats").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_site.py::test_index possible possibly directly; tests/test_site.py::test_stats possible possibly directly", Ways(map, "site.app.load_user"));
        Assert.Equal("tests/test_site.py::test_index possible possibly directly; tests/test_site.py::test_stats possible possibly directly", Ways(map, "site.app.add_header"));
        Assert.Equal("tests/test_site.py::test_index possible possibly directly; tests/test_site.py::test_stats possible possibly directly", Ways(map, "site.app.not_found"));
        Assert.Equal("tests/test_site.py::test_stats possible possibly directly", Ways(map, "site.admin.require_admin"));
    }

    [Fact]
    public void Requests_reach_the_routes_of_a_module_imported_by_name_and_of_blueprints_a_factory_registers()
    {
        using var tree = TestProject.Create()
            .File("docs/__init__.py", string.Empty)
            .File("docs/tutorial001.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/items\")\ndef items_one():\n    return []\n")
            .File("docs/tutorial002.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/items\")\ndef items_two():\n    return []\n")
            .File("docs/tutorial003.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/items\")\ndef items_three():\n    return []\n")
            .File("site/__init__.py", """
                from flask import Flask


                def create_app():
                    app = Flask(__name__)
                    from site import auth
                    app.register_blueprint(auth.bp)
                    return app
                """)
            .File("site/auth.py", """
                from flask import Blueprint

                bp = Blueprint("auth", __name__, url_prefix="/auth")


                @bp.route("/login")
                def login():
                    return "login"
                """)
            .File("tests/test_docs.py", """
                import importlib

                import pytest
                from fastapi.testclient import TestClient


                @pytest.fixture(params=["tutorial001", "tutorial002"])
                def client(request):
                    mod = importlib.import_module(f"docs.{request.param}")
                    return TestClient(mod.app)


                def test_items(client):
                    assert client.get("/items").json() == []
                """)
            .File("tests/conftest.py", """
                import pytest

                from site import create_app


                @pytest.fixture
                def flask_client():
                    return create_app().test_client()
                """)
            .File("tests/test_site.py", "def test_login(flask_client):\n    assert flask_client.get(\"/auth/login\").status_code == 200\n");
        var map = TestMapReachTests.Map(tree);

        // The tutorials the fixture imports by name serve the client's requests; the one it does not import does not.
        Assert.Equal("tests/test_docs.py::test_items claimed directly", Ways(map, "docs.tutorial001.items_one"));
        Assert.Equal("tests/test_docs.py::test_items claimed directly", Ways(map, "docs.tutorial002.items_two"));
        Assert.Equal(string.Empty, Ways(map, "docs.tutorial003.items_three"));

        // A blueprint the factory imports and registers inside `create_app` serves its routes under its prefix.
        Assert.Equal("tests/test_site.py::test_login claimed directly", Ways(map, "site.auth.login"));
    }

    [Fact]
    public void A_module_a_fixture_imports_by_name_serves_a_client_the_test_makes_with_it()
    {
        using var tree = TestProject.Create()
            .File("docs/__init__.py", string.Empty)
            .File("docs/tutorial001.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.post(\"/token\")\ndef login():\n    return {}\n")
            .File("docs/tutorial002.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.post(\"/token\")\ndef login():\n    return {}\n")
            .File("tests/test_docs.py", """
                import importlib
                from types import ModuleType

                import pytest
                from fastapi.testclient import TestClient


                @pytest.fixture(name="mod", params=[pytest.param("tutorial001")])
                def get_mod(request: pytest.FixtureRequest):
                    mod = importlib.import_module(f"docs.{request.param}")
                    return mod


                def test_login(mod: ModuleType):
                    client = TestClient(mod.app)
                    assert client.post("/token").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        // FastAPI's tests of its tutorials: the module the fixture returns holds the application the test's client serves.
        Assert.Equal("tests/test_docs.py::test_login claimed directly", Ways(map, "docs.tutorial001.login"));
        Assert.Equal(string.Empty, Ways(map, "docs.tutorial002.login"));
    }

    [Fact]
    public void A_request_path_from_a_parametrize_column_of_literals_or_a_name_bound_once_reaches_its_routes()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/items")
                def list_items():
                    return []


                @app.get("/users")
                def list_users():
                    return []


                @app.get("/orders")
                def list_orders():
                    return []


                @app.get("/stock")
                def stock():
                    return []
                """)
            .File("tests/test_api.py", """
                import pytest
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)
                PATHS = ["/stock"]


                @pytest.mark.parametrize("path,status", [("/items", 200), pytest.param("/users?active=1", 200, id="active")])
                def test_lists(path, status):
                    assert client.get(path).status_code == status


                @pytest.mark.parametrize("path", ["/orders", make_path()])
                def test_mixed(path):
                    assert client.get(path).status_code == 200


                @pytest.mark.parametrize("path", PATHS)
                def test_table(path):
                    assert client.get(path).status_code == 200


                @pytest.mark.parametrize("path", ["/stock"], indirect=True)
                def test_indirect(path):
                    assert client.get(path).status_code == 200


                @pytest.mark.parametrize("path", [pytest.param("/stock", marks=pytest.mark.skip(reason="later"))])
                def test_skipped(path):
                    assert client.get(path).status_code == 200


                def test_bound():
                    url = "/orders"
                    assert client.get(url).status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_lists claimed directly", Ways(map, "shop.main.list_items"));
        Assert.Equal("tests/test_api.py::test_lists claimed directly", Ways(map, "shop.main.list_users"));

        // A column holding any value that is not a literal string, a table kept elsewhere, a column handed to a fixture
        // (`indirect`) or a case that is skipped names no path.
        Assert.Equal("tests/test_api.py::test_bound claimed directly", Ways(map, "shop.main.list_orders"));
        Assert.Equal(string.Empty, Ways(map, "shop.main.stock"));
    }

    [Fact]
    public void An_f_string_path_possibly_reaches_the_routes_its_values_may_fill()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/items/{item_id}")
                def read_item(item_id: int):
                    return item_id


                @app.get("/items/special")
                def special():
                    return 0


                @app.get("/users/{user_id}/orders")
                def user_orders(user_id: int):
                    return []


                @app.get("/")
                def root():
                    return {}
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)
                BASE = "/"


                def test_item(item_id=3):
                    assert client.get(f"/items/{item_id}").status_code == 200


                def test_orders(user_id=3):
                    assert client.get(f"/users/{user_id}/orders?page={1}").status_code == 200


                def test_root(base=BASE):
                    assert client.get(f"{base}").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        // The value may fill the parameter or be `special`: each route is possible, none claimed.
        Assert.Equal("tests/test_api.py::test_item possible possibly directly", Ways(map, "shop.main.read_item"));
        Assert.Equal("tests/test_api.py::test_item possible possibly directly", Ways(map, "shop.main.special"));
        Assert.Equal("tests/test_api.py::test_orders possible possibly directly", Ways(map, "shop.main.user_orders"));

        // A path that starts with a value may be anything.
        Assert.Equal(string.Empty, Ways(map, "shop.main.root"));
    }

    [Fact]
    public void A_request_only_a_helper_of_the_test_sends_reaches_its_route()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", Application)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app


                def fetch(client: TestClient):
                    return client.get("/items").json()


                def test_items():
                    assert fetch(TestClient(app)) == []
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_items claimed through helper `fetch`", Ways(map, "shop.main.list_items"));
    }

    [Fact]
    public void A_path_two_routes_of_a_module_match_reaches_each_possibly()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/users.py", """
                from fastapi import APIRouter

                router = APIRouter(prefix="/users")


                @router.get("/me")
                def read_me():
                    return {}


                @router.get("/{username}")
                def read_user(username: str):
                    return {}
                """)
            .File("shop/main.py", "from fastapi import FastAPI\n\nfrom shop import users\n\napp = FastAPI()\napp.include_router(users.router)\n")
            .File("tests/test_users.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_me():
                    assert client.get("/users/me").status_code == 200


                def test_rick():
                    assert client.get("/users/rick").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        // Which of `/users/me` and `/users/{username}` serves `/users/me` is the framework's order (Starlette's is the order
        // of declaration, Werkzeug's a ranking of its own): each is possible; `/users/rick` matches one route only.
        Assert.Equal("tests/test_users.py::test_me possible possibly directly", Ways(map, "shop.users.read_me"));
        Assert.Equal("tests/test_users.py::test_me possible possibly directly; tests/test_users.py::test_rick claimed directly", Ways(map, "shop.users.read_user"));
    }

    [Fact]
    public void A_handler_behind_a_dependency_that_raises_or_a_decorator_of_the_project_is_a_possible_link()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/auth.py", """
                import functools

                from fastapi import Header, HTTPException


                def verify(x_token: str = Header()):
                    if x_token != "secret":
                        raise HTTPException(status_code=400)


                def session():
                    yield {}


                def audited(view):
                    @functools.wraps(view)
                    def wrapped(*args, **kwargs):
                        return view(*args, **kwargs)
                    return wrapped
                """)
            .File("shop/main.py", """
                from fastapi import APIRouter, Depends, FastAPI

                from shop.auth import audited, session, verify

                app = FastAPI()
                admin = APIRouter(prefix="/admin", dependencies=[Depends(verify)])


                @app.get("/items")
                def list_items(db=Depends(session)):
                    return []


                @app.get("/orders")
                def list_orders(token=Depends(verify)):
                    return []


                @app.get("/stock")
                @audited
                def stock():
                    return []


                @admin.get("/stats")
                def stats():
                    return {}


                app.include_router(admin)
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_items():
                    assert client.get("/items").status_code == 200


                def test_orders():
                    assert client.get("/orders").status_code == 400


                def test_stock():
                    assert client.get("/stock").status_code == 200


                def test_stats():
                    assert client.get("/admin/stats").status_code == 400
                """);
        var map = TestMapReachTests.Map(tree);

        // A dependency that only yields lets every request through; one that raises may answer instead of the handler.
        Assert.Equal("tests/test_api.py::test_items claimed directly", Ways(map, "shop.main.list_items"));
        Assert.Equal("tests/test_api.py::test_orders possible possibly directly", Ways(map, "shop.main.list_orders"));
        Assert.Equal("tests/test_api.py::test_stats possible possibly directly", Ways(map, "shop.main.stats"));

        // The project's decorator may answer without calling the function it wraps.
        Assert.Equal("tests/test_api.py::test_stock possible possibly directly", Ways(map, "shop.main.stock"));
    }

    [Fact]
    public void An_application_a_fixture_imports_in_its_body_serves_the_client_made_with_it()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", Application)
            .File("tests/test_api.py", """
                import pytest
                from fastapi.testclient import TestClient


                @pytest.fixture(name="client")
                def get_client():
                    from shop.main import app

                    return TestClient(app)


                def test_items(client: TestClient):
                    assert client.get("/items").json() == []
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_items claimed directly", Ways(map, "shop.main.list_items"));
    }

    [Fact]
    public void Keyword_only_dependencies_and_registered_handlers_are_possible_links_and_start_up_handlers_none()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import Depends, FastAPI


                def get_db():
                    yield {}


                async def on_error(request, exc):
                    return None


                async def warm():
                    return None


                app = FastAPI()
                app.add_exception_handler(ValueError, on_error)
                app.add_event_handler("startup", warm)


                @app.get("/items")
                def list_items(*, db=Depends(get_db)):
                    return []
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_items():
                    assert client.get("/items").json() == []
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_items claimed directly", Ways(map, "shop.main.list_items"));
        Assert.Equal("tests/test_api.py::test_items possible possibly directly", Ways(map, "shop.main.get_db"));
        Assert.Equal("tests/test_api.py::test_items possible possibly directly", Ways(map, "shop.main.on_error"));
        Assert.Equal(string.Empty, Ways(map, "shop.main.warm"));
    }

    [Fact]
    public void Starting_a_client_runs_what_its_application_runs_at_start_up_and_shutdown()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from contextlib import asynccontextmanager

                from fastapi import FastAPI


                def load_model():
                    return {}


                @asynccontextmanager
                async def lifespan(app):
                    load_model()
                    yield


                def close_pool():
                    return None


                def other_start():
                    return None


                app = FastAPI(lifespan=lifespan, on_shutdown=[close_pool])
                other = FastAPI(on_startup=[other_start])
                """)
            .File("shop/admin.py", """
                from fastapi import FastAPI


                def admin_start():
                    return None


                class Lock:
                    def __enter__(self):
                        return self

                    def __exit__(self, *exc):
                        return None


                admin = FastAPI(on_startup=[admin_start])
                """)
            .File("tests/conftest.py", EnteredClientConftest)
            .File("tests/test_api.py", """
                import os

                from fastapi.testclient import TestClient

                from shop.admin import Lock, admin
                from shop.main import app


                def test_started():
                    with TestClient(app) as client:
                        assert client


                def test_fixture(client):
                    assert client


                def test_maybe():
                    if os.environ.get("SLOW"):
                        with TestClient(app):
                            pass
                    assert True


                def test_not_started():
                    with Lock() as lock:
                        assert TestClient(admin) and lock
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal(
            "tests/test_api.py::test_fixture claimed directly; tests/test_api.py::test_maybe possible possibly directly; tests/test_api.py::test_started claimed directly",
            Ways(map, "shop.main.lifespan"));
        Assert.Equal(Ways(map, "shop.main.lifespan"), Ways(map, "shop.main.close_pool"));
        Assert.Equal(
            "tests/test_api.py::test_fixture claimed through `shop.main.lifespan`; tests/test_api.py::test_maybe possible possibly through `shop.main.lifespan`; tests/test_api.py::test_started claimed through `shop.main.lifespan`",
            Ways(map, "shop.main.load_model"));

        // A client made and never entered starts nothing: its application's start-up handler is not linked.
        Assert.Equal(string.Empty, Ways(map, "shop.admin.admin_start"));

        // Another application of the same module is not the one the clients were made with.
        Assert.Equal(string.Empty, Ways(map, "shop.main.other_start"));

        // A map focused on the application's file links its hooks as the whole map does.
        var focused = TestMapFocusTests.Map(tree, ["shop/main.py"]);
        foreach (var unit in new[] { "shop.main.lifespan", "shop.main.close_pool", "shop.main.load_model" })
        {
            Assert.Equal(Ways(map, unit), Ways(focused, unit));
        }
    }

    [Fact]
    public void A_started_client_among_clients_of_two_applications_starts_neither_for_certain()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import FastAPI


                def main_start():
                    return None


                def admin_start():
                    return None


                app = FastAPI(on_startup=[main_start])
                admin = FastAPI(on_startup=[admin_start])
                """)
            .File("tests/conftest.py", EnteredClientConftest)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import admin


                def test_both(client):
                    assert TestClient(admin).get("/a") and client


                def test_one(client):
                    assert client
                """);
        var map = TestMapReachTests.Map(tree);

        // The test that also makes a client of another application: which one the fixture's `with` entered is not told.
        Assert.Equal(string.Empty, Ways(map, "shop.main.admin_start"));
        Assert.Equal("tests/test_api.py::test_one claimed directly", Ways(map, "shop.main.main_start"));
    }

    [Fact]
    public void An_instance_given_as_a_dependency_runs_its_class_call_method()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/main.py", """
                from fastapi import Depends, FastAPI


                class Checker:
                    def __init__(self, word: str):
                        self.word = word

                    def __call__(self, q: str = ""):
                        return self.word in q


                class Unused:
                    def __call__(self):
                        return None


                checker = Checker("bar")
                twice = Unused()
                twice = Unused()

                app = FastAPI()


                @app.get("/check")
                def check(found: bool = Depends(checker), other=Depends(twice)):
                    return found
                """)
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app

                client = TestClient(app)


                def test_check():
                    assert client.get("/check?q=bar").json() is True
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Equal("tests/test_api.py::test_check possible possibly directly", Ways(map, "shop.main.Checker.__call__"));

        // A name bound twice may hold either value when the request comes.
        Assert.Equal(string.Empty, Ways(map, "shop.main.Unused.__call__"));
    }

    [Fact]
    public void A_module_level_client_of_a_flask_application_the_test_module_builds_reaches_no_project_route()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/site.py", "from flask import Flask\n\nsite = Flask(__name__)\n\n\n@site.route(\"/stats\")\ndef stats():\n    return \"stats\"\n")
            .File("tests/test_local.py", """
                from flask import Flask

                from shop.site import site

                local = Flask(__name__)
                client = local.test_client()


                def test_stats():
                    assert site.name and client.get("/stats").status_code == 404
                """);
        var map = TestMapReachTests.Map(tree);

        // The client serves the test module's own application, whose routes are not the project's.
        Assert.Equal(string.Empty, Ways(map, "shop.site.stats"));
    }
    /// <summary>A framework's own web test client, defined by the project (as in Starlette's own repository).</summary>
    private const string OwnClient = """
        class TestClient:
            def __init__(self, app, backend="asyncio"):
                self.app = app

            def __enter__(self):
                self.wait_startup()
                return self

            def __exit__(self, *args):
                self.wait_shutdown()

            def wait_startup(self):
                return None

            def wait_shutdown(self):
                return None

            def get(self, url):
                return self.request("GET", url)

            def options(self, url):
                return self.request("OPTIONS", url)

            def request(self, method, url):
                return method, url
        """;

    [Fact]
    public void A_client_of_the_projects_own_client_class_runs_that_class_methods()
    {
        using var tree = TestProject.Create()
            .File("starlette/__init__.py", string.Empty)
            .File("starlette/testclient.py", OwnClient)
            .File("tests/conftest.py", """
                import functools

                import pytest

                from starlette.testclient import TestClient


                @pytest.fixture
                def test_client_factory():
                    return functools.partial(TestClient, backend="asyncio")
                """)
            .File("tests/test_client.py", """
                from starlette.testclient import TestClient


                def app(scope, receive, send):
                    return None


                def test_options(test_client_factory):
                    client = test_client_factory(app)
                    assert client.options("/") is not None


                def test_entered():
                    with TestClient(app) as client:
                        assert client.get("/") is not None
                """);
        var map = TestMapReachTests.Map(tree);

        // The factory's client and a client made directly are objects of the project's class: its methods run.
        Assert.Equal("tests/test_client.py::test_options claimed directly", Ways(map, "starlette.testclient.TestClient.options"));
        Assert.Equal("tests/test_client.py::test_entered claimed directly", Ways(map, "starlette.testclient.TestClient.get"));
        Assert.StartsWith("tests/test_client.py::test_entered claimed through `starlette.testclient.TestClient.get`; tests/test_client.py::test_options claimed through `starlette.testclient.TestClient.options`", Ways(map, "starlette.testclient.TestClient.request"), StringComparison.Ordinal);

        // `with TestClient(app)` enters the client and leaves it.
        Assert.Equal("tests/test_client.py::test_entered claimed through `starlette.testclient.TestClient.__enter__`", Ways(map, "starlette.testclient.TestClient.wait_startup"));
        Assert.Equal("tests/test_client.py::test_entered claimed through `starlette.testclient.TestClient.__exit__`", Ways(map, "starlette.testclient.TestClient.wait_shutdown"));
    }

    [Fact]
    public void A_library_client_runs_nothing_of_the_project_by_its_methods()
    {
        // Starlette's client is not the project's: `client.options` reaches no project method, even one of the same name.
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/client.py", OwnClient)
            .File("tests/test_client.py", """
                from starlette.testclient import TestClient


                def app(scope, receive, send):
                    return None


                def test_options():
                    assert TestClient(app).options("/") is not None
                """);
        var map = TestMapReachTests.Map(tree);

        Assert.Empty(map.TestsOf("shop.client.TestClient.options"));
        Assert.Empty(map.TestsOf("shop.client.TestClient.request"));
    }

    [Fact]
    public void A_middleware_class_a_test_gives_its_own_application_may_run_for_its_requests()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/middleware.py", """
                from starlette.middleware.base import BaseHTTPMiddleware


                class Cors:
                    def __init__(self, app, origins=()):
                        self.app = app
                        self.origins = origins

                    async def __call__(self, scope, receive, send):
                        if self.allowed(scope):
                            await self.app(scope, receive, send)

                    def allowed(self, scope):
                        return True

                    def unrelated(self):
                        return None


                class Timing(BaseHTTPMiddleware):
                    async def dispatch(self, request, call_next):
                        return await call_next(request)


                class Unused:
                    async def __call__(self, scope, receive, send):
                        return None
                """)
            .File("tests/test_middleware.py", """
                from starlette.applications import Starlette
                from starlette.middleware import Middleware
                from starlette.routing import Route
                from starlette.testclient import TestClient

                from shop.middleware import Cors, Timing, Unused


                def homepage(request):
                    return None


                def test_cors():
                    app = Starlette(routes=[Route("/", homepage)], middleware=[Middleware(Cors, origins=["*"])])
                    assert TestClient(app).get("/").status_code == 200


                def test_timing():
                    app = Starlette(routes=[Route("/", homepage)])
                    app.add_middleware(Timing)
                    assert TestClient(app).get("/").status_code == 200


                def test_plain():
                    assert Unused is not None
                """);
        var map = TestMapReachTests.Map(tree);

        // The application calls an instance of the class for each request: its `__call__` (or a `BaseHTTPMiddleware`'s
        // `dispatch`) may run, and what that calls; nothing claimed, since the test may send no request.
        Assert.Equal("tests/test_middleware.py::test_cors possible possibly directly", Ways(map, "shop.middleware.Cors.__call__"));
        Assert.Equal("tests/test_middleware.py::test_cors possible possibly through `shop.middleware.Cors.__call__`", Ways(map, "shop.middleware.Cors.allowed"));
        Assert.Equal("tests/test_middleware.py::test_timing possible possibly directly", Ways(map, "shop.middleware.Timing.dispatch"));
        Assert.Equal(string.Empty, Ways(map, "shop.middleware.Cors.unrelated"));

        // A class the test only names is not given to an application: nothing of it runs.
        Assert.Equal(string.Empty, Ways(map, "shop.middleware.Unused.__call__"));
    }

    /// <summary>Project code the handlers of a test module's own application call, and a middleware class it is given.</summary>
    private const string Responses = """
        class JSONResponse:
            def __init__(self, content):
                self.content = content


        def current_user(request):
            return "ann"


        def unrelated():
            return None


        class Guard:
            def __init__(self, app):
                self.app = app

            async def __call__(self, scope, receive, send):
                await self.app(scope, receive, send)
        """;

    /// <summary>The start of a test module that builds its own application: the imports, and a handler calling the project.</summary>
    private const string OwnApplicationHeader = """
        from starlette.applications import Starlette
        from starlette.middleware import Middleware
        from starlette.routing import Route
        from starlette.testclient import TestClient

        from shop.web import Guard, JSONResponse, current_user


        def homepage(request):
            return JSONResponse({"user": current_user(request)})


        """;

    [Fact]
    public void A_client_of_the_test_modules_own_application_reaches_its_routes_and_what_it_runs_around_them()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/web.py", Responses)
            .File("tests/test_own.py", OwnApplicationHeader + """
                app = Starlette(routes=[Route("/", endpoint=homepage)], middleware=[Middleware(Guard)])


                def test_home():
                    client = TestClient(app)
                    assert client.get("/").status_code == 200


                def test_missing():
                    client = TestClient(app)
                    assert client.get("/missing").status_code == 404
                """);
        var map = TestMapReachTests.Map(tree);

        // The request reaches the module's one application: its handler runs, and what it calls is claimed; a path no
        // route matches reaches no handler.
        Assert.Equal("tests/test_own.py::test_home claimed through helper `homepage`", Ways(map, "shop.web.current_user"));
        Assert.Equal("tests/test_own.py::test_home claimed through helper `homepage`", Ways(map, "shop.web.JSONResponse"));
        Assert.Equal(string.Empty, Ways(map, "shop.web.unrelated"));

        // The middleware class the application is given may run around the requests its routes serve.
        Assert.Equal("tests/test_own.py::test_home possible possibly directly", Ways(map, "shop.web.Guard.__call__"));
    }

    [Fact]
    public void A_client_of_one_of_several_applications_a_test_module_builds_may_reach_each_matching_route()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/web.py", Responses)
            .File("tests/test_own.py", OwnApplicationHeader + """
                def other(request):
                    return None


                app = Starlette(routes=[Route("/", endpoint=homepage)])


                def test_home():
                    assert TestClient(app).get("/").status_code == 200


                def test_local():
                    local = Starlette(routes=[Route("/", endpoint=other)])
                    assert TestClient(local).get("/").status_code == 200
                """);
        var map = TestMapReachTests.Map(tree);

        // Which application a client serves is not told apart from the module's others: each matching route may run.
        Assert.Equal(
            "tests/test_own.py::test_home possible possibly through helper `homepage`; tests/test_own.py::test_local possible possibly through helper `homepage`",
            Ways(map, "shop.web.current_user"));
    }

    [Fact]
    public void A_request_to_an_endpoint_class_runs_the_method_named_for_its_method()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/web.py", """
                from starlette.applications import Starlette
                from starlette.endpoints import HTTPEndpoint, WebSocketEndpoint
                from starlette.responses import PlainTextResponse
                from starlette.routing import Route, WebSocketRoute


                def render(name):
                    return name


                class Homepage(HTTPEndpoint):
                    async def get(self, request):
                        return PlainTextResponse(render("home"))

                    async def post(self, request):
                        return PlainTextResponse("posted")


                class Echo(WebSocketEndpoint):
                    async def on_connect(self, websocket):
                        await websocket.accept()

                    async def on_receive(self, websocket, data):
                        await websocket.send_text(data)


                app = Starlette(routes=[Route("/", Homepage), WebSocketRoute("/ws", Echo)])
                """)
            .File("tests/test_web.py", """
                from starlette.testclient import TestClient

                from shop.web import app

                client = TestClient(app)


                def test_home():
                    assert client.get("/").text == "home"


                def test_ws():
                    with client.websocket_connect("/ws") as ws:
                        ws.send_text("x")
                        assert ws.receive_text() == "x"
                """);
        var map = TestMapReachTests.Map(tree);

        // GET runs `get` on the instance the application makes, and what it calls; not `post`.
        Assert.Equal("tests/test_web.py::test_home claimed directly", Ways(map, "shop.web.Homepage.get"));
        Assert.Equal("tests/test_web.py::test_home claimed through `shop.web.Homepage.get`", Ways(map, "shop.web.render"));
        Assert.Equal(string.Empty, Ways(map, "shop.web.Homepage.post"));

        // A WebSocket connects, and may receive.
        Assert.Equal("tests/test_web.py::test_ws claimed directly", Ways(map, "shop.web.Echo.on_connect"));
        Assert.Equal("tests/test_web.py::test_ws possible possibly directly", Ways(map, "shop.web.Echo.on_receive"));
    }
}

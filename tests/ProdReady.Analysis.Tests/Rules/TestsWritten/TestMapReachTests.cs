using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

[Trait("Issue", "11")]
public sealed class TestMapReachTests
{
    private const string Commands = """
        class Command:
            def main(self):
                return self.invoke()

            def invoke(self):
                return 1


        class Group(Command):
            def invoke(self):
                return 2


        def run(command: Command):
            return command.invoke()
        """;

    /// <summary>A minimal stand-in for click: a group decorator, the command classes and the test runner.</summary>
    private static TempTree WithClick(TempTree tree) => tree
        .File("click/__init__.py", "from .decorators import command, group\nfrom .exceptions import UsageError\n")
        .File("click/exceptions.py", "class ClickException(Exception):\n    pass\n\n\nclass UsageError(ClickException):\n    pass\n")
        .File("click/core.py", Commands)
        .File("click/decorators.py", "from .core import Command, Group\n\n\ndef command(name=None) -> Command:\n    return Command()\n\n\ndef group(name=None) -> Group:\n    return Group()\n")
        .File("click/testing.py", "from .core import Command\n\n\nclass Result:\n    exit_code = 0\n\n\nclass CliRunner:\n    def invoke(self, cli: Command, args=None):\n        cli.main()\n        return Result()\n");

    /// <summary>The whole test map of a project written to a throw-away tree.</summary>
    internal static TestMap Map(TempTree tree)
    {
        var files = Directory.EnumerateFiles(tree.Root, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".prodready_cache", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var project = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files);
        return project.TestMap ?? throw new InvalidOperationException("the project has no test map");
    }

    /// <summary>Each test that reaches a unit, whether the link is claimed or possible, and its way.</summary>
    internal static string Ways(TestMap map, string unit) =>
        string.Join("; ", map.TestsOf(unit).Select(l => $"{l.Test.Id} {(l.IsCertain ? "claimed" : "possible")} {l.Way}"));

    /// <summary>Asserts that the map of a change to one file links each of the file's units as the whole map does.</summary>
    private static void AssertChangeMapMatches(TempTree tree, TestMap whole, string file, params string[] units)
    {
        var focused = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), TestMapFocusTests.Files(tree), useCache: false, testMapFocus: [file]).TestMap!;
        foreach (var unit in units)
        {
            Assert.Equal(Ways(whole, unit), Ways(focused, unit));
        }
    }

    [Fact]
    public void Follows_self_calls_on_the_class_of_the_object_the_test_built()
    {
        using var tree = TestProject.Create().File("shop/core.py", Commands)
            .File("tests/test_core.py", "from shop.core import Command, Group\n\n\ndef test_group():\n    assert Group().main() == 2\n\n\ndef test_command():\n    assert Command().main() == 1\n");
        var map = Map(tree);

        Assert.Equal("tests/test_core.py::test_group claimed through `shop.core.Command.main`", Ways(map, "shop.core.Group.invoke"));
        Assert.Equal("tests/test_core.py::test_command claimed through `shop.core.Command.main`", Ways(map, "shop.core.Command.invoke"));
    }

    [Fact]
    public void The_result_of_calling_an_object_is_what_its_class_call_method_returns()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/carts.py", "class Cart:\n    def total(self):\n        return 0\n\n\nclass CartFactory:\n    def __call__(self) -> Cart:\n        return Cart()\n\n\nclass Plain:\n    def total(self):\n        return 1\n")
            .File("tests/conftest.py", "import pytest\n\nfrom shop.carts import CartFactory\n\n\n@pytest.fixture\ndef make_cart() -> CartFactory:\n    return CartFactory()\n")
            .File("tests/test_carts.py", "from shop.carts import CartFactory, Plain\n\n\ndef test_direct():\n    make = CartFactory()\n    assert make().total() == 0\n\n\ndef test_fixture(make_cart: CartFactory):\n    cart = make_cart()\n    assert cart.total() == 0\n\n\ndef test_not_callable():\n    plain = Plain()\n    assert plain().total() == 1\n");
        var map = Map(tree);

        // Called, a `CartFactory` runs its `__call__`, whose annotation says it returns a `Cart`.
        Assert.Equal("tests/test_carts.py::test_direct claimed directly; tests/test_carts.py::test_fixture claimed directly", Ways(map, "shop.carts.CartFactory.__call__"));
        Assert.Equal("tests/test_carts.py::test_direct claimed directly; tests/test_carts.py::test_fixture claimed directly", Ways(map, "shop.carts.Cart.total"));

        // An object whose class has no `__call__` gives nothing when called.
        Assert.Empty(map.TestsOf("shop.carts.Plain.total"));
    }

    /// <summary>A Starlette application with a handler at each of five paths, for the tests of web test clients.</summary>
    private const string WebApp = """
        from starlette.applications import Starlette
        from starlette.routing import Route


        def items(request):
            return 1


        def orders(request):
            return 2


        def users(request):
            return 3


        def carts(request):
            return 4


        def fakes(request):
            return 5


        app = Starlette(routes=[Route("/items", items), Route("/orders", orders), Route("/users", users), Route("/carts", carts), Route("/fakes", fakes)])
        """;

    [Fact]
    public void Follows_requests_of_clients_declared_made_by_a_factory_or_typed_by_a_factory_protocol()
    {
        using var tree = TestProject.Create()
            .File("shop/web.py", WebApp)
            .File("tests/types.py", """
                from typing import TYPE_CHECKING, Protocol

                from starlette.testclient import TestClient

                if TYPE_CHECKING:

                    class ClientFactory(Protocol):
                        def __call__(self, app) -> TestClient: ...
                else:

                    class ClientFactory:
                        pass
                """)
            .File("tests/fake.py", "class FakeClient:\n    def __init__(self, app):\n        self.app = app\n\n    def get(self, path):\n        return path\n")
            .File("tests/conftest.py", """
                import functools

                import pytest
                from starlette.testclient import TestClient

                from shop.web import app


                @pytest.fixture
                def client():
                    return TestClient(app)


                @pytest.fixture
                def client_factory():
                    return functools.partial(TestClient, backend="asyncio")


                @pytest.fixture
                def fake_factory():
                    return functools.partial(FakeClient)
                """)
            .File("tests/test_web.py", """
                import functools

                from starlette.testclient import TestClient

                from shop.web import app
                from tests.fake import FakeClient
                from tests.types import ClientFactory


                def test_items(client: TestClient):
                    assert client.get("/items").status_code == 200


                def test_orders(client_factory):
                    assert client_factory(app).get("/orders").status_code == 200


                def test_users(client_factory: ClientFactory):
                    with client_factory(app) as client:
                        assert client.get("/users").status_code == 200


                def test_carts():
                    make = functools.partial(TestClient, base_url="http://shop")
                    assert make(app).get("/carts").status_code == 200


                def test_fakes(fake_factory):
                    assert FakeClient(app).get("/fakes") == "/fakes"
                    assert fake_factory(app).get("/fakes") == "/fakes"
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_web.py::test_items claimed directly", Ways(map, "shop.web.items"));
        Assert.Equal("tests/test_web.py::test_orders claimed directly", Ways(map, "shop.web.orders"));
        Assert.Equal("tests/test_web.py::test_users claimed directly", Ways(map, "shop.web.users"));
        Assert.Equal("tests/test_web.py::test_carts claimed directly", Ways(map, "shop.web.carts"));
        Assert.Equal(string.Empty, Ways(map, "shop.web.fakes"));
    }

    [Fact]
    public void Places_routes_under_the_prefixes_of_their_routers_and_blueprints()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/api/__init__.py", string.Empty)
            .File("shop/api/items.py", """
                from fastapi import APIRouter

                router = APIRouter(prefix="/items")


                @router.get("/{item_id}")
                def read_item(item_id: int):
                    return item_id
                """)
            .File("shop/api/users.py", """
                from fastapi import APIRouter

                router = APIRouter()


                @router.get("/{user_id}")
                def read_user(user_id: int):
                    return user_id
                """)
            .File("shop/main.py", """
                from fastapi import FastAPI

                from shop.api import items, users

                app = FastAPI()
                app.include_router(items.router, prefix="/v1")
                app.include_router(users.router, prefix="/users")


                @app.get("/health")
                def health():
                    return "ok"
                """)
            .File("shop/admin.py", """
                from flask import Blueprint

                bp = Blueprint("admin", __name__, url_prefix="/admin/")


                @bp.route("/stats")
                def stats():
                    return "stats"
                """)
            .File("shop/site.py", "from flask import Flask\n\nfrom shop.admin import bp\n\nsite = Flask(__name__)\nsite.register_blueprint(bp, url_prefix=\"/console\")\n")
            .File("tests/test_api.py", """
                from fastapi.testclient import TestClient

                from shop.main import app


                def test_item():
                    assert TestClient(app).get("/v1/items/3").status_code == 200


                def test_user():
                    assert TestClient(app).get("/users/7").status_code == 200


                def test_health():
                    assert TestClient(app).get("/health").status_code == 200


                def test_unprefixed():
                    assert TestClient(app).get("/7").status_code == 404
                """)
            .File("tests/test_site.py", """
                from shop.site import site


                def test_stats():
                    assert site.test_client().get("/console/stats").status_code == 200


                def test_replaced_prefix():
                    assert site.test_client().get("/admin/stats").status_code == 404
                """);
        var map = Map(tree);

        // FastAPI joins the inclusion's prefix and the router's own; Flask's `url_prefix` at registration replaces the
        // blueprint's own. A path without the prefix reaches no handler.
        Assert.Equal("tests/test_api.py::test_item claimed directly", Ways(map, "shop.api.items.read_item"));
        Assert.Equal("tests/test_api.py::test_user claimed directly", Ways(map, "shop.api.users.read_user"));
        Assert.Equal("tests/test_api.py::test_health claimed directly", Ways(map, "shop.main.health"));
        Assert.Equal("tests/test_site.py::test_stats claimed directly", Ways(map, "shop.admin.stats"));
    }

    [Fact]
    public void Places_routes_through_nested_inclusions_and_places_none_under_a_prefix_not_known()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/settings.py", "API = \"/api\"\n")
            .File("shop/items.py", """
                from fastapi import APIRouter

                router = APIRouter(prefix="/items")


                @router.get("/{item_id}")
                def read_item(item_id: int):
                    return item_id
                """)
            .File("shop/orders.py", """
                from fastapi import APIRouter

                from shop import settings

                router = APIRouter(prefix=settings.API)


                @router.get("/{order_id}")
                def read_order(order_id: int):
                    return order_id
                """)
            .File("shop/main.py", """
                from fastapi import APIRouter, FastAPI

                from shop import items, orders

                api = APIRouter(prefix="/api")
                api.include_router(items.router)
                app = FastAPI()
                app.include_router(api)
                app.include_router(orders.router)
                """)
            .File("shop/admin.py", """
                from flask import Blueprint, Flask

                bp = Blueprint("admin", __name__, url_prefix="/admin")


                @bp.route("/stats")
                def stats():
                    return "stats"


                site = Flask(__name__)
                site.register_blueprint(bp)
                """)
            .File("tests/test_main.py", """
                from fastapi.testclient import TestClient

                from shop.admin import site
                from shop.main import app


                def test_item():
                    assert TestClient(app).get("/api/items/3").status_code == 200


                def test_short():
                    assert TestClient(app).get("/9").status_code == 404


                def test_stats():
                    assert site.test_client().get("/admin/stats").status_code == 200
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_main.py::test_item claimed directly", Ways(map, "shop.items.read_item"));
        Assert.Equal(string.Empty, Ways(map, "shop.orders.read_order"));
        Assert.Equal("tests/test_main.py::test_stats claimed directly", Ways(map, "shop.admin.stats"));
    }

    [Fact]
    public void Places_starlette_routes_under_their_mounts_and_none_under_a_host()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/web.py", """
                from starlette.applications import Starlette
                from starlette.routing import Host, Mount, Route, Router


                def user_page(request):
                    return request


                def item_page(request):
                    return request


                def tenant_page(request):
                    return request


                def health(request):
                    return request


                users = Router(routes=[Route("/{username}", endpoint=user_page)])
                app = Starlette(
                    routes=[
                        Route("/health", health),
                        Mount("/users", app=users),
                        Mount("/shop", routes=[Mount("/items", routes=[Route("/{item_id}", item_page)])]),
                        Host("{tenant}.example.org", app=Router(routes=[Route("/", tenant_page)])),
                    ]
                )
                """)
            .File("tests/test_web.py", """
                from starlette.testclient import TestClient

                from shop.web import app


                def test_user():
                    assert TestClient(app).get("/users/ada").status_code == 200


                def test_item():
                    assert TestClient(app).get("/shop/items/3").status_code == 200


                def test_root():
                    assert TestClient(app).get("/").status_code == 404


                def test_unknown():
                    assert TestClient(app).get("/nobody").status_code == 404


                def test_health():
                    assert TestClient(app).get("/health").status_code == 200
                """);
        var map = Map(tree);

        // `/nobody` is not `/{username}` of the router mounted at `/users`, and `/` is the host's route, which the map
        // cannot tell a request reaches: neither is linked.
        Assert.Equal("tests/test_web.py::test_user claimed directly", Ways(map, "shop.web.user_page"));
        Assert.Equal("tests/test_web.py::test_item claimed directly", Ways(map, "shop.web.item_page"));
        Assert.Equal(string.Empty, Ways(map, "shop.web.tenant_page"));
        Assert.Equal("tests/test_web.py::test_health claimed directly", Ways(map, "shop.web.health"));
    }

    [Fact]
    public void A_lambda_the_test_hands_to_a_call_is_possible()
    {
        using var tree = TestProject.Create()
            .File("shop/routing.py", "class Route:\n    def __init__(self, path, endpoint):\n        self.path = path\n        self.endpoint = endpoint\n")
            .File("shop/responses.py", "def render(request):\n    return b\"\"\n")
            .File("tests/test_routes.py", """
                from shop.responses import render
                from shop.routing import Route


                def test_lambda():
                    route = Route("/", lambda request: render(request))
                    assert route.path == "/"
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_routes.py::test_lambda possible possibly directly", Ways(map, "shop.responses.render"));
    }

    [Fact]
    public void A_client_of_an_application_the_test_module_builds_reaches_none_of_the_imported_routes()
    {
        using var tree = TestProject.Create()
            .File("shop/web.py", """
                from starlette.applications import Starlette
                from starlette.routing import Route


                def items(request):
                    return 1


                app = Starlette(routes=[Route("/items", items)])
                """)
            .File("tests/conftest.py", """
                import functools

                import pytest
                from starlette.testclient import TestClient


                @pytest.fixture
                def client_factory():
                    return functools.partial(TestClient, backend="asyncio")
                """)
            .File("tests/test_web.py", """
                from starlette.applications import Starlette
                from starlette.routing import Route
                from starlette.testclient import TestClient

                from shop import web


                def local(request):
                    return "local"


                local_app = Starlette(routes=[Route("/items", local)])


                def test_factory(client_factory):
                    assert client_factory(local_app).get("/items").text == "local"


                def test_client():
                    assert TestClient(local_app).get("/items").text == "local"


                def test_imported(client_factory):
                    assert client_factory(web.app).get("/items").status_code == 200
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_web.py::test_imported claimed directly", Ways(map, "shop.web.items"));
    }

    [Fact]
    public void A_test_side_helper_that_calls_and_hands_keeps_both_selections()
    {
        using var tree = TestProject.Create()
            .File("shop/core.py", "def render(x):\n    return x\n\n\ndef make():\n    return 1\n\n\ndef keep(fn):\n    return fn\n")
            .File("tests/test_core.py", """
                from shop.core import keep, make, render


                def build():
                    keep(render)
                    return make()


                def test_build():
                    assert build() == 1


                def test_maybe():
                    keep(build)
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_core.py::test_build possible possibly through helper `build`; tests/test_core.py::test_maybe possible possibly through helper `build`", Ways(map, "shop.core.render"));
        Assert.Equal("tests/test_core.py::test_build claimed through helper `build`; tests/test_core.py::test_maybe possible possibly through helper `build`", Ways(map, "shop.core.make"));
    }

    [Fact]
    public void Follows_clients_of_a_project_subclass_and_of_a_declared_client_class()
    {
        using var tree = TestProject.Create()
            .File("shop/web.py", WebApp)
            .File("tests/conftest.py", """
                import pytest
                from starlette.testclient import TestClient

                from shop.web import app


                class ShopClient(TestClient):
                    pass


                @pytest.fixture
                def shop_client():
                    return ShopClient(app)


                @pytest.fixture
                def client_class():
                    return TestClient
                """)
            .File("tests/test_web.py", """
                from typing import Type

                from starlette.testclient import TestClient

                from shop.web import app
                from tests.conftest import ShopClient


                def test_items():
                    assert ShopClient(app).get("/items").status_code == 200


                def test_orders(shop_client):
                    assert shop_client.get("/orders").status_code == 200


                def test_users(client_class: type[TestClient]):
                    assert client_class(app).get("/users").status_code == 200


                def test_carts(client_class: Type[TestClient]):
                    assert client_class(app).get("/carts").status_code == 200
                """);
        var map = Map(tree);

        Assert.Equal("tests/test_web.py::test_items claimed directly", Ways(map, "shop.web.items"));
        Assert.Equal("tests/test_web.py::test_orders claimed directly", Ways(map, "shop.web.orders"));
        Assert.Equal("tests/test_web.py::test_users claimed directly", Ways(map, "shop.web.users"));
        Assert.Equal("tests/test_web.py::test_carts claimed directly", Ways(map, "shop.web.carts"));
    }

    [Fact]
    public void A_function_a_fixture_returns_uncalled_is_claimed_only_when_the_test_calls_it()
    {
        using var tree = TestProject.Create()
            .File("shop/render.py", "def render(x):\n    return x\n")
            .File("tests/conftest.py", "import pytest\n\nfrom shop.render import render\n\n\n@pytest.fixture\ndef renderer():\n    return render\n")
            .File("tests/test_render.py", """
                def test_calls(renderer):
                    assert renderer(1) == 1


                def test_holds(renderer):
                    assert renderer is not None
                """);
        var map = Map(tree);

        Assert.Equal(
            "tests/test_render.py::test_calls claimed directly; tests/test_render.py::test_holds possible possibly through fixture `renderer`",
            Ways(map, "shop.render.render"));
    }

    [Fact]
    public void Links_the_overrides_of_a_method_as_possible_when_only_the_declared_class_is_known()
    {
        using var tree = TestProject.Create().File("shop/core.py", Commands)
            .File("tests/test_core.py", "from shop.core import Command, run\n\n\ndef test_run():\n    assert run(Command()) == 1\n");
        var map = Map(tree);

        Assert.Equal("tests/test_core.py::test_run claimed through `shop.core.run`", Ways(map, "shop.core.Command.invoke"));
        Assert.Equal("tests/test_core.py::test_run possible possibly through `shop.core.run`", Ways(map, "shop.core.Group.invoke"));
    }

    [Fact]
    public void Counts_a_class_with_a_generic_base_among_the_subclasses_of_its_origin()
    {
        const string Types = """
            import typing as t

            T = t.TypeVar("T")


            class ParamType(t.Generic[T]):
                def convert(self, value):
                    return value


            class IntType(ParamType[int]):
                def convert(self, value):
                    return int(value)


            def run(kind: ParamType[t.Any], value):
                return kind.convert(value)
            """;
        using var tree = TestProject.Create().File("shop/types.py", Types)
            .File("tests/test_types.py", "from shop.types import ParamType, run\n\n\ndef test_run():\n    assert run(ParamType(), 1) == 1\n");
        var map = Map(tree);

        Assert.Equal("tests/test_types.py::test_run claimed through `shop.types.run`", Ways(map, "shop.types.ParamType.convert"));
        Assert.Equal("tests/test_types.py::test_run possible possibly through `shop.types.run`", Ways(map, "shop.types.IntType.convert"));
    }

    [Fact]
    public void Translates_with_iteration_operators_and_builtins_into_protocol_methods()
    {
        const string Box = """
            class Box:
                def __enter__(self):
                    return self

                def __exit__(self, *args):
                    return None

                def __len__(self):
                    return 0

                def __iter__(self):
                    return iter([])

                def __contains__(self, item):
                    return False

                def __add__(self, other):
                    return self

                def __getitem__(self, key):
                    return key

                def unused(self):
                    return None
            """;
        using var tree = TestProject.Create().File("shop/box.py", Box)
            .File("tests/test_box.py", "from shop.box import Box\n\n\ndef test_box():\n    with Box() as box:\n        assert len(box) == 0\n        assert 1 not in box\n        assert [x for x in box] == []\n        assert box + box is box\n        assert box[1] == 1\n");
        var map = Map(tree);

        foreach (var method in new[] { "__enter__", "__exit__", "__len__", "__iter__", "__contains__", "__add__", "__getitem__" })
        {
            Assert.Equal("tests/test_box.py::test_box claimed directly", Ways(map, "shop.box.Box." + method));
        }

        Assert.Empty(map.TestsOf("shop.box.Box.unused"));
    }

    [Fact]
    public void Types_attributes_of_self_and_elements_of_annotated_collections()
    {
        const string Holder = """
            class Item:
                def go(self):
                    return 1

                def stop(self):
                    return 2


            class Holder:
                def __init__(self, item: Item):
                    self.item = item
                    self.items: list[Item] = [item]

                def run(self):
                    self.item.go()
                    for each in self.items:
                        each.stop()
            """;
        using var tree = TestProject.Create().File("shop/holder.py", Holder)
            .File("tests/test_holder.py", "from shop.holder import Holder, Item\n\n\ndef test_run():\n    Holder(Item()).run()\n    assert True\n");
        var map = Map(tree);

        Assert.Equal("tests/test_holder.py::test_run claimed through `shop.holder.Holder.run`", Ways(map, "shop.holder.Item.go"));
        Assert.Equal("tests/test_holder.py::test_run claimed through `shop.holder.Holder.run`", Ways(map, "shop.holder.Item.stop"));
    }

    /// <summary>A router that keeps a copy of its routes, with a base route that only declares its methods.</summary>
    private const string Routes = """
        from typing import Sequence


        class BaseRoute:
            def matches(self, path: str) -> bool:
                raise NotImplementedError()

            def describe(self) -> str:
                ...

            def name(self) -> str:
                return "route"


        class Route(BaseRoute):
            def __init__(self, path: str) -> None:
                self.path = path

            def matches(self, path: str) -> bool:
                return path == self.path

            def describe(self) -> str:
                return self.path


        class Router:
            def __init__(self, routes: Sequence[BaseRoute] | None = None, extra: Sequence[BaseRoute] = ()) -> None:
                self.routes = [] if routes is None else list(routes)
                self.extra = sorted(extra, key=str) or None

            def find(self, path: str) -> bool:
                return any(route.matches(path) for route in self.routes)

            def names(self) -> list[str]:
                return [route.name() + route.describe() for route in self.extra or ()]

            def copy_names(self, routes: Sequence[BaseRoute]) -> list[str]:
                return [route.name() for route in list(routes)]
        """;

    [Fact]
    public void Types_copies_of_collections_and_values_chosen_between_nothing_and_one_origin()
    {
        using var tree = TestProject.Create().File("shop/routing.py", Routes)
            .File("tests/test_routing.py", "from shop.routing import Route, Router\n\n\ndef test_find():\n    assert Router([Route(\"/\")]).find(\"/\")\n\n\ndef test_names():\n    assert Router(extra=[Route(\"/\")]).names()\n\n\ndef test_copy():\n    assert Router().copy_names([Route(\"/\")])\n");
        var map = Map(tree);

        // `list(routes)` holds the elements of the annotated sequence: the loop's calls are claimed. A value chosen between
        // it and nothing (`[] if routes is None else ...`, `sorted(extra) or None`, `self.extra or ()`) holds the same
        // elements or none, so what the loop calls on each is claimed too, as for any loop over a declared collection.
        Assert.Equal(
            "tests/test_routing.py::test_copy claimed through `shop.routing.Router.copy_names`; tests/test_routing.py::test_names claimed through `shop.routing.Router.names`",
            Ways(map, "shop.routing.BaseRoute.name"));
        Assert.Equal("tests/test_routing.py::test_find possible possibly through `shop.routing.Router.find`", Ways(map, "shop.routing.Route.matches"));
        Assert.Equal("tests/test_routing.py::test_names possible possibly through `shop.routing.Router.names`", Ways(map, "shop.routing.Route.describe"));

        // The base's methods that only declare themselves run only on an object of exactly the base: possible.
        Assert.Equal("tests/test_routing.py::test_find possible possibly through `shop.routing.Router.find`", Ways(map, "shop.routing.BaseRoute.matches"));
        // A concrete class's method written `...` may be meant to run on the class itself: claimed.
        Assert.Equal("tests/test_routing.py::test_names claimed through `shop.routing.Router.names`", Ways(map, "shop.routing.BaseRoute.describe"));
    }

    [Fact]
    public void Types_the_values_of_annotated_mappings_read_by_key_and_not_their_keys()
    {
        const string Registry = """
            from typing import Mapping


            class Handler:
                def run(self) -> int:
                    return 1

                def stop(self) -> int:
                    return 2

                def key(self) -> int:
                    return 3


            class Registry:
                def __init__(self, handlers: dict[str, Handler]) -> None:
                    self.handlers = handlers

                def run(self, name: str) -> int:
                    return self.handlers[name].run() + self.handlers.get(name).run()

                def stop_all(self) -> int:
                    return sum(h.stop() for h in self.handlers.values())

                def keys(self) -> int:
                    for k in self.handlers:
                        k.key()
                    return sum(k.key() for k in list(self.handlers))


            def first(table: Mapping[str, list[Handler]]) -> int:
                return table["a"][0].run()


            class Worker:
                def ping(self) -> int:
                    return 4


            def make() -> tuple[str, dict[str, Worker]]:
                return "a", {"a": Worker()}


            class Pair:
                def __init__(self) -> None:
                    self.name, self.table = make()

                def run(self) -> int:
                    return self.table[self.name].ping()


            def either(table: dict[str, Worker | Handler]) -> int:
                return table["a"].ping()
            """;
        using var tree = TestProject.Create().File("shop/registry.py", Registry)
            .File("tests/test_registry.py", "from shop.registry import Handler, Pair, Registry, Worker, either, first\n\n\ndef test_run():\n    assert Registry({\"a\": Handler()}).run(\"a\")\n\n\ndef test_stop():\n    assert Registry({\"a\": Handler()}).stop_all()\n\n\ndef test_keys():\n    assert Registry({\"a\": Handler()}).keys() == 0\n\n\ndef test_first():\n    assert first({\"a\": [Handler()]})\n\n\ndef test_pair():\n    assert Pair().run()\n\n\ndef test_either():\n    assert either({\"a\": Worker()})\n");
        var map = Map(tree);

        // An item read by key, `get`, `values()`, a mapping of collections, and one unpacked into an attribute of `self`.
        Assert.Equal("tests/test_registry.py::test_pair claimed through `shop.registry.Pair.run`", Ways(map, "shop.registry.Worker.ping"));
        Assert.Equal(
            "tests/test_registry.py::test_first claimed through `shop.registry.first`; tests/test_registry.py::test_run claimed through `shop.registry.Registry.run`",
            Ways(map, "shop.registry.Handler.run"));
        Assert.Equal("tests/test_registry.py::test_stop claimed through `shop.registry.Registry.stop_all`", Ways(map, "shop.registry.Handler.stop"));

        // A mapping of a union's values is not read as its first member's.
        Assert.DoesNotContain("test_either", Ways(map, "shop.registry.Worker.ping"), StringComparison.Ordinal);

        // Iterating a mapping, or a copy of it, gives its keys: strings here, not handlers.
        Assert.Empty(map.TestsOf("shop.registry.Handler.key"));
    }

    [Fact]
    public void A_method_that_only_declares_itself_is_possible_and_its_declared_class_claimed()
    {
        const string Shapes = """
            class Shape:
                def area(self) -> int:
                    raise NotImplementedError()

                def sides(self) -> int:
                    return 0


            class Square(Shape):
                def area(self) -> int:
                    return 4


            class Circle(Shape):
                pass


            def measure(shape: Shape) -> int:
                return shape.area()


            def count(circle: Circle) -> int:
                return circle.area()
            """;
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes)
            .File("tests/test_shapes.py", "from unittest.mock import MagicMock\nfrom shop.shapes import count, measure\n\n\ndef test_measure():\n    assert measure(MagicMock())\n\n\ndef test_count():\n    assert count(MagicMock())\n");
        var map = Map(tree);

        // `Shape.area` runs on a `Shape` only when the object is exactly a `Shape`, which `Square.area` says is not meant; a
        // `Circle` has no override below it, so the inherited declaration is what runs there.
        Assert.Equal(
            "tests/test_shapes.py::test_count claimed through `shop.shapes.count`; tests/test_shapes.py::test_measure possible possibly through `shop.shapes.measure`",
            Ways(map, "shop.shapes.Shape.area"));
        Assert.Equal("tests/test_shapes.py::test_measure possible possibly through `shop.shapes.measure`", Ways(map, "shop.shapes.Square.area"));

        // The object is there whichever definition runs: its declared class is exercised.
        Assert.Equal(
            "tests/test_shapes.py::test_count claimed through `shop.shapes.count`; tests/test_shapes.py::test_measure claimed through `shop.shapes.measure`",
            Ways(map, "shop.shapes.Shape"));
    }

    [Fact]
    public void A_value_chosen_between_nothing_and_an_object_reaches_the_object_s_methods_only_possibly()
    {
        const string Choices = """
            class Headers:
                def items(self) -> list[str]:
                    return []


            class Version:
                def __init__(self, text: str) -> None:
                    self.text = text

                def __eq__(self, other: object) -> bool:
                    return isinstance(other, Version) and other.text == self.text

                def __hash__(self) -> int:
                    return hash(self.text)


            def render(headers: Headers | None = None) -> list[str]:
                chosen = headers or {}
                return list(chosen.items())


            def matches(text: str, other: object) -> bool:
                parsed = Version(text) if text else None
                return parsed == other
            """;
        using var tree = TestProject.Create().File("shop/choices.py", Choices)
            .File("tests/test_choices.py", "from shop.choices import matches, render\n\n\ndef test_render():\n    assert render() == []\n\n\ndef test_matches():\n    assert matches(\"\", \"x\") is False\n");
        var map = Map(tree);

        // `headers or {}` may be the empty dict, whose `items` is the built-in's; `parsed` may be None, compared by None's `==`.
        Assert.Equal("tests/test_choices.py::test_render possible possibly through `shop.choices.render`", Ways(map, "shop.choices.Headers.items"));
        Assert.DoesNotContain("claimed", Ways(map, "shop.choices.Version.__eq__"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_what_a_second_reader_found_of_mappings_choices_protocols_and_swaps()
    {
        const string Shapes = """
            from typing import Protocol


            class H:
                def run(self) -> int:
                    return 1


            class G:
                def run(self) -> int:
                    return 2


            def unpack_keys(d: dict[str, H]) -> int:
                a, b = d
                return a.run()


            def get_default(d: dict[str, G], k: str) -> int:
                return d.get(k, H()).run()


            class P(Protocol):
                def go(self) -> int: ...


            class PImpl(P):
                def go(self) -> int:
                    return 5


            def proto(p: P) -> int:
                return p.go()


            class Route:
                def matches(self) -> bool:
                    return True


            def first(routes: list[Route] | None = None) -> bool:
                return all(r.matches() for r in routes or [])


            class A:
                def ma(self) -> int:
                    return 1


            class B:
                def mb(self) -> int:
                    return 2


            def make() -> tuple[A, B]:
                return A(), B()


            class Swap:
                def __init__(self) -> None:
                    self.a, self.b = make()

                def swap(self) -> None:
                    self.a, self.b = self.b, self.a

                def use(self) -> int:
                    return self.a.mb()
            """;
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes)
            .File("tests/test_shapes.py", "from shop.shapes import PImpl, Route, Swap, first, get_default, proto, unpack_keys\n\n\ndef test_unpack():\n    unpack_keys({\"x\": None, \"y\": None})\n\n\ndef test_get():\n    assert get_default({}, \"k\")\n\n\ndef test_proto():\n    assert proto(PImpl())\n\n\ndef test_first():\n    assert first([Route()])\n\n\ndef test_swap():\n    s = Swap()\n    s.swap()\n    assert s.use()\n");
        var map = Map(tree);

        // Unpacking a mapping gives its keys.
        Assert.DoesNotContain("test_unpack", Ways(map, "shop.shapes.H.run"), StringComparison.Ordinal);

        // `get` with a default may give the default: the value class's method is possible.
        Assert.Equal("tests/test_shapes.py::test_get possible possibly through `shop.shapes.get_default`", Ways(map, "shop.shapes.G.run"));

        // A protocol's `...` method never runs itself.
        Assert.Equal("tests/test_shapes.py::test_proto possible possibly through `shop.shapes.proto`", Ways(map, "shop.shapes.P.go"));

        // The elements of `routes or []` are routes whichever alternative it is: the empty one has none.
        Assert.Equal("tests/test_shapes.py::test_first claimed through `shop.shapes.first`", Ways(map, "shop.shapes.Route.matches"));

        // A swap of attributes of `self` assigns each the other's value.
        Assert.Contains("tests/test_shapes.py::test_swap", Ways(map, "shop.shapes.B.mb"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hook_a_concrete_class_writes_pass_stays_claimed_on_a_declared_object()
    {
        const string Hooks = """
            class Base:
                def hook(self) -> None:
                    pass


            class Impl(Base):
                def hook(self) -> int:
                    return 2


            def drive(obj: Base) -> None:
                return obj.hook()
            """;
        using var tree = TestProject.Create().File("shop/hooks.py", Hooks)
            .File("tests/test_hooks.py", "from shop.hooks import Base, drive\n\n\ndef test_drive():\n    assert drive(Base()) is None\n");
        var map = Map(tree);

        Assert.Equal("tests/test_hooks.py::test_drive claimed through `shop.hooks.drive`", Ways(map, "shop.hooks.Base.hook"));
        Assert.Equal("tests/test_hooks.py::test_drive possible possibly through `shop.hooks.drive`", Ways(map, "shop.hooks.Impl.hook"));
    }

    [Fact]
    public void Leaves_unknown_a_copy_of_an_object_and_a_choice_between_two_origins()
    {
        const string Shapes = """
            class Cart:
                def total(self) -> int:
                    return 1

                def __iter__(self):
                    return iter([1])


            class Box:
                def total(self) -> int:
                    return 2


            def first(cart: Cart) -> int:
                return list(cart)[0].total()


            def either(flag: bool, cart: Cart, box: Box) -> int:
                chosen = cart if flag else box
                return chosen.total()


            def spread(carts: list[Cart]) -> int:
                return sum(c.total() for c in list(*[carts]))
            """;
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes)
            .File("tests/test_shapes.py", "from shop.shapes import Box, Cart, either, first, spread\n\n\ndef test_all():\n    first(Cart())\n    either(True, Cart(), Box())\n    spread([Cart()])\n    assert True\n");
        var map = Map(tree);

        // `list(cart)` holds what iterating a cart gives, not carts; a value that is one of two classes is not guessed; a
        // starred argument is not read.
        Assert.Empty(map.TestsOf("shop.shapes.Cart.total"));
        Assert.Empty(map.TestsOf("shop.shapes.Box.total"));
    }

    [Fact]
    public void Follows_a_command_defined_in_the_test_body_into_the_runner()
    {
        using var tree = WithClick(TestProject.Create())
            .File("shop/work.py", "def work():\n    return 1\n")
            .File("tests/test_cli.py", "import click\nfrom click.testing import CliRunner\nfrom shop.work import work\n\n\ndef test_group():\n    @click.group()\n    def cli():\n        work()\n\n    result = CliRunner().invoke(cli, [])\n    assert result.exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("tests/test_cli.py::test_group claimed through `click.core.Command.main`", Ways(map, "click.core.Group.invoke"));
        Assert.Equal("tests/test_cli.py::test_group claimed directly", Ways(map, "shop.work.work"));
    }

    [Fact]
    public void A_runner_that_is_not_a_command_runner_reaches_nothing_more()
    {
        using var tree = TestProject.Create().File("shop/core.py", Commands)
            .File("shop/runner.py", "class Runner:\n    def invoke(self, target):\n        return target\n")
            .File("tests/test_runner.py", "from shop.core import Group\nfrom shop.runner import Runner\n\n\ndef test_runner():\n    group = Group()\n    assert Runner().invoke(group) is group\n");
        var map = Map(tree);

        Assert.Equal("tests/test_runner.py::test_runner claimed directly", Ways(map, "shop.runner.Runner.invoke"));
        Assert.Empty(map.TestsOf("shop.core.Command.main"));
    }

    [Fact]
    public void Tells_which_outcome_of_a_command_a_test_reads()
    {
        using var tree = WithClick(TestProject.Create())
            .File("tests/conftest.py", "import pytest\nfrom click.testing import CliRunner\n\n\n@pytest.fixture\ndef runner():\n    return CliRunner()\n")
            .File("tests/test_cli.py", "from click.core import Command\n\n\ndef test_code(runner):\n    result = runner.invoke(Command())\n    assert result.exit_code == 2\n\n\ndef test_exception(runner):\n    assert runner.invoke(Command(), []).exception is not None\n\n\ndef test_success(runner):\n    assert not runner.invoke(Command(), []).exception\n\n\ndef test_none():\n    assert Command().main() == 1\n");
        var map = Map(tree);
        var outcomes = map.Tests.ToDictionary(t => t.Id, map.CommandOutcomeChecked);

        Assert.Equal(CommandOutcome.ExitCodeOrOutput | CommandOutcome.Ran, outcomes["tests/test_cli.py::test_code"]);
        Assert.Equal(CommandOutcome.Exception | CommandOutcome.Ran, outcomes["tests/test_cli.py::test_exception"]);
        Assert.Equal(CommandOutcome.Ran, outcomes["tests/test_cli.py::test_success"]);
        Assert.Equal(CommandOutcome.None, outcomes["tests/test_cli.py::test_none"]);
        Assert.Throws<ArgumentNullException>(() => map.CommandOutcomeChecked(null!));
    }

    [Fact]
    public void A_call_after_an_early_return_is_possible_and_a_call_in_a_test_is_claimed()
    {
        const string Gate = """
            def check(value):
                return value


            def helper():
                return 1


            def record(value):
                return value


            def gate(value):
                if not check(value):
                    return 0
                return helper()


            def guarded(value):
                if value is None:
                    raise ValueError("value")
                return record(value)


            def each(values):
                for value in [1, 2]:
                    if value > 1:
                        continue
                    record(value)
                return helper()
            """;
        using var tree = TestProject.Create().File("shop/gate.py", Gate)
            .File("tests/test_gate.py", "from shop.gate import each, gate, guarded\n\n\ndef test_gate():\n    assert gate(1) == 1\n\n\ndef test_guarded():\n    assert guarded(2) == 2\n\n\ndef test_each():\n    assert each([]) == 1\n");
        var map = Map(tree);

        Assert.Equal("tests/test_gate.py::test_gate claimed through `shop.gate.gate`", Ways(map, "shop.gate.check"));
        Assert.Equal(
            "tests/test_gate.py::test_each claimed through `shop.gate.each`; tests/test_gate.py::test_gate possible possibly through `shop.gate.gate`",
            Ways(map, "shop.gate.helper"));
        Assert.Equal(
            "tests/test_gate.py::test_each possible possibly through `shop.gate.each`; tests/test_gate.py::test_guarded claimed through `shop.gate.guarded`",
            Ways(map, "shop.gate.record"));
    }

    [Fact]
    public void Types_the_variable_of_an_except_clause_by_the_class_it_names()
    {
        const string Failures = """
            class Failure(Exception):
                def show(self):
                    return 1


            class Other(Exception):
                def show(self):
                    return 2


            def work():
                raise Failure()


            def main():
                try:
                    work()
                except Failure as error:
                    error.show()
                except (Other, ValueError) as other:
                    other.show()
            """;
        using var tree = TestProject.Create().File("shop/failures.py", Failures)
            .File("tests/test_failures.py", "from shop.failures import main\n\n\ndef test_main():\n    assert main() is None\n");
        var map = Map(tree);

        Assert.Equal("tests/test_failures.py::test_main possible possibly through `shop.failures.main`", Ways(map, "shop.failures.Failure.show"));
        Assert.Empty(map.TestsOf("shop.failures.Other.show"));
    }

    [Fact]
    public void Reads_a_subscripted_generic_class_as_that_class()
    {
        const string Generic = """
            import typing as t

            T = t.TypeVar("T")


            class Box(t.Generic[T]):
                def open(self):
                    return 1


            class Holder:
                def __init__(self, box: Box[int]) -> None:
                    self.box = box

                def run(self, other: "t.Optional[Box[str]]" = None):
                    return self.box.open()
            """;
        using var tree = TestProject.Create().File("shop/generic.py", Generic)
            .File("tests/test_generic.py", "from shop.generic import Box, Holder\n\n\ndef test_run():\n    assert Holder(Box()).run() == 1\n");
        var map = Map(tree);

        Assert.Equal("tests/test_generic.py::test_run claimed through `shop.generic.Holder.run`", Ways(map, "shop.generic.Box.open"));
    }

    [Fact]
    public void Claims_only_the_unit_a_test_expects_to_raise_and_leaves_what_it_calls_possible()
    {
        const string Parse = """
            def check(text):
                return bool(text)


            def parse(text):
                if not text:
                    raise ValueError("empty")
                return check(text)
            """;
        const string Tests = """
            import unittest

            import pytest
            from shop.parse import parse


            def test_rejects_empty():
                with pytest.raises(ValueError):
                    parse("")


            def test_rejects_by_call():
                pytest.raises(ValueError, parse, "")


            def test_both():
                with pytest.raises(ValueError):
                    parse("")
                assert parse("a")


            class TestParse(unittest.TestCase):
                def test_rejects(self):
                    with self.assertRaises(ValueError):
                        parse("")
            """;
        using var tree = TestProject.Create().File("shop/parse.py", Parse).File("tests/test_parse.py", Tests);
        var map = Map(tree);

        Assert.Equal(
            [
                "tests/test_parse.py::TestParse::test_rejects claimed directly",
                "tests/test_parse.py::test_both claimed directly",
                "tests/test_parse.py::test_rejects_by_call claimed directly",
                "tests/test_parse.py::test_rejects_empty claimed directly",
            ],
            Ways(map, "shop.parse.parse").Split("; ").Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                "tests/test_parse.py::TestParse::test_rejects possible possibly through `shop.parse.parse`",
                "tests/test_parse.py::test_both claimed through `shop.parse.parse`",
                "tests/test_parse.py::test_rejects_by_call possible possibly through `shop.parse.parse`",
                "tests/test_parse.py::test_rejects_empty possible possibly through `shop.parse.parse`",
            ],
            Ways(map, "shop.parse.check").Split("; ").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_a_callable_project_code_hands_to_another_call_as_possible()
    {
        const string Hooks = """
            def on_item(item):
                return item


            def each(items, callback):
                for item in items:
                    callback(item)


            def run(items):
                each(items, on_item)
            """;
        using var tree = TestProject.Create().File("shop/hooks.py", Hooks)
            .File("tests/test_hooks.py", "from shop.hooks import each, on_item, run\n\n\ndef test_run():\n    assert run([1]) is None\n\n\ndef test_each():\n    assert each([1], on_item) is None\n");
        var map = Map(tree);

        Assert.Equal("tests/test_hooks.py::test_run claimed through `shop.hooks.run`", Ways(map, "shop.hooks.each").Split("; ")[1]);
        // A callable the test itself hands to a call is possible too: `each` runs it only for each item there is.
        Assert.Equal(
            "tests/test_hooks.py::test_each possible possibly directly; tests/test_hooks.py::test_run possible possibly through `shop.hooks.run`",
            Ways(map, "shop.hooks.on_item"));
    }

    [Fact]
    public void A_helper_the_test_only_hands_to_a_constructor_is_possible_and_one_it_calls_is_claimed()
    {
        using var tree = TestProject.Create()
            .File("shop/routing.py", "class Route:\n    def __init__(self, path, endpoint):\n        self.path = path\n        self.endpoint = endpoint\n")
            .File("shop/responses.py", "def render(request):\n    return b\"\"\n")
            .File("tests/test_routes.py", """
                from shop.responses import render
                from shop.routing import Route


                def homepage(request):
                    return render(request)


                def test_repr():
                    route = Route("/", homepage)
                    assert route.path == "/"


                def test_homepage():
                    assert homepage(None) == b""
                """);
        var map = Map(tree);

        // `Route` keeps the endpoint and never calls it: the test may not run `render`.
        Assert.Equal(
            "tests/test_routes.py::test_homepage claimed through helper `homepage`; tests/test_routes.py::test_repr possible possibly through helper `homepage`",
            Ways(map, "shop.responses.render"));
        Assert.Equal("tests/test_routes.py::test_repr claimed directly", Ways(map, "shop.routing.Route"));
    }

    private const string Shapes = """
        class Shape:
            def area(self):
                return 0

            def describe(self):
                return "shape"


        class Square(Shape):
            def area(self):
                return 4

            def describe(self):
                return "square " + super().describe()


        class Circle(Shape):
            def area(self):
                return 3
        """;

    [Fact]
    public void Types_a_parameter_by_the_objects_its_parametrize_table_builds()
    {
        const string Tests = """
            import pytest
            from shop.shapes import Circle, Square


            @pytest.mark.parametrize("shape", [Square(), pytest.param(Circle(), id="circle")])
            def test_area(shape):
                assert shape.area() > 0


            @pytest.mark.parametrize(("shape", "expected"), [(Square(), 4)])
            def test_table(shape, expected):
                assert shape.area() == expected


            @pytest.mark.parametrize(("shape", "expected"), [pytest.param(*SHAPES)])
            def test_unpacked(shape, expected):
                assert shape.area() == expected
            """;
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes).File("tests/test_shapes.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_shapes.py::test_area claimed directly; tests/test_shapes.py::test_table claimed directly", Ways(map, "shop.shapes.Square.area"));
        Assert.Equal("tests/test_shapes.py::test_area claimed directly", Ways(map, "shop.shapes.Circle.area"));
        Assert.Empty(map.TestsOf("shop.shapes.Shape.area"));
        Assert.Empty(map.TestsOf("shop.shapes.Square.describe"));
    }

    [Fact]
    public void Follows_super_to_the_method_of_the_base_class()
    {
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes)
            .File("tests/test_shapes.py", "from shop.shapes import Square\n\n\ndef test_describe():\n    assert Square().describe() == \"square shape\"\n");
        var map = Map(tree);

        Assert.Equal("tests/test_shapes.py::test_describe claimed directly", Ways(map, "shop.shapes.Square.describe"));
        Assert.Equal("tests/test_shapes.py::test_describe claimed through `shop.shapes.Square.describe`", Ways(map, "shop.shapes.Shape.describe"));
        Assert.Empty(map.TestsOf("shop.shapes.Shape.area"));
    }

    private const string Completion = """
        from __future__ import annotations

        import typing as t


        class Complete:
            def __init__(self, name):
                self.name = name

            def source(self):
                return self.render()

            def render(self):
                return ""


        class BashComplete(Complete):
            def render(self):
                return "bash"


        _classes: dict[str, type[Complete]] = {"bash": BashComplete}


        def completion_class(shell: str) -> type[Complete] | None:
            return _classes.get(shell)


        def factories() -> list[t.Type[Complete]]:
            return list(_classes.values())


        def complete(shell):
            cls = completion_class(shell)
            comp = cls(shell)
            return comp.source()


        def first_source():
            for factory in factories():
                return factory("x").source()


        def make(cls: type[Complete]):
            return cls("y").render()
        """;

    [Fact]
    public void Follows_a_class_held_in_a_value_typed_type_of_a_class()
    {
        const string Tests = """
            from shop.completion import Complete, complete, first_source, make


            def test_complete():
                assert complete("bash") == "bash"


            def test_first():
                assert first_source() == "bash"


            def test_make():
                assert make(Complete) == ""
            """;
        using var tree = TestProject.Create().File("shop/completion.py", Completion).File("tests/test_completion.py", Tests);
        var map = Map(tree);

        // `cls(shell)` constructs the declared class (or a subclass); `comp.source()` is the declared class's method, and
        // what it calls on `self` may be the subclass's override.
        Assert.Equal(
            "tests/test_completion.py::test_complete claimed through `shop.completion.complete`; tests/test_completion.py::test_first claimed through `shop.completion.first_source`; tests/test_completion.py::test_make claimed through `shop.completion.make`",
            Ways(map, "shop.completion.Complete"));
        Assert.Equal(
            "tests/test_completion.py::test_complete claimed through `shop.completion.complete`; tests/test_completion.py::test_first claimed through `shop.completion.first_source`",
            Ways(map, "shop.completion.Complete.source"));
        Assert.Equal(
            "tests/test_completion.py::test_complete possible possibly through `shop.completion.Complete.source`; tests/test_completion.py::test_first possible possibly through `shop.completion.Complete.source`; tests/test_completion.py::test_make possible possibly through `shop.completion.make`",
            Ways(map, "shop.completion.BashComplete.render"));

        // A parameter annotated `type[X]`, called.
        Assert.Contains("tests/test_completion.py::test_make claimed through `shop.completion.make`", Ways(map, "shop.completion.Complete.render"), StringComparison.Ordinal);
    }

    private const string Lifespans = """
        from typing import Any, Callable, TypeVar

        _T = TypeVar("_T")
        Lifespan = Callable[[Any], Any]


        class _DefaultLifespan:
            def __init__(self, router: "Router") -> None:
                self._router = router

            async def __aenter__(self) -> None:
                await self._router.startup()

            async def __aexit__(self, *exc_info: object) -> None:
                await self._router.shutdown()

            def __call__(self: _T, app: object) -> _T:
                return self


        class Router:
            def __init__(self, lifespan: Lifespan | None = None) -> None:
                self.handlers: list[Callable[[], None]] = []
                if lifespan is None:
                    self.lifespan_context: Lifespan = _DefaultLifespan(self)
                else:
                    self.lifespan_context = lifespan

            async def startup(self) -> None:
                for handler in self.handlers:
                    handler()

            async def shutdown(self) -> None:
                for handler in self.handlers:
                    handler()

            async def lifespan(self, app: object) -> None:
                async with self.lifespan_context(app):
                    pass

            async def unknown(self, app: object) -> None:
                async with self.missing(app):
                    pass
        """;

    [Fact]
    public void Follows_a_with_statement_on_what_calling_an_attribute_holding_an_object_returns()
    {
        const string Tests = """
            import asyncio
            from shop.routing import Router


            def test_lifespan():
                router = Router()
                asyncio.run(router.lifespan(None))
                assert router.handlers == []


            def test_unknown():
                assert asyncio.run(Router().unknown(None)) is None


            def test_own_lifespan():
                router = Router(lifespan=object())
                asyncio.run(router.lifespan(None))
                assert router.handlers == []
            """;
        using var tree = TestProject.Create().File("shop/routing.py", Lifespans).File("tests/test_routing.py", Tests);
        var map = Map(tree);

        // The attribute is annotated with an alias of a callable, and assigned an object made here: that object is one it
        // may hold (the other branch stores the caller's). Called, its `__call__` returns the object itself
        // (`self: _T -> _T`), whose `__aenter__` and `__aexit__` the `async with` runs: possible links, since the test
        // that passes its own lifespan runs neither.
        Assert.Equal(
            "tests/test_routing.py::test_lifespan possible possibly through `shop.routing._DefaultLifespan.__aenter__`; tests/test_routing.py::test_own_lifespan possible possibly through `shop.routing._DefaultLifespan.__aenter__`",
            Ways(map, "shop.routing.Router.startup"));
        Assert.Contains("test_lifespan possible possibly through `shop.routing._DefaultLifespan.__aexit__`", Ways(map, "shop.routing.Router.shutdown"), StringComparison.Ordinal);

        // An attribute the class never assigns leads nowhere.
        Assert.DoesNotContain("test_unknown", Ways(map, "shop.routing.Router.startup"), StringComparison.Ordinal);
        AssertChangeMapMatches(tree, map, "shop/routing.py", "shop.routing.Router.startup", "shop.routing.Router.shutdown");
    }

    private const string Backends = """
        class Backend:
            async def authenticate(self, conn):
                raise NotImplementedError()

            def name(self):
                return "backend"


        class User:
            def __init__(self, username: str) -> None:
                self.username = username


        class Guest:
            pass


        class Middleware:
            def __init__(self, backend: Backend) -> None:
                self.backend = backend

            async def __call__(self, conn):
                return await self.backend.authenticate(conn)
        """;

    [Fact]
    public void Follows_the_overrides_of_an_object_of_a_test_subclass_the_test_makes_as_possible_links()
    {
        const string Tests = """
            import asyncio
            from shop.auth import Backend, Guest, Middleware, User


            class Basic(Backend):
                async def authenticate(self, conn):
                    return User(conn)

                def helper(self):
                    return Guest()


            class Unused(Backend):
                async def authenticate(self, conn):
                    return Guest()


            def test_auth():
                middleware = Middleware(Basic())
                assert asyncio.run(middleware("x"))


            def test_name():
                assert Backend().name() == "backend"
            """;
        using var tree = TestProject.Create().File("shop/auth.py", Backends).File("tests/test_auth.py", Tests);
        var map = Map(tree);

        // The test made a `Basic`: what its override makes may run when the middleware calls it, not for certain.
        Assert.Equal("tests/test_auth.py::test_auth possible possibly through `tests.test_auth.Basic`", Ways(map, "shop.auth.User"));

        // A method that overrides nothing of the project's is not handed anywhere, and a subclass no test makes is not
        // followed; a test that makes no subclass reaches none of them.
        Assert.Empty(map.TestsOf("shop.auth.Guest"));

        // The map of a change to the project's file first finds what leads there: it takes the override's way too.
        AssertChangeMapMatches(tree, map, "shop/auth.py", "shop.auth.User");
    }

    private const string Served = """
        class Static:
            def __init__(self, directory: str) -> None:
                self.directory = directory
                self.checked = False

            async def __call__(self, scope, receive, send) -> None:
                if not self.checked:
                    await self.check()
                    self.checked = True

            async def check(self) -> None:
                return None


        class Endpoint:
            def __init__(self, scope, receive, send) -> None:
                self.scope = scope

            def __await__(self):
                return self.dispatch().__await__()

            async def dispatch(self) -> None:
                await self.on_connect()

            async def on_connect(self) -> None:
                return None


        class Unrelated:
            async def __call__(self, scope, receive, send) -> None:
                return None
        """;

    [Fact]
    public void Follows_a_request_to_an_application_object_or_class_a_test_client_is_made_with()
    {
        const string Tests = """
            from starlette.testclient import TestClient
            from shop.served import Endpoint, Static, Unrelated


            class App(Endpoint):
                async def on_connect(self) -> None:
                    return None


            def test_static(tmp_path):
                client = TestClient(Static(directory=str(tmp_path)))
                assert client.get("/x").status_code == 404


            def test_endpoint():
                client = TestClient(App)
                assert client.get("/").status_code == 200


            def test_not_a_client():
                made = dict(Unrelated())
                assert made
            """;
        using var tree = TestProject.Create().File("shop/served.py", Served).File("tests/test_served.py", Tests);
        var map = Map(tree);

        // The object's `__call__` runs for each request; a class is made for each request and awaited.
        Assert.Equal("tests/test_served.py::test_static possible possibly through `shop.served.Static.__call__`", Ways(map, "shop.served.Static.check"));
        Assert.Equal("tests/test_served.py::test_endpoint possible possibly through `shop.served.Endpoint.__await__`", Ways(map, "shop.served.Endpoint.dispatch"));

        // Handed to something that makes no client, an application object runs nothing.
        Assert.Empty(map.TestsOf("shop.served.Unrelated.__call__"));
        AssertChangeMapMatches(tree, map, "shop/served.py", "shop.served.Static.check", "shop.served.Endpoint.dispatch", "shop.served.Endpoint.on_connect");
    }

    private const string ParamTypes = """
        from typing import ClassVar


        class ParamType:
            arity: ClassVar[int] = 1


        class Pair(ParamType):
            @property
            def arity(self) -> int:
                return 2


        class Single(ParamType):
            pass


        class Parameter:
            def __init__(self, kind: ParamType) -> None:
                self.kind = kind

            def width(self) -> int:
                return self.kind.arity
        """;

    [Fact]
    public void Follows_a_subclass_property_that_replaces_a_class_attribute_of_the_declared_type_as_possible()
    {
        const string Tests = """
            from shop.params import Pair, Parameter


            def test_width():
                assert Parameter(Pair()).width() == 2
            """;
        using var tree = TestProject.Create().File("shop/params.py", ParamTypes).File("tests/test_params.py", Tests);
        var map = Map(tree);

        // `ParamType.arity` is a plain attribute: which object the parameter holds is not known, and a subclass's property
        // of that name may be what runs.
        Assert.Equal("tests/test_params.py::test_width possible possibly through `shop.params.Parameter.width`", Ways(map, "shop.params.Pair.arity"));
        AssertChangeMapMatches(tree, map, "shop/params.py", "shop.params.Pair.arity");
    }

    [Fact]
    public void Reads_a_module_imported_afresh_by_the_standard_library_test_helper()
    {
        const string Operators = """
            def add(a, b):
                return a + b


            def sub(a, b):
                return a - b


            def neg(a):
                return -a


            def unused(a):
                return a
            """;
        const string Tests = """
            import unittest
            from test.support import import_helper

            py_ops = import_helper.import_fresh_module("shop.ops", blocked=["_ops"])
            c_ops = import_helper.import_fresh_module("shop.ops", fresh=["_ops"])


            class OpsTest(unittest.TestCase):
                module = py_ops
                sub = staticmethod(py_ops.sub)

                def test_add(self):
                    self.assertEqual(self.module.add(1, 2), 3)

                def test_sub(self):
                    self.assertEqual(self.sub(3, 2), 1)


            def test_neg():
                assert py_ops.neg(1) == -1


            class COpsTest(unittest.TestCase):
                module = c_ops

                def test_c_add(self):
                    self.assertEqual(self.module.add(1, 2), 3)
            """;
        using var tree = TestProject.Create().File("shop/ops.py", Operators).File("tests/test_ops.py", Tests);
        var map = Map(tree);

        // The class holds the module imported afresh, or its function; the module's name is read from the call. Imported
        // with its accelerator (`fresh=` alone), a function may be the accelerator's instead: `test_c_add` possibly runs it.
        Assert.Equal("tests/test_ops.py::COpsTest::test_c_add possible possibly directly; tests/test_ops.py::OpsTest::test_add claimed directly", Ways(map, "shop.ops.add"));
        Assert.Equal("tests/test_ops.py::OpsTest::test_sub claimed directly", Ways(map, "shop.ops.sub"));
        Assert.Equal("tests/test_ops.py::test_neg claimed directly", Ways(map, "shop.ops.neg"));
        Assert.Empty(map.TestsOf("shop.ops.unused"));
        AssertChangeMapMatches(tree, map, "shop/ops.py", "shop.ops.add", "shop.ops.sub", "shop.ops.neg");
    }

    [Fact]
    public void Reads_what_a_decorator_factory_calls_as_possible_for_the_function_it_decorates()
    {
        const string Registry = """
            class Registry:
                def register(self, name):
                    def wrap(f):
                        return f
                    return wrap


            registry = Registry()


            def helper():
                return 1


            @registry.register("x")
            def handler():
                return helper()
            """;
        const string Tests = """
            from shop.registry import handler


            def test_handler():
                assert handler() == 1
            """;
        using var tree = TestProject.Create().File("shop/registry.py", Registry).File("tests/test_registry.py", Tests);
        var map = Map(tree);

        // `registry.register("x")` ran when the module defined `handler`, not when the test called it.
        Assert.Equal("tests/test_registry.py::test_handler possible possibly through `shop.registry.handler`", Ways(map, "shop.registry.Registry.register"));
        Assert.Equal("tests/test_registry.py::test_handler claimed through `shop.registry.handler`", Ways(map, "shop.registry.helper"));
        AssertChangeMapMatches(tree, map, "shop/registry.py", "shop.registry.Registry.register", "shop.registry.helper");
    }

    private const string Finders = """
        class Finder:
            def find(self, name):
                return name


        class Report:
            def show(self):
                return "report"


        def run(name, finder_class=Finder, report=None):
            finder = finder_class()
            return finder.find(name)


        def typed(name, finder_class: type[Finder] = Finder):
            return finder_class().find(name)


        def normalize(name):
            return name.lower()


        def call_back(name, callback=normalize):
            return callback(name)
        """;

    [Fact]
    public void Reads_a_parameter_that_defaults_to_a_project_class_as_that_class_possibly()
    {
        const string Tests = """
            from shop.finder import call_back, run


            def test_run():
                assert run("x") == "x"


            def test_call_back():
                assert call_back("X") == "x"
            """;
        using var tree = TestProject.Create().File("shop/finder.py", Finders).File("tests/test_finder.py", Tests);
        var map = Map(tree);

        // The caller may pass another class: what the default names is one possibility.
        Assert.Equal("tests/test_finder.py::test_run possible possibly through `shop.finder.run`", Ways(map, "shop.finder.Finder.find"));
        Assert.Empty(map.TestsOf("shop.finder.Report.show"));

        // A default function, called: possibly.
        Assert.Equal("tests/test_finder.py::test_call_back possible possibly through `shop.finder.call_back`", Ways(map, "shop.finder.normalize"));
        AssertChangeMapMatches(tree, map, "shop/finder.py", "shop.finder.Finder.find");
    }

    [Fact]
    public void Types_the_result_of_calling_a_fixture_that_provides_a_class()
    {
        const string Tests = """
            import pytest
            from shop.shapes import Square


            @pytest.fixture
            def shape_class():
                return Square


            def test_area(shape_class):
                shape = shape_class()
                assert shape.area() == 4
            """;
        using var tree = TestProject.Create().File("shop/shapes.py", Shapes).File("tests/test_shapes.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_shapes.py::test_area claimed directly", Ways(map, "shop.shapes.Square.area"));
        Assert.Empty(map.TestsOf("shop.shapes.Circle.area"));
    }

    private const string Resolving = """
        from typing import Optional, Tuple, Union


        class Command:
            def complete(self):
                return "command"


        class Group(Command):
            def complete(self):
                return "group"


        class Parameter:
            def complete(self):
                return "parameter"


        def resolve(name) -> tuple[Command | Parameter, str]:
            return Command(), name


        def resolve_old(name) -> Tuple[Optional[Union[Parameter, Command]], str]:
            return Parameter(), name


        def complete(name):
            obj, rest = resolve(name)
            return obj.complete()


        def complete_old(name):
            first, second = resolve_old(name)
            return first.complete()


        def each(name):
            for obj in resolve(name):
                return obj.complete()


        def pick(thing: Command | Parameter):
            return thing.complete()
        """;

    [Fact]
    public void Types_names_unpacked_from_a_tuple_by_position_and_each_member_of_a_union()
    {
        const string Tests = """
            from shop.resolving import Command, complete, complete_old, each, pick


            def test_complete():
                assert complete("x") == "command"


            def test_complete_old():
                assert complete_old("x") == "parameter"


            def test_each():
                assert each("x") == "command"


            def test_pick():
                assert pick(Command()) == "command"
            """;
        using var tree = TestProject.Create().File("shop/resolving.py", Resolving).File("tests/test_resolving.py", Tests);
        var map = Map(tree);

        // Every member of a union is an alternative: which `complete` runs depends on the object, so each is possible (the
        // order the annotation lists them in says nothing), as are the overrides of a declared class.
        Assert.Equal(
            "tests/test_resolving.py::test_complete possible possibly through `shop.resolving.complete`; "
            + "tests/test_resolving.py::test_complete_old possible possibly through `shop.resolving.complete_old`; "
            + "tests/test_resolving.py::test_each possible possibly through `shop.resolving.each`; "
            + "tests/test_resolving.py::test_pick possible possibly through `shop.resolving.pick`",
            Ways(map, "shop.resolving.Command.complete"));
        Assert.Equal(
            "tests/test_resolving.py::test_complete possible possibly through `shop.resolving.complete`; "
            + "tests/test_resolving.py::test_complete_old possible possibly through `shop.resolving.complete_old`; "
            + "tests/test_resolving.py::test_each possible possibly through `shop.resolving.each`; "
            + "tests/test_resolving.py::test_pick possible possibly through `shop.resolving.pick`",
            Ways(map, "shop.resolving.Parameter.complete"));
        Assert.Contains("tests/test_resolving.py::test_complete possible", Ways(map, "shop.resolving.Group.complete"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cart | Callable[[], Cart]")]
    [InlineData("collections.abc.Callable[[], int] | Cart")]
    [InlineData("Optional[Cart]")]
    [InlineData("Cart | SpecialCart")]
    [InlineData("Union[SpecialCart, Cart, None]")]
    [InlineData("'Cart | None'")]
    [InlineData("'Optional[Cart]'")]
    [InlineData("Optional['Cart']")]
    [InlineData("'SpecialCart | \"Cart\"'")]
    public void Claims_what_the_members_of_a_union_offer_as_one_unit(string annotation)
    {
        using var tree = Checkout(annotation, orderMethod: "lines");
        var map = Map(tree);

        // A function has no method of the project's, and `SpecialCart` inherits `Cart.total`: whichever member the object
        // is, the call that runs is `Cart.total`.
        Assert.Equal("tests/test_orders.py::test_checkout claimed through `shop.orders.checkout`", Ways(map, "shop.orders.Cart.total"));
    }

    [Theory]
    [InlineData("Cart | Order", "total", "shop.orders.Order.total")]
    [InlineData("Order | Cart", "total", "shop.orders.Order.total")]
    [InlineData("Cart | Order", "lines", null)]
    [InlineData("Cart | decimal.Decimal", "total", null)]
    [InlineData("Cart | Basket", "total", null)]
    [InlineData("Cart | str", "total", null)]
    [InlineData("str | Cart", "total", null)]
    [InlineData("'Cart | Order'", "total", "shop.orders.Order.total")]
    [InlineData("'Union[Order, Cart]'", "total", "shop.orders.Order.total")]
    [InlineData("Optional['Cart | str']", "total", null)]
    public void Keeps_a_call_possible_when_another_member_of_the_union_may_offer_it(string annotation, string orderMethod, string? other)
    {
        using var tree = Checkout(annotation, orderMethod);
        var map = Map(tree);

        // Another project class, with `total` or without (its instances may hold one), a class of a library (installed or
        // not) or a built-in: the object may be one of them.
        Assert.Equal("tests/test_orders.py::test_checkout possible possibly through `shop.orders.checkout`", Ways(map, "shop.orders.Cart.total"));
        if (other is not null)
        {
            Assert.Equal("tests/test_orders.py::test_checkout possible possibly through `shop.orders.checkout`", Ways(map, other));
        }
    }

    [Fact]
    public void Maps_the_tests_of_a_uv_workspace_to_its_members_packages()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[project]\nname = \"shop-workspace\"\n[tool.uv.workspace]\nmembers = [\"packages/*\"]\n[tool.pytest.ini_options]\ntestpaths = [\"packages/*/tests\"]\n")
            .File("packages/shoplib/pyproject.toml", "[project]\nname = \"shoplib\"\n")
            .File("packages/shoplib/src/shoplib/__init__.py", "from shoplib._internal.cart import Cart\n")
            .File("packages/shoplib/src/shoplib/_internal/__init__.py", "")
            .File("packages/shoplib/src/shoplib/_internal/cart.py", "class Cart:\n    def total(self):\n        return 3\n")
            .File("packages/shoplib/tests/__init__.py", "")
            .File("packages/shoplib/tests/test_cart.py", "from shoplib import Cart\n\n\ndef test_total():\n    assert Cart().total() == 3\n");
        var map = Map(tree);

        // uv installs every member: `shoplib` is the member's `src/shoplib`, not a folder of the workspace's root.
        Assert.Equal("packages/shoplib/tests/test_cart.py::test_total claimed directly", Ways(map, "shoplib._internal.cart.Cart.total"));
    }

    [Fact]
    public void Keeps_a_property_of_one_member_possible_when_the_other_may_hold_the_attribute()
    {
        const string Models = """
            class Object:
                def __init__(self):
                    self.members = {}


            class Alias:
                @property
                def members(self):
                    return {}


            class Loader:
                def load(self, name) -> Object | Alias:
                    return Object()
            """;
        const string Tests = """
            from shop.models import Loader


            def test_load():
                loader = Loader()
                package = loader.load("x")
                assert package.members
            """;
        using var tree = TestProject.Create().File("shop/models.py", Models).File("tests/test_models.py", Tests);
        var map = Map(tree);

        // An `Object` holds `members` as an attribute of its instances: the property of `Alias` runs only for an alias.
        Assert.Equal("tests/test_models.py::test_load possible possibly directly", Ways(map, "shop.models.Alias.members"));
    }

    [Theory]
    [InlineData("getattr(self, f\"visit_{kind}\", self.generic_visit)(node)")]
    [InlineData("getattr(self, \"visit_\" + kind)(node)")]
    public void Follows_a_call_dispatched_by_a_name_made_of_a_prefix(string dispatch)
    {
        string source = $$"""
            class Visitor:
                def visit(self, node):
                    kind = type(node).__name__.lower()
                    return {{dispatch}}

                def generic_visit(self, node):
                    return None

                def visit_module(self, node):
                    return 1

                def visit_class(self, node):
                    return 2

                def leave_module(self, node):
                    return 3
            """;
        const string Tests = """
            from shop.visitor import Visitor


            def test_visit():
                assert Visitor().visit(object()) is None
            """;
        using var tree = TestProject.Create().File("shop/visitor.py", source).File("tests/test_visitor.py", Tests);
        var map = Map(tree);

        // One of the methods named `visit_...` runs, whichever the node is: each is possible; `leave_module` is not one.
        Assert.Equal("tests/test_visitor.py::test_visit possible possibly through `shop.visitor.Visitor.visit`", Ways(map, "shop.visitor.Visitor.visit_module"));
        Assert.Equal("tests/test_visitor.py::test_visit possible possibly through `shop.visitor.Visitor.visit`", Ways(map, "shop.visitor.Visitor.visit_class"));
        Assert.Empty(map.TestsOf("shop.visitor.Visitor.leave_module"));
    }

    [Fact]
    public void Follows_a_call_dispatched_by_a_spelled_name_as_the_method_itself()
    {
        const string Source = """
            class Exporter:
                def export(self):
                    return getattr(self, "as_json")()

                def as_json(self):
                    return "{}"
            """;
        const string Tests = """
            from shop.exporter import Exporter


            def test_export():
                assert Exporter().export() == "{}"
            """;
        using var tree = TestProject.Create().File("shop/exporter.py", Source).File("tests/test_exporter.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_exporter.py::test_export claimed through `shop.exporter.Exporter.export`", Ways(map, "shop.exporter.Exporter.as_json"));
    }

    [Fact]
    public void Follows_each_name_a_loop_over_literal_names_dispatches_to()
    {
        const string Source = """
            class Client:
                def get(self, path):
                    return path

                def post(self, path):
                    return path

                def delete(self, path):
                    return path
            """;
        const string Tests = """
            from shop.client import Client


            def test_methods():
                client = Client()
                for method in ("get", "post"):
                    assert getattr(client, method)("/") == "/"
            """;
        using var tree = TestProject.Create().File("shop/client.py", Source).File("tests/test_client.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_client.py::test_methods claimed directly", Ways(map, "shop.client.Client.get"));
        Assert.Equal("tests/test_client.py::test_methods claimed directly", Ways(map, "shop.client.Client.post"));
        Assert.Empty(map.TestsOf("shop.client.Client.delete"));
    }

    [Theory]
    [InlineData("for method in (\"get\", \"post\"):\n        pass\n    else:\n        getattr(client, method)(\"/\")")]
    [InlineData("for method in (\"get\", \"post\"):\n        method = \"delete\"\n        getattr(client, method)(\"/\")")]
    [InlineData("for method in (\"get\", PATH):\n        getattr(client, method)(\"/\")")]
    [InlineData("for method in (\"get\", \"post\"):\n        run = lambda: getattr(client, method)(\"/\")\n    run()")]
    public void Leaves_a_loops_name_alone_where_the_literal_does_not_tell_it(string loop)
    {
        const string Source = """
            class Client:
                def get(self, path):
                    return path

                def post(self, path):
                    return path
            """;
        var tests = "from shop.client import Client\n\nPATH = \"x\"\n\n\ndef test_methods():\n    client = Client()\n    " + loop + "\n";
        using var tree = TestProject.Create().File("shop/client.py", Source).File("tests/test_client.py", tests);
        var map = Map(tree);

        Assert.DoesNotContain(map.TestsOf("shop.client.Client.get"), link => link.IsCertain);
    }

    [Fact]
    public void Follows_what_a_class_method_makes_with_cls_and_an_unannotated_return_self()
    {
        const string Source = """
            class Archive:
                def __init__(self, name):
                    self.name = name

                @classmethod
                def open(cls, name):
                    return cls.taropen(name)

                @classmethod
                def taropen(cls, name):
                    return cls(name)

                def where(self, key):
                    self.key = key
                    return self

                def getmember(self, member):
                    return member


            class GzipArchive(Archive):
                def getmember(self, member):
                    return member.upper()


            open = Archive.open
            """;
        const string Tests = """
            import shop.arch as arch
            from shop.arch import Archive, GzipArchive


            def test_member():
                tar = arch.open("x")
                assert tar.where("k").getmember("a") == "a"


            def test_gzip():
                assert GzipArchive.open("x").getmember("a") == "A"


            def test_unbound():
                assert Archive.where(Archive("x"), "k").getmember("a") == "a"
            """;
        using var tree = TestProject.Create().File("shop/arch.py", Source).File("tests/test_arch.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_arch.py::test_member claimed directly", Ways(map, "shop.arch.Archive.getmember"));
        // `open` is bound to `Archive` itself, but a class method's class is read as declared: the subclass's override may run.
        Assert.Equal(
            "tests/test_arch.py::test_gzip claimed directly; tests/test_arch.py::test_member possible possibly directly",
            Ways(map, "shop.arch.GzipArchive.getmember"));
    }

    [Fact]
    public void A_loop_that_may_stop_early_surely_runs_only_its_first_name()
    {
        const string Source = """
            class Client:
                def fast(self):
                    return 1

                def slow(self):
                    return 2


            def first_working(client: Client):
                for method in ("fast", "slow"):
                    try:
                        return getattr(client, method)()
                    except NotImplementedError:
                        pass
                return None
            """;
        const string Tests = """
            from shop.client import Client, first_working


            def test_first():
                assert first_working(Client()) == 1
            """;
        using var tree = TestProject.Create().File("shop/client.py", Source).File("tests/test_client.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_client.py::test_first claimed through `shop.client.first_working`", Ways(map, "shop.client.Client.fast"));
        Assert.Equal("tests/test_client.py::test_first possible possibly through `shop.client.first_working`", Ways(map, "shop.client.Client.slow"));
    }

    [Theory]
    [InlineData("    @classmethod\n    def resolve(cls):\n        return cls\n", "klass = Handler.resolve()\n    obj = klass(\"n\")")]
    [InlineData("    def resolve(self):\n        def run():\n            return self\n        return run\n", "run = Handler().resolve()\n    obj = run()")]
    [InlineData("    @classmethod\n    def resolve(cls):\n        return cls(\"n\")\n", "obj = Handler.resolve()")]
    public void Leaves_alone_what_does_not_return_an_object_of_the_class(string method, string body)
    {
        var source = "class Handler:\n    def __init__(self, name=None):\n        self.name = name\n\n" + method
            + "\n    def __call__(self, x):\n        return self.handle(x)\n\n    def handle(self, x):\n        return x\n";
        var tests = "from shop.h import Handler\n\n\ndef test_resolve():\n    " + body + "\n    assert obj is not None\n";
        using var tree = TestProject.Create().File("shop/h.py", source).File("tests/test_h.py", tests);
        var map = Map(tree);

        // The class itself, a nested function's result, and a class method making an object run no `__call__`.
        Assert.Empty(map.TestsOf("shop.h.Handler.handle"));
    }

    [Fact]
    public void Follows_a_call_looked_up_in_a_table_of_functions()
    {
        const string Source = """
            def parse_google(text):
                return "google"


            def parse_numpy(text):
                return "numpy"


            def unrelated(text):
                return text


            _parsers: dict[str, object] = {"google": parse_google, "numpy": parse_numpy}


            def parse(text, style="google"):
                return _parsers[style](text)
            """;
        const string Tests = """
            from shop.docstrings import parse


            def test_parse():
                assert parse("x") == "google"
            """;
        using var tree = TestProject.Create().File("shop/docstrings.py", Source).File("tests/test_docstrings.py", Tests);
        var map = Map(tree);

        Assert.Equal("tests/test_docstrings.py::test_parse possible possibly through `shop.docstrings.parse`", Ways(map, "shop.docstrings.parse_google"));
        Assert.Equal("tests/test_docstrings.py::test_parse possible possibly through `shop.docstrings.parse`", Ways(map, "shop.docstrings.parse_numpy"));
        Assert.Empty(map.TestsOf("shop.docstrings.unrelated"));
    }

    private const string Alternatives = """
        from typing import Callable

        from vendored_shop import Basket


        class Order:
            def total(self):
                return 4


        class Cart:
            def total(self):
                return 3

            def clone(self) -> "Receipt":
                return Receipt()


        class Receipt:
            def total(self):
                return 5


        class Holder:
            def __init__(self):
                self.item = Cart()


        class Other:
            @property
            def item(self):
                return Order()
        """;

    [Theory]
    [InlineData("def run(factory: type[Cart] | Callable[[], Order] = Cart):\n    obj = factory()\n    return obj.total()\n", "shop.orders.Cart.total")]
    [InlineData("def run(factory: Callable[[], Order] | type[Cart] = Cart):\n    obj = factory()\n    return obj.total()\n", "shop.orders.Cart.total")]
    [InlineData("def run(x: Cart | Basket = None):\n    return x.clone().total()\n", "shop.orders.Receipt.total")]
    [InlineData("def run(x: Basket | Cart = None):\n    return x.clone().total()\n", "shop.orders.Receipt.total")]
    [InlineData("def run(x: Cart | str = None):\n    return x.clone().total()\n", "shop.orders.Receipt.total")]
    [InlineData("def run(h: Other | Holder = None):\n    return h.item.total()\n", "shop.orders.Cart.total")]
    [InlineData("def run(h: Holder | Other = None):\n    return h.item.total()\n", "shop.orders.Cart.total")]
    [InlineData("def run(items: Basket | list[Cart] = ()):\n    for i in items:\n        return i.total()\n", "shop.orders.Cart.total")]
    [InlineData("def run(x: Cart | Basket = None):\n    return x.total()\n", "shop.orders.Cart.total")]
    public void Keeps_what_a_union_s_member_leads_to_possible_through_calls_attributes_and_elements(string function, string unit)
    {
        using var tree = TestProject.Create()
            .File("shop/orders.py", Alternatives + "\n\n" + function)
            .File("tests/test_orders.py", "from shop.orders import run\n\n\ndef test_run():\n    assert run()\n");
        var map = Map(tree);

        // The other member (a callable, a library's class, a built-in, a class whose attribute is a property) leads
        // somewhere the map cannot follow: what the project member leads to runs only if the object is of it.
        Assert.Equal("tests/test_orders.py::test_run possible possibly through `shop.orders.run`", Ways(map, unit));
    }

    /// <summary>A project whose <c>checkout</c> calls <c>total</c> on a value of the annotation's type, and a test that calls it with a <c>Cart</c>.</summary>
    private static TempTree Checkout(string annotation, string orderMethod)
    {
        string source = $$"""
            import collections.abc
            import decimal
            from typing import Callable, Optional, Union

            from vendored_shop import Basket


            class Cart:
                def total(self):
                    return 3


            class Order:
                def {{orderMethod}}(self):
                    return 4


            class SpecialCart(Cart):
                pass


            def checkout(item: {{annotation}}):
                return item.total()
            """;
        const string Tests = """
            from shop.orders import Cart, checkout


            def test_checkout():
                assert checkout(Cart()) == 3
            """;
        return TestProject.Create().File("shop/orders.py", source).File("tests/test_orders.py", Tests);
    }

    [Fact]
    public void Keeps_the_class_of_a_nested_functions_variable_to_that_function()
    {
        const string Sessions = """
            class Session:
                def send(self):
                    return 1

                def receive(self):
                    return 2


            class Client:
                def __init__(self, app):
                    self.app = app

                def connect(self):
                    return self.app()
            """;
        const string Tests = """
            from shop.sessions import Session


            def test_session(client):
                def app():
                    session = Session()
                    session.send()
                    return session

                client.mount(app)
                session = getattr(client, "session")
                assert session.receive() == 2


            def test_nested_reads_the_outer_name():
                session = Session()

                def read():
                    return session.receive()

                assert read() == 2


            def test_nested_parameter_of_the_same_name():
                session = Session()

                def send(session):
                    return session.send()

                assert send(session) == 1
            """;
        using var tree = TestProject.Create().File("shop/sessions.py", Sessions).File("tests/test_sessions.py", Tests);
        var map = Map(tree);

        // The test's own `session` is whatever `getattr` returns, which the map does not know: the nested application's
        // `session`, a `Session`, does not lend it its class. A nested function reading the test's variable reads its class,
        // and so does a parameter of the same name the map knows nothing else of.
        Assert.Equal(
            "tests/test_sessions.py::test_nested_parameter_of_the_same_name claimed directly; tests/test_sessions.py::test_session claimed directly",
            Ways(map, "shop.sessions.Session.send"));
        Assert.Equal("tests/test_sessions.py::test_nested_reads_the_outer_name claimed directly", Ways(map, "shop.sessions.Session.receive"));
    }

    [Fact]
    public void Types_the_parameters_of_nested_functions_by_annotation_default_and_passed_context()
    {
        const string Tests = """
            import click
            from click.core import Command
            from shop.sessions import Session


            def test_annotated():
                def send(target: Session):
                    return target.send()

                assert send(Session()) == 1


            def test_default():
                session = Session()

                def receive(target=session):
                    return target.receive()

                assert receive() == 2


            def test_method_of_nested_class():
                class Handler:
                    def handle(self, target: Session):
                        return target.send()

                assert Handler().handle(Session()) == 1


            def test_passed_context():
                @click.pass_context
                def command(ctx):
                    return ctx.invoke()

                assert command() == 1
            """;
        using var tree = WithClick(TestProject.Create())
            .File("shop/sessions.py", "class Session:\n    def send(self):\n        return 1\n\n    def receive(self):\n        return 2\n")
            .File("click/core.py", Commands + "\n\nclass Context:\n    def invoke(self):\n        return 1\n")
            .File("click/decorators.py", "from .core import Command, Group\n\n\ndef pass_context(f):\n    return f\n\n\ndef command(name=None) -> Command:\n    return Command()\n\n\ndef group(name=None) -> Group:\n    return Group()\n")
            .File("click/__init__.py", "from .decorators import command, group, pass_context\nfrom .exceptions import UsageError\n")
            .File("tests/test_nested.py", Tests);
        var map = Map(tree);

        Assert.Equal(
            "tests/test_nested.py::test_annotated claimed directly; tests/test_nested.py::test_method_of_nested_class claimed directly",
            Ways(map, "shop.sessions.Session.send"));
        Assert.Equal("tests/test_nested.py::test_default claimed directly", Ways(map, "shop.sessions.Session.receive"));
        Assert.Equal("tests/test_nested.py::test_passed_context claimed directly", Ways(map, "click.core.Context.invoke"));
    }

    private const string Trees = """
        from functools import cached_property


        class Leaf:
            @property
            def label(self) -> str:
                return "leaf"

            def run(self) -> int:
                return 1

            def go(self) -> int:
                return 1

            def fly(self) -> int:
                return 1

            def sing(self) -> int:
                return 1


        class Branch:
            def run(self) -> int:
                return 2


        class Tree:
            def __init__(self) -> None:
                self._size = 1
                self.pair: tuple[Leaf, Branch] = (Leaf(), Branch())
                self.named: dict[str, Leaf] = {"a": Leaf()}

            def leaves(self) -> list[Leaf]:
                return [Leaf()]

            @property
            def kids(self) -> list[Leaf]:
                return [Leaf()]

            @cached_property
            def first(self) -> Leaf:
                return Leaf()

            @property
            def size(self) -> Leaf:
                return Leaf()

            @size.setter
            def size(self, value: int) -> None:
                self._size = value

            def by_property(self) -> int:
                total = 0
                for kid in self.kids:
                    total += kid.go()
                return total + self.first.sing()

            def by_position(self, i: int) -> int:
                return self.leaves()[0].fly() + self.leaves()[i].fly() + len(self.leaves()[-1].label)

            def in_comprehension(self) -> int:
                return sum(leaf.run() for leaf in self.leaves())

            def behind_a_setter(self) -> int:
                return self.size.sing()

            def not_an_item(self, i: int) -> int:
                rest = self.leaves()[1:]
                return rest.fly() + self.pair[i].run() + self.named["a"].go()
        """;

    [Theory]
    [InlineData("by_property", "shop.trees.Leaf.go", "claimed through `shop.trees.Tree.by_property`")]
    [InlineData("by_property", "shop.trees.Leaf.sing", "claimed through `shop.trees.Tree.by_property`")]
    [InlineData("by_property", "shop.trees.Tree.kids", "claimed through `shop.trees.Tree.by_property`")]
    [InlineData("by_position", "shop.trees.Leaf.fly", "claimed through `shop.trees.Tree.by_position`")]
    [InlineData("by_position", "shop.trees.Leaf.label", "claimed through `shop.trees.Tree.by_position`")]
    [InlineData("in_comprehension", "shop.trees.Leaf.run", "claimed through `shop.trees.Tree.in_comprehension`")]
    [InlineData("behind_a_setter", "shop.trees.Leaf.sing", "claimed through `shop.trees.Tree.behind_a_setter`")]
    public void Follows_elements_and_items_of_collections_and_what_properties_hold(string method, string unit, string way)
    {
        using var tree = TestProject.Create().File("shop/trees.py", Trees)
            .File("tests/test_trees.py", $"from shop.trees import Tree\n\n\ndef test_it():\n    assert Tree().{method}(0)\n".Replace("(0)", method == "by_position" ? "(0)" : "()", StringComparison.Ordinal));
        var map = Map(tree);

        Assert.Equal("tests/test_trees.py::test_it " + way, Ways(map, unit));
    }

    [Fact]
    public void Tells_no_class_for_a_slice_or_a_tuple_read_at_a_position_not_known_and_a_mapping_s_value_by_key()
    {
        using var tree = TestProject.Create().File("shop/trees.py", Trees)
            .File("tests/test_trees.py", "from shop.trees import Tree\n\n\ndef test_it():\n    assert Tree().not_an_item(1)\n");
        var map = Map(tree);

        Assert.Equal(string.Empty, Ways(map, "shop.trees.Leaf.fly"));
        Assert.Equal(string.Empty, Ways(map, "shop.trees.Leaf.run"));
        Assert.Equal(string.Empty, Ways(map, "shop.trees.Branch.run"));

        // `self.named["a"]` of a `dict[str, Leaf]` is a `Leaf`.
        Assert.Equal("tests/test_trees.py::test_it claimed through `shop.trees.Tree.not_an_item`", Ways(map, "shop.trees.Leaf.go"));
        Assert.Equal("tests/test_trees.py::test_it claimed through `shop.trees.Tree.not_an_item`", Ways(map, "shop.trees.Tree.leaves"));
    }

    private const string Positions = """
        from typing import Optional


        class A:
            def run(self) -> int:
                return 1

            @property
            def kids(self) -> list["B"]:
                return [B()]


        class B:
            def run(self) -> int:
                return 2

            def hop(self) -> int:
                return 2


        class Base:
            @property
            def node(self) -> A:
                return A()


        class Sub(Base):
            @property
            def node(self) -> B:
                return B()


        class Plain(Base):
            node: B = B()


        def pair() -> tuple[A, B]:
            return A(), B()


        def pairs() -> list[tuple[A, B]]:
            return [(A(), B())]


        def maybe_pair() -> Optional[tuple[A, B]]:
            return A(), B()


        def leaves() -> list[B]:
            return [B()]


        def second_of_pair() -> int:
            return pair()[1].hop()


        def nested_pair() -> int:
            return pairs()[0][1].hop() + maybe_pair()[1].hop()


        def unpacked() -> int:
            first, second = leaves()
            return second.hop()


        def overridden() -> int:
            return Sub().node.run()


        def shadowed() -> int:
            return Plain().node.hop()


        def same_name(node: A) -> list[int]:
            return [node.hop() for node in node.kids] + [node.run()]
        """;

    [Theory]
    [InlineData("second_of_pair", "shapes.B.hop", "claimed through `shapes.second_of_pair`")]
    [InlineData("nested_pair", "shapes.B.hop", "")]
    [InlineData("nested_pair", "shapes.A.run", "")]
    [InlineData("unpacked", "shapes.B.hop", "claimed through `shapes.unpacked`")]
    [InlineData("overridden", "shapes.B.run", "claimed through `shapes.overridden`")]
    [InlineData("overridden", "shapes.A.run", "")]
    [InlineData("shadowed", "shapes.B.hop", "claimed through `shapes.shadowed`")]
    [InlineData("shadowed", "shapes.A.run", "")]
    [InlineData("same_name", "shapes.A.kids", "claimed through `shapes.same_name`")]
    [InlineData("same_name", "shapes.B.hop", "claimed through `shapes.same_name`")]
    [InlineData("same_name", "shapes.A.run", "claimed through `shapes.same_name`")]
    [InlineData("same_name", "shapes.B.run", "")]
    public void Reads_positions_overrides_and_shadowed_names_as_python_does(string function, string unit, string way)
    {
        using var tree = TestProject.Create().File("shapes.py", Positions)
            .File("tests/test_shapes.py", $"from shapes import A, {function}\n\n\ndef test_it():\n    assert {function}({(function == "same_name" ? "A()" : string.Empty)})\n");
        var map = Map(tree);

        Assert.Equal(way.Length == 0 ? string.Empty : "tests/test_shapes.py::test_it " + way, Ways(map, unit));
    }

    private const string Fluent = """
        from typing import Self

        import typing_extensions


        class Cart:
            def add(self, price: int) -> Self:
                return self

            @property
            def me(self) -> Self:
                return self

            def maybe(self) -> "Self | None":
                return self

            def copies(self) -> list[Self]:
                return [self]

            @classmethod
            def make(cls) -> typing_extensions.Self:
                return cls()

            def total(self):
                return 1


        class SpecialCart(Cart):
            def total(self):
                return 2


        class Holder:
            def __init__(self):
                self.child = SpecialCart.make()


        def pair() -> "tuple[Cart, SpecialCart]":
            return Cart(), SpecialCart()


        def maybe_special() -> "typing_extensions.Optional[SpecialCart]":
            return SpecialCart()


        def specials() -> list["SpecialCart | None"]:
            return [SpecialCart()]
        """;

    [Theory]
    [InlineData("Cart().add(1).total()", "claimed directly", "")]
    [InlineData("SpecialCart().add(1).total()", "", "claimed directly")]
    [InlineData("Cart().add(1).add(2).total()", "claimed directly", "")]
    [InlineData("Cart().maybe().total()", "claimed directly", "")]
    [InlineData("SpecialCart().maybe().total()", "", "claimed directly")]
    [InlineData("[c.total() for c in SpecialCart().copies()]", "", "claimed directly")]
    [InlineData("Cart.make().total()", "claimed directly", "possible possibly directly")]
    [InlineData("SpecialCart.make().total()", "", "claimed directly")]
    [InlineData("SpecialCart().me.total()", "", "claimed directly")]
    [InlineData("Cart().me.total()", "claimed directly", "")]
    [InlineData("Cart.add(SpecialCart(), 1).total()", "", "")]
    [InlineData("pair()[1].total()", "", "claimed directly")]
    [InlineData("Holder().child.total()", "", "claimed directly")]
    [InlineData("maybe_special().total()", "", "claimed directly")]
    [InlineData("[c.total() for c in specials()]", "", "claimed directly")]
    public void Reads_self_as_the_class_of_the_object_a_method_is_called_on(string expression, string cartTotal, string specialTotal)
    {
        using var tree = TestProject.Create().File("shop/fluent.py", Fluent)
            .File("tests/test_fluent.py", $"from shop.fluent import Cart, Holder, SpecialCart, maybe_special, pair, specials\n\n\ndef test_it():\n    assert {expression}\n");
        var map = Map(tree);

        // `-> Self` returns the object the method runs on (a property's getter too): called on a `SpecialCart`, the
        // override runs. A class method called on a class (`Cart.make()`, or `SpecialCart.make()` though `Cart` defines
        // it) makes an instance of that class or of a subclass, as for any declared class: an override is possible. An
        // instance method called on the class returns the object passed, whose class is not known here. Whole string
        // annotations are read as what they hold.
        Assert.Equal(cartTotal.Length == 0 ? string.Empty : "tests/test_fluent.py::test_it " + cartTotal, Ways(map, "shop.fluent.Cart.total"));
        Assert.Equal(specialTotal.Length == 0 ? string.Empty : "tests/test_fluent.py::test_it " + specialTotal, Ways(map, "shop.fluent.SpecialCart.total"));
    }

    private const string Registries = """
        class Registry:
            def add(self, item):
                return [item]

            def drop(self, item):
                return []

            def count(self):
                return 0


        class Gen:
            def run(self):
                return 1

            def stop(self):
                return 0


        _default = Registry()
        _moved = Registry()
        registry = Registry()


        def register(item):
            return _default.add(item)


        def unregister(item):
            global _moved
            _moved = Registry()
            return _moved.drop(item)
        """;

    [Fact]
    public void Follows_calls_on_an_object_a_module_makes_once_and_holds_there_or_where_it_is_imported()
    {
        using var tree = TestProject.Create().File("shop/registry.py", Registries)
            .File("tests/test_registry.py", """
                from shop.registry import Gen, _moved, register, registry, unregister

                generator = Gen()
                stopper = Gen()
                stopper = None


                def test_it():
                    assert generator.run() == 1
                    assert register(1) == [1]
                    assert unregister(1) == []
                    assert stopper is None or stopper.stop() == 0
                    assert registry.count() == 0
                    assert _moved.drop(2) == []
                """);
        var map = Map(tree);

        // A test module's `generator = Gen()` read in a test, and a project module's `_default = Registry()` read by the
        // function the test calls: the objects they hold are those the calls made.
        Assert.Equal("tests/test_registry.py::test_it claimed directly", Ways(map, "shop.registry.Gen.run"));
        Assert.Equal("tests/test_registry.py::test_it claimed through `shop.registry.register`", Ways(map, "shop.registry.Registry.add"));

        // The object imported from the module that holds it.
        Assert.Equal("tests/test_registry.py::test_it claimed directly", Ways(map, "shop.registry.Registry.count"));

        // A name bound twice (in the module, or again by a function through `global`) holds no one object, read in its
        // module or imported.
        Assert.Equal(string.Empty, Ways(map, "shop.registry.Gen.stop"));
        Assert.Equal(string.Empty, Ways(map, "shop.registry.Registry.drop"));
    }

    [Fact]
    public void Follows_functions_classes_and_modules_a_test_class_binds_in_its_body()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/codec.py", "class Buffer:\n    def read(self):\n        return b''\n\n\ndef loads(text):\n    return int(text)\n\n\ndef fast_loads(text):\n    return int(text)\n\n\ndef dumps(value):\n    return str(value)\n\n\ndef checker(value):\n    return value\n")
            .File("tests/__init__.py", string.Empty)
            .File("tests/base.py", """
                import unittest

                from shop import codec


                class CodecTest(unittest.TestCase):
                    loads = staticmethod(codec.loads)
                    module = codec
                    buffer_class = codec.Buffer
                    check = codec.checker

                    def setUp(self):
                        self.check = codec.Buffer()
                """)
            .File("shop/formats.py", """
                from shop.codec import fast_loads, loads


                class Format:
                    def load(self, text):
                        return self.decode(text)


                class PlainFormat(Format):
                    decode = staticmethod(loads)


                class FastFormat(Format):
                    decode = staticmethod(fast_loads)


                def load_any(fmt: Format, text):
                    return fmt.load(text)
                """)
            .File("tests/test_formats.py", """
                from shop.formats import FastFormat, PlainFormat, load_any


                def test_fast():
                    assert FastFormat().load("1") == 1


                def test_any():
                    assert load_any(PlainFormat(), "1") == 1
                """)
            .File("tests/test_codec.py", """
                from tests.base import CodecTest


                class TestLoads(CodecTest):
                    def test_loads(self):
                        self.assertEqual(self.loads("1"), 1)

                    def test_module(self):
                        self.assertEqual(self.module.dumps(1), "1")

                    def test_buffer(self):
                        self.assertEqual(self.buffer_class().read(), b"")

                    def test_check(self):
                        self.check(1)
                """);
        var map = Map(tree);

        // `self.loads(...)`: the function a base's body binds (wrapped in `staticmethod`); `self.module.dumps(...)`: a
        // function of the module it binds; `self.buffer_class()`: the class it binds, made, and its method called.
        Assert.Equal("tests/test_codec.py::TestLoads::test_module claimed directly", Ways(map, "shop.codec.dumps"));
        Assert.Equal("tests/test_codec.py::TestLoads::test_buffer claimed directly", Ways(map, "shop.codec.Buffer.read"));

        // A base's method calling what its subclasses bind: on an object of a known subclass, that subclass's function;
        // on an object only declared of the base, each subclass's, possibly.
        Assert.Equal(
            "tests/test_formats.py::test_any possible possibly through `shop.formats.Format.load`; tests/test_formats.py::test_fast claimed through `shop.formats.Format.load`",
            Ways(map, "shop.codec.fast_loads"));
        Assert.Equal(
            "tests/test_codec.py::TestLoads::test_loads claimed directly; tests/test_formats.py::test_any possible possibly through `shop.formats.Format.load`",
            Ways(map, "shop.codec.loads"));

        // An attribute a method assigns to the instance (`self.check` in `setUp`) is found before the class's own at run
        // time: the function the body binds is only possibly what the call runs.
        Assert.Equal("tests/test_codec.py::TestLoads::test_check possible possibly directly", Ways(map, "shop.codec.checker"));
    }

    [Fact]
    public void Follows_an_inherited_test_on_the_class_it_runs_on()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/codec.py", "def loads(text):\n    return int(text)\n\n\ndef fast_loads(text):\n    return int(text)\n\n\ndef checker(value):\n    return value\n")
            .File("tests/test_mixed.py", """
                import unittest

                from shop import codec


                class Checks:
                    def test_loads(self):
                        self.check(self.loads("1"))


                class PlainTest(Checks, unittest.TestCase):
                    loads = staticmethod(codec.loads)

                    def check(self, value):
                        assert value == 1


                class FastTest(Checks, unittest.TestCase):
                    loads = staticmethod(codec.fast_loads)

                    def check(self, value):
                        assert codec.checker(value) == 1
                """);
        var map = Map(tree);

        // A test a mixin defines runs on each test class that inherits it: `self` is that class, with what it binds and
        // the helpers it defines.
        Assert.Equal("tests/test_mixed.py::PlainTest::test_loads claimed directly", Ways(map, "shop.codec.loads"));
        Assert.Equal("tests/test_mixed.py::FastTest::test_loads claimed directly", Ways(map, "shop.codec.fast_loads"));
        Assert.Equal("tests/test_mixed.py::FastTest::test_loads claimed through helper `FastTest.check`", Ways(map, "shop.codec.checker"));
    }

    [Fact]
    public void Follows_what_super_reaches_in_a_mixin_on_the_test_class()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/codec.py", "def loads(text):\n    return int(text)\n")
            .File("tests/test_setup.py", """
                import unittest

                from shop import codec


                class Mixin:
                    def setUp(self):
                        self.prepare()


                class Base(unittest.TestCase):
                    def prepare(self):
                        self.value = codec.loads("1")


                class TestIt(Mixin, Base):
                    def setUp(self):
                        super().setUp()

                    def test_it(self):
                        assert self.value == 1
                """);
        var map = Map(tree);

        // The test class's own `setUp` hands over to the mixin's, where `self` is still the test class: `prepare` is found.
        Assert.Equal("tests/test_setup.py::TestIt::test_it claimed through helper `Mixin.setUp`", Ways(map, "shop.codec.loads"));
    }

    [Fact]
    public void Follows_classes_a_test_defines_in_its_body_without_collecting_or_listing_them()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/base.py", "class Base:\n    def run(self):\n        self.setup()\n        return self.step()\n\n    def setup(self):\n        return None\n\n    def step(self):\n        return 1\n\n\ndef make():\n    class Made(Base):\n        def step(self):\n            return 3\n\n    return Made()\n")
            .File("tests/test_base.py", """
                import unittest

                from shop.base import Base


                def test_local():
                    class Local(Base):
                        def step(self):
                            return 2

                    assert Local().run() == 2


                class TestInside(unittest.TestCase):
                    def test_case(self):
                        class TestNotCollected(unittest.TestCase):
                            def test_inner(self):
                                pass

                        self.assertTrue(TestNotCollected("test_inner").run())
                """);
        var map = Map(tree);

        // `Local().run()` runs the base's `run` and `setup` on the local class, whose own `step` hides the base's.
        Assert.Equal("tests/test_base.py::test_local claimed directly", Ways(map, "shop.base.Base.run"));
        Assert.Equal("tests/test_base.py::test_local claimed through `shop.base.Base.run`", Ways(map, "shop.base.Base.setup"));
        Assert.Equal(string.Empty, Ways(map, "shop.base.Base.step"));

        // A class a function defines is neither a test pytest collects nor a unit the map lists (here or in project code).
        Assert.Equal(["tests/test_base.py::TestInside::test_case", "tests/test_base.py::test_local"], map.Tests.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["shop.base.Base", "shop.base.Base.run", "shop.base.Base.setup", "shop.base.Base.step", "shop.base.make"], map.UnitsOf("shop/base.py").Select(u => u.QualifiedName));
    }

    [Fact]
    public void A_member_read_without_being_called_runs_only_if_it_is_a_property()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/app.py", """
                class App:
                    def __init__(self):
                        self.stack = self.handle
                        self._level = 0

                    def handle(self, request):
                        return request

                    @property
                    def level(self):
                        return self._level

                    @level.setter
                    def level(self, value):
                        self._level = value

                    def send(self, data):
                        if not data:
                            raise ValueError(data)
                        return data

                    def close(self):
                        return None

                    def on_close(self, callback):
                        return callback
                """)
            .File("tests/test_app.py", """
                import unittest

                from shop.app import App


                def test_level():
                    assert App().level == 0


                class TestApp(unittest.TestCase):
                    def test_send(self):
                        app = App()
                        self.addCleanup(app.close)
                        self.assertRaises(ValueError, app.send, b"")

                    def test_decorated(self):
                        app = App()

                        @app.on_close
                        def done():
                            return None

                        self.assertIsNone(done)
                """);
        var map = Map(tree);

        // `self.stack = self.handle` keeps the method: it runs only if what holds it calls it.
        Assert.Equal(
            "tests/test_app.py::TestApp::test_decorated possible possibly through `shop.app.App`; tests/test_app.py::TestApp::test_send possible possibly through `shop.app.App`; tests/test_app.py::test_level possible possibly through `shop.app.App`",
            Ways(map, "shop.app.App.handle"));

        // A property's getter runs when read (its setter shares its name).
        Assert.Equal("tests/test_app.py::test_level claimed directly", Ways(map, "shop.app.App.level"));

        // A method `assertRaises` runs, a cleanup, and a decorator applied to a local function are called.
        Assert.Equal("tests/test_app.py::TestApp::test_send claimed directly", Ways(map, "shop.app.App.send"));
        Assert.Equal("tests/test_app.py::TestApp::test_send claimed directly", Ways(map, "shop.app.App.close"));
        Assert.Equal("tests/test_app.py::TestApp::test_decorated claimed directly", Ways(map, "shop.app.App.on_close"));
    }
}

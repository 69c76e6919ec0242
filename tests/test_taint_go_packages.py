"""Go across files: package calls resolved to the defining file, and calls through function
values stored in struct fields (a generic driver calling `s.Handler(mode, input)`)."""

from __future__ import annotations

from aiscan.pipeline.config import Config
from aiscan.pipeline.scan import run_scan
from tests.helpers import write_tree

MODULE = "github.com/example/shop"

FILES = {
    "go.mod": f"module {MODULE}\n",
    "internal/common/sink.go": """\
        package common

        import "net/http"

        type HandlerFn func(mode string, payload string) string

        type Wrapper func(opaque interface{}, payload string) string

        type Sink struct {
            Name    string
            Handler HandlerFn
            Wrap    Wrapper
            Cleanup func(name string)
        }

        // Generic makes a HandlerFn that hands the payload to the sink's wrapper
        func Generic(s *Sink) (HandlerFn, error) {
            return func(mode string, payload string) string {
                return s.Wrap(nil, payload)
            }, nil
        }

        func Input(r *http.Request) string {
            return r.URL.Query().Get("input")
        }
        """,
    "internal/cmdi/cmd.go": """\
        package cmdi

        import (
            "net/http"
            "os/exec"
            "strings"

            "github.com/example/shop/internal/common"
        )

        var Sinks = []*common.Sink{
            {Name: "exec", Handler: run},
            {Name: "fixed", Handler: fixed},
            {Name: "cleanup", Cleanup: remove},
        }

        func run(mode, in string) string {
            args := strings.Fields(in)
            out, _ := exec.Command(args[0], args[1:]...).Output()
            return string(out) + http.StatusText(200)
        }

        func fixed(mode, in string) string {
            out, _ := exec.Command("echo", in).Output()
            return string(out)
        }

        func remove(name string) {
            exec.Command(name).Run()
        }
        """,
    "internal/files/files.go": """\
        package files

        import (
            "net/http"
            "os"

            "github.com/example/shop/internal/common"
        )

        var Read = common.Sink{
            Name: "read",
            Wrap: func(opaque interface{}, payload string) string {
                data, _ := os.ReadFile(payload)
                return string(data) + http.MethodGet
            },
        }
        """,
    "server/server.go": """\
        package server

        import (
            "net/http"

            "github.com/example/shop/internal/cmdi"
            "github.com/example/shop/internal/common"
        )

        func handle(w http.ResponseWriter, r *http.Request) {
            for _, s := range cmdi.Sinks {
                if s.Handler == nil {
                    s.Handler, _ = common.Generic(s)
                }
                in := input(r)
                s.Handler("unsafe", in)
                s.Cleanup("tmp")
            }
        }
        """,
    "server/input.go": """\
        package server

        import "net/http"

        func input(r *http.Request) string {
            return r.URL.Query().Get("input")
        }
        """,
}


def findings(root) -> set[tuple[str, int, str]]:
    result = run_scan([str(root)], Config(jobs=1, use_cache=False), root=str(root))
    return {(f.location.path, f.location.line, f.rule_id) for f in result.findings
            if f.rule_id.startswith("GO15")}


def test_handlers_stored_in_fields_are_reached_through_the_driver(tmp_path):
    got = findings(write_tree(tmp_path, FILES))
    # a named function stored in `Handler`, called as `s.Handler(mode, in)` in another package
    assert ("internal/cmdi/cmd.go", 19, "GO150") in got
    # a literal stored in `Wrap`, called by the closure a factory stored in `Handler` returns
    assert ("internal/files/files.go", 13, "GO152") in got


def test_safe_handlers_and_fields_called_with_constants_stay_silent(tmp_path):
    got = findings(write_tree(tmp_path, FILES))
    assert not {f for f in got if f[0] == "internal/cmdi/cmd.go" and f[1] != 19}
    assert {f[0] for f in got} <= {"internal/cmdi/cmd.go", "internal/files/files.go"}


def test_without_the_driver_nothing_reaches_the_handlers(tmp_path):
    files = {k: v for k, v in FILES.items() if not k.startswith("server/")}
    assert not findings(write_tree(tmp_path, files))


def test_an_import_path_outside_the_scan_resolves_to_nothing(tmp_path):
    files = dict(FILES)
    # the same package name, another module: its `Generic` is not the project's, so the
    # closure that calls `s.Wrap` is never stored in `Handler`
    files["server/server.go"] = FILES["server/server.go"].replace(
        '"github.com/example/shop/internal/common"', 'common "github.com/other/lib/common"')
    got = findings(write_tree(tmp_path, files))
    assert ("internal/cmdi/cmd.go", 19, "GO150") in got
    assert ("internal/files/files.go", 13, "GO152") not in got


def test_without_go_mod_packages_resolve_by_the_longest_path_suffix(tmp_path):
    files = {k: v for k, v in FILES.items() if k != "go.mod"}
    got = findings(write_tree(tmp_path / "repo", files))
    assert ("internal/cmdi/cmd.go", 19, "GO150") in got

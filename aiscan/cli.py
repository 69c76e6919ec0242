"""The `aiscan` command line. Heavy modules are imported inside commands to keep start-up light."""

from __future__ import annotations

import sys

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ["critical", "high", "medium", "low", "info"]


class _Group(click.Group):
    """Usage errors exit 2 (click's default too); internal errors become exit 2 with a message."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # `aiscan rules | head`: the reader left, nothing to report
            sys.stderr.close()
            sys.exit(EXIT_CLEAN)
        except Exception as exc:  # noqa: BLE001
            from .engine.rules import RuleError
            from .pipeline.config import ConfigError

            if isinstance(exc, (RuleError, ConfigError)):
                click.echo(f"aiscan: error: {exc}", err=True)
            else:
                click.echo(f"aiscan: internal error: {type(exc).__name__}: {exc}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aiscan")
def main() -> None:
    """Static scanner for code written with AI assistants."""


def write_output(text: str, output: str | None, colour: bool = False) -> None:
    """Print, or write the file atomically so a reader never sees half a report. `colour`:
    the text was coloured on purpose, so click must not strip it off a non-terminal."""
    if not output or output == "-":
        click.echo(text, nl=False, color=colour or None)
        return
    from .output.files import atomic_write

    atomic_write(output, text)


def use_colour(color: str, output: str | None) -> bool:
    """--color always/never decide; auto: colour on a terminal unless NO_COLOR is set
    (no-color.org: any non-empty value)."""
    if color != "auto":
        return color == "always"
    import os

    return not os.environ.get("NO_COLOR") and (not output or output == "-") and sys.stdout.isatty()


def _options(*decorators):
    def apply(func):
        for decorator in reversed(decorators):
            func = decorator(func)
        return func

    return apply


# Every command that scans takes these; they feed `build_config`, the one configuration builder.
PIPELINE_OPTIONS = _options(
    click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB. Repeatable."),
    click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                 help="Extra directory of rule YAML files. Repeatable."),
    click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
                 help="Worker processes (0: one per core)."),
    click.option("--no-gitignore", is_flag=True, help="Scan files that .gitignore excludes."),
    click.option("--no-cache", is_flag=True, help="Analyse every file again instead of reusing cached results."),
    click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                 help="Directory for cached results [default: $AISCAN_CACHE_DIR or ~/.cache/aiscan]."),
    click.option("--config", "config_file", type=click.Path(dir_okay=False),
                 help="Configuration file (aiscan.toml or pyproject.toml) instead of the nearest one."),
)
SELECT_OPTIONS = _options(
    click.option("--select", multiple=True, metavar="ID",
                 help="Only these rules (id, id prefix, name or category). Repeatable."),
    click.option("--ignore", multiple=True, metavar="ID", help="Skip these rules. Repeatable."),
    # what the default policy holds back (aiscan.pipeline.policy)
    click.option("--profile", type=click.Choice(["default", "all"]), default=None,
                 help="default: high-precision rules, production code; all: every rule in "
                      "every file [default: default]."),
    click.option("--include-tests", is_flag=True,
                 help="Also report in test, docs/example, generated and vendored files."),
)
COLOR_OPTION = click.option(
    "--color", type=click.Choice(["auto", "always", "never"], case_sensitive=False), default="auto",
    show_default=True, help="Colour text output (auto: on a terminal, unless NO_COLOR is set).")
PATHS = click.argument("paths", nargs=-1, type=click.Path(exists=True))


@main.command()
@PATHS
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@SELECT_OPTIONS
@click.option("--fail-on", type=click.Choice(SEVERITIES, case_sensitive=False), default=None,
              help="Exit 1 when a finding is at or above this severity [default: medium].")
@PIPELINE_OPTIONS
@click.option("--max-file-size", type=click.IntRange(min=1), default=None,
              help="Skip files larger than this many bytes.")
@click.option("--category", default=None, help="SARIF automationDetails category.")
@COLOR_OPTION
@click.option("-v", "--verbose", is_flag=True, help="List every skipped or partly parsed file on stderr.")
@click.option("--show-suppressed", is_flag=True, help="List suppressed findings in text output.")
@click.option("--report-unused-ignores", is_flag=True, default=None,
              help="Warn about `aiscan: ignore[...]` comments that suppress nothing.")
@click.option("--honor-foreign-suppressions", is_flag=True, default=None,
              help="Also accept # nosec, # noqa: S..., # nosemgrep, eslint-disable-line.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record the current findings in FILE and exit 0.")
@click.option("--diff-base", metavar="REF",
              help="Scan only files changed since git REF (plus uncommitted and untracked ones).")
@click.option("--with-fixes", is_flag=True, help="SARIF: attach the automatic fixes (slower: parses with libcst).")
def scan(paths, fmt, output, color, verbose, show_suppressed, baseline_file, write_baseline,
         diff_base, with_fixes, **options) -> None:
    """Scan PATHS (default: the current directory)."""
    if with_fixes and fmt != "sarif":
        raise click.UsageError("--with-fixes needs --format sarif")
    if baseline_file and write_baseline:
        raise click.UsageError("--baseline and --write-baseline exclude each other")
    from .pipeline.config import build_config

    config = build_config(paths, **options)

    from .pipeline import workflow

    try:
        result = workflow.run(paths, config, diff_base, baseline_file, write_baseline)
    except workflow.WorkflowError as exc:
        click.echo(f"aiscan: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    if write_baseline:
        kept = sum(1 for f in result.findings if f.suppressed is None)
        click.echo(f"aiscan: wrote {kept} finding(s) to baseline {write_baseline}", err=True)
        _print_notifications(result, verbose)
        sys.exit(EXIT_CLEAN)

    colour = fmt == "text" and use_colour(color, output)
    if fmt == "sarif":
        from .output import sarif

        from .audit.checklist import evaluate_scan

        from .audit.inventory import build as build_inventory

        inventory = build_inventory(result)
        checklist = evaluate_scan(result, inventory).as_dict(evidence=False)
        fixes = None
        if with_fixes:
            from .fix.sarif_fixes import sarif_fixes

            fixes = sarif_fixes(result)
        text = sarif.render(result, config.category,
                            run_properties={"checklist": checklist, "inventory": inventory},
                            fixes=fixes)
    elif fmt == "json":
        from .output import json_results as json_report

        text = json_report.render(result, workflow.json_extra(result))
    else:
        from .output import text as text_report

        text = text_report.render(result, colour=colour, show_suppressed=show_suppressed)
    write_output(text, output, colour)
    _print_notifications(result, verbose)
    failing = [f for f in result.findings if f.suppressed is None and f.severity >= config.fail_on]
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _print_notifications(result, verbose: bool) -> None:
    from .output.text import printable

    notes = 0
    for n in result.notifications:
        if n.level == "note" and not verbose:
            notes += 1
            continue
        where = f"{printable(n.path)}: " if n.path else ""
        click.echo(f"aiscan: {n.level}: {where}{n.message}", err=True)
    if notes:
        click.echo(f"aiscan: {notes} file(s) skipped or partly parsed (see --verbose)", err=True)


@main.command()
@PATHS
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "html", "json"]),
              default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@click.option("--fail-under", type=click.IntRange(0, 100), default=None, metavar="SCORE",
              help="Exit 1 when the score is below SCORE.")
@SELECT_OPTIONS
@PIPELINE_OPTIONS
@COLOR_OPTION
def report(paths, fmt, output, fail_under, color, **options) -> None:
    """Audit PATHS: the checklist with evidence, a score 0-100 and a grade."""
    from .audit.checklist import evaluate_scan
    from .pipeline.config import build_config
    from .audit.report import ReportData, render
    from .pipeline.scan import run_scan

    result = run_scan(paths, build_config(paths, **options))
    from .audit.inventory import build as build_inventory

    inventory = build_inventory(result)
    checklist = evaluate_scan(result, inventory)
    colour = fmt == "text" and use_colour(color, output)
    write_output(render(ReportData(checklist, result, inventory), fmt, colour=colour), output, colour)
    _print_notifications(result, verbose=False)
    sys.exit(EXIT_FINDINGS if fail_under is not None and checklist.score < fail_under
             else EXIT_CLEAN)


@main.command()
@PATHS
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@PIPELINE_OPTIONS
def inventory(paths, fmt, output, **options) -> None:
    """List the LLM providers, models, call sites, prompts and key variables in PATHS."""
    from .pipeline.config import build_config
    from .audit import inventory_render as inventory_render
    from .audit.inventory import build as build_inventory
    from .pipeline.scan import run_scan

    config = build_config(paths, **options)
    # the engine collects LLM facts whatever rules run: an inventory needs no rule at all
    from .engine.analyzer import Analyzer
    from .engine.rules import RuleSet

    result = run_scan(paths, config, analyzer=Analyzer(RuleSet([]), config.max_file_size))
    inv = build_inventory(result)
    renderer = {"json": inventory_render.render_json, "markdown": inventory_render.render_markdown,
                "text": inventory_render.render_text}[fmt]
    write_output(renderer(inv), output)
    _print_notifications(result, verbose=False)


@main.command()
@PATHS
@click.option("--diff", "show_diff", is_flag=True,
              help="Print a unified diff (git apply-able); change nothing.")
@SELECT_OPTIONS
@PIPELINE_OPTIONS
def fix(paths, show_diff, **options) -> None:
    """Apply the automatic fixes of findings in PATHS (exit 1 when some need a human)."""
    from .fix.cli import run_fix
    from .pipeline.config import build_config

    sys.exit(run_fix(paths, show_diff, build_config(paths, **options)))

@main.command("rules")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Extra directory of rule YAML files.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(rule_dirs, fmt) -> None:
    """List every rule: id, severity, category, checklist item, CWE, name."""
    from .engine.rules import load_rules

    ruleset = load_rules(rule_dirs)
    if fmt == "json":
        import json

        from .pipeline.policy import reported_roles

        click.echo(json.dumps([
            {"id": r.id, "name": r.name, "severity": r.severity.label, "confidence": r.confidence,
             "category": r.category, "cwe": list(r.cwe), "languages": list(r.languages),
             "checklist": r.checklist, "status": r.status, "default": r.default,
             "roles": list(reported_roles(r))}
            for r in ruleset.rules], indent=2))
        return
    for r in ruleset.rules:
        cwe = ",".join(f"CWE-{c}" for c in r.cwe) or "-"
        langs = ",".join(r.languages)
        click.echo(f"{r.id:<7} {r.severity.label:<8} {r.category:<12} {r.checklist:<15} {cwe:<16} "
                   f"{r.name}  ({langs})")


@main.command()
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def explain(rule_id, rule_dirs, fmt) -> None:
    """Show the documentation of RULE_ID (an id or a name)."""
    from .engine.rules import load_rules

    ruleset = load_rules(rule_dirs)
    rule = ruleset.by_id.get(rule_id.upper()) or next(
        (r for r in ruleset.rules if r.name == rule_id), None)
    if rule is None:
        click.echo(f"aiscan: error: unknown rule {rule_id!r} (see `aiscan rules`)", err=True)
        sys.exit(EXIT_ERROR)
    from .pipeline.policy import reported_roles

    cwe = ", ".join(f"CWE-{c}" for c in rule.cwe) or "none"
    header = (f"{rule.id} {rule.name}\n"
              f"severity: {rule.severity.label}  confidence: {rule.confidence}  cwe: {cwe}\n"
              f"languages: {', '.join(rule.languages)}  checklist: {rule.checklist}  "
              f"status: {rule.status}\n"
              f"profile: {'default' if rule.default else 'opt-in (--profile all or select)'}  "
              f"reported in: {', '.join(reported_roles(rule))}\n")
    if fmt == "markdown":
        click.echo(f"# {rule.id} {rule.name}\n\n{rule.help.as_markdown()}")
    else:
        click.echo(header + "\n" + rule.help.as_text())


if __name__ == "__main__":  # pragma: no cover
    main()

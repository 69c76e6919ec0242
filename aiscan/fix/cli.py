"""`aiscan fix` behind the click command: exit 0 when no finding with a fix is left in the code.

Exit 1 when such findings remain: with `--diff` (nothing is written) whenever anything is
fixable, and always when some fix declined or is note-only, i.e. needs a human.
"""

from __future__ import annotations

import click


def run_fix(paths, show_diff: bool, select, ignore, exclude, rule_dirs, jobs: int) -> int:
    from ..pipeline.config import Config
    from ..pipeline.scan import run_scan
    from .runner import plan, summary, write

    config = Config()
    config.select = list(select) or config.select
    config.ignore = list(ignore) or config.ignore
    config.exclude = [*config.exclude, *exclude]
    config.rule_dirs = [*config.rule_dirs, *rule_dirs]
    config.jobs = jobs
    result = run_scan(paths, config)
    run = plan(result)
    if show_diff:
        for file_fix in run.files:
            if file_fix.source.changed:
                click.echo(file_fix.diff(), nl=False)
        click.echo(summary(run, applied=False), nl=False, err=True)
        return 1 if run.outcomes else 0
    write(run, result.root)
    click.echo(summary(run, applied=True), nl=False)
    return 1 if run.needs_human else 0

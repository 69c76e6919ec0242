"""`aiscan fix` behind the click command: exit 0 when no finding with a fix is left in the code.

Exit 1 when such findings remain: with `--diff` (nothing is written) whenever anything is
fixable, and always when some fix declined or is note-only, i.e. needs a human.
"""

from __future__ import annotations

import click


def run_fix(paths, show_diff: bool, config) -> int:
    from ..pipeline.scan import run_scan
    from .runner import plan, secret_lines, summary, write

    result = run_scan(paths, config)
    run = plan(result)
    if show_diff:
        for file_fix in run.files:
            if file_fix.source.changed:
                text, left_out = file_fix.diff(secret_lines(result, file_fix.path))
                click.echo(text, nl=False)
                if left_out:
                    click.echo(f"aiscan: {file_fix.path}: {left_out} hunk(s) left out of the diff "
                               "because they show a secret, which aiscan never prints; "
                               "`aiscan fix` applies them", err=True)
        click.echo(summary(run, applied=False), nl=False, err=True)
        return 1 if run.outcomes else 0
    write(run, result.root)
    click.echo(summary(run, applied=True), nl=False)
    return 1 if run.needs_human else 0

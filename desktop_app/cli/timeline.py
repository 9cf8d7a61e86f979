"""``desktop-app timeline PRODUCT``: every state of a product the app has seen or sent.

Lists the points, newest first: "now" (what the merchant sees, edits waiting included), the
states pulled from either server, the edits pushed, and Payload's versions where the shop keeps
them (asked online; ``--offline`` or a shop without versions says why they are not listed).
``--diff A B`` compares two points per field, the description by block; points are named by
their id (``p12``, ``s40``, ``v7``, ``now``) or their place in the list (1 = now).
``--restore POINT [--field F …]`` records the edits that bring those fields (default: every
field that differs) back to the point, in the outbox like any edit (``desktop-app push`` sends
them).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli import lookup
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    Output,
    add_output_arguments,
    emit,
    run,
    table,
    usage_error,
)
from desktop_app.servers import Server
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.timeline import build, diff, restore
from desktop_app.timeline import words as w
from desktop_app.timeline.blocks import BlockChange
from desktop_app.timeline.diff import PointDiff
from desktop_app.timeline.points import Point, Timeline, pick

MARKS = {"same": " ", "changed": "~", "added": "+", "removed": "-"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline", help="a product's states: pulled, sent and Payload versions; diff, restore",
        formatter_class=HELP,
        description="Every state of a product the app has seen or sent, from both servers, "
        "and Payload's versions where the shop keeps them; two points side by side; an "
        "earlier point restored as edits in the outbox.",
        epilog="example:\n  desktop-app timeline prod_01H…\n"
        "  desktop-app timeline prod_01H… --diff p12 now\n"
        "  desktop-app timeline prod_01H… --diff 3 1 --json\n"
        "  desktop-app timeline prod_01H… --restore v7 --field description")
    parser.add_argument("product", help="the product's Medusa id (or local id)")
    add_output_arguments(parser)
    parser.add_argument("--diff", nargs=2, metavar=("A", "B"),
                        help="compare point A with point B (ids or places in the list)")
    parser.add_argument("--all", action="store_true",
                        help="with --diff: list unchanged fields too")
    parser.add_argument("--restore", metavar="POINT",
                        help="record edits that bring the product back to POINT")
    parser.add_argument("--field", action="append", default=[], metavar="FIELD",
                        help="with --restore: only this field (repeat for more)")
    parser.add_argument("--offline", action="store_true",
                        help="the store only: do not ask Payload for its versions")
    parser.set_defaults(func=cmd_timeline)


# ------------------------------------------------------------------- text
def list_text(timeline: Timeline) -> str:
    rows = [(str(n), p.id, w.when(p.at), Server(p.server).label if p.server else "both",
             p.label, p.who, p.note) for n, p in enumerate(timeline.points, 1)]
    lines = [table(("#", "Point", "When", "Server", "What", "Who", "Note"), rows, width=50)]
    lines += timeline.notes()
    return "\n".join(lines)


def _side(point: Point) -> str:
    return f"{point.id} ({point.label}, {w.when(point.at)})"


def _block_line(block: BlockChange) -> str:
    """One changed block in a line ("" for an unchanged one)."""
    if block.change == "same":
        return ""
    if block.before is not None and block.after is not None:
        return f"  ~ {block.after.kind}: {block.before.text}  →  {block.after.text}"
    one = block.after or block.before
    assert one is not None
    return f"  {MARKS[block.change]} {one.kind}: {one.text}"


def diff_text(result: PointDiff, everything: bool) -> str:
    titles = w.variant_titles({**result.left.content, **result.right.content})
    lines = [f"A: {_side(result.left)}", f"B: {_side(result.right)}"]
    shown = result.fields if everything else result.changed
    if not shown:
        lines.append("\nNo field differs.")
    for change in shown:
        head = f"\n{w.label(change.field, titles)} ({Server(change.server).label})"
        if not change.changed:
            lines.append(f"{head}: unchanged" if change.known_before and change.known_after
                         else f"{head}: not known at both points")
            continue
        if change.blocks:
            lines.append(head + ", by block")
            lines += [line for block in change.blocks if (line := _block_line(block))]
            continue
        lines.append(head)
        lines.append(f"  A: {w.text(change.field, change.before)}")
        lines.append(f"  B: {w.text(change.field, change.after)}")
    return "\n".join(lines)


# -------------------------------------------------------------------- work
def _point(timeline: Timeline, given: str, what: str) -> Point:
    try:
        return pick(timeline, given)
    except KeyError as exc:
        raise usage_error(f"{exc.args[0]} List the points with 'desktop-app timeline "
                          f"{timeline.product_id}'.", what) from None


def _restore(catalog: OfflineCatalog, timeline: Timeline, args: argparse.Namespace) -> Output:
    point = _point(timeline, args.restore, "restore")
    if point.id == "now":
        raise usage_error("'now' is what the product holds already; name an earlier point.",
                          "restore")
    planned = restore.plan(timeline, point.id, args.field or None)
    if planned.changes:
        catalog.edit(timeline.product_id, planned.changes)
    body: dict[str, Any] = {"product_id": timeline.product_id, "point": point.to_json(),
                            "restored": sorted(planned.changes), "skipped": planned.skipped}
    titles = w.variant_titles(timeline.state(point.id))
    lines = [f"Restored to {_side(point)}, waiting in the outbox ('desktop-app push' sends):"]
    lines += [f"  {w.label(name, titles)}" for name in planned.changes] or ["  nothing differs"]
    lines += [f"  not {w.label(name, titles)}: {why}" for name, why in planned.skipped.items()]
    error = None
    if args.field and not planned.changes:
        error = CommandError("Nothing to restore: " + "; ".join(
            f"{name}: {why}" for name, why in planned.skipped.items()), field="field")
    return Output(body, "\n".join(lines), error=error)


async def _work(catalog: OfflineCatalog, args: argparse.Namespace) -> Output:
    pid = lookup.product(catalog, args.product).product_id
    timeline = await build.load(catalog, pid, versions=not args.offline)
    if args.restore:
        return _restore(catalog, timeline, args)
    if args.diff:
        a, b = (_point(timeline, given, "diff") for given in args.diff)
        result = diff.compare(timeline, a.id, b.id)
        return Output({"product_id": pid, **result.to_json(everything=args.all)},
                      diff_text(result, args.all))
    body = {"product_id": pid, "points": [p.to_json() for p in timeline.points],
            "versions": timeline.versions.to_json(), "notes": timeline.notes()}
    return Output(body, list_text(timeline))


def cmd_timeline(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    if args.field and not args.restore:
        return emit(args, Output(error=usage_error("--field goes with --restore.", "field")))
    if args.restore and args.diff:
        return emit(args, Output(error=usage_error("Choose --diff or --restore, not both.")))
    return run(args, lambda catalog: _work(catalog, args), online=not args.offline,
               transports=transports)

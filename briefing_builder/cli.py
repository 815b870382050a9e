"""The command line (click). Human output by default, `--json` where a command lists data.

Exit codes: 0 success; 1 a user error, reported in one line; 2 a usage error (click's own).
Heavy modules (the library, renderers, Qt) are imported inside the commands so `--version` stays instant.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import click

from . import __version__
from .errors import BriefingBuilderError, Problem, ValidationError

if TYPE_CHECKING:
    from .library import Item, Library
    from .paths import DataLocation
    from .settings import Settings


# ------------------------------------------------------------------------------------------ plumbing
class AppContext:
    """What every command shares: the chosen data folder, the settings and (opened on demand) the library."""

    def __init__(self) -> None:
        self.data_dir: str | None = None
        self._settings: Settings | None = None
        self._library: Library | None = None

    def settings(self) -> "Settings":
        if self._settings is None:
            from .settings import load_settings

            self._settings = load_settings()
        return self._settings

    def location(self) -> "DataLocation":
        from .paths import resolve_data_location

        return resolve_data_location(self.data_dir, self.settings().data_folder)

    def library(self, *, create: bool = True, seed: bool = True) -> "Library":
        if self._library is None:
            from .library import Library

            progress = _progress_printer("Creating the library") if not self.location().library_path.exists() else None
            self._library = Library.open(self.location().library_path, create=create, seed=seed,
                                         allow_edits=not self.settings().read_only, progress=progress)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


def _progress_printer(label: str) -> Callable[[int, int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int, what: str) -> None:
        click.echo(f"\r{label}: {done:,}/{total:,} {what}", err=True, nl=done >= total)

    return report


class _Problems(click.ClickException):
    """Every problem of a `ValidationError`, one line each ("Error: …"), exit code 1: the user fixes them all in
    one go instead of one per run."""

    def __init__(self, error: ValidationError) -> None:
        super().__init__(str(error))
        self.lines = [str(problem) for problem in error.problems] or [str(error)]

    def show(self, file: Any = None) -> None:
        for line in self.lines:
            click.echo(f"Error: {line}", err=True, file=file)


class BriefingGroup(click.Group):
    """Turns the app's own errors into one-line messages (one line per problem) with exit code 1, never a
    traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationError as exc:
            raise _Problems(exc) from None
        except BriefingBuilderError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            where = ctx.obj.location().library_path if isinstance(ctx.obj, AppContext) else "the library"
            raise click.ClickException(
                f"The library file {where} looks damaged ({exc}). Run 'briefing-builder library check', "
                "or restore a copy from its backups folder.") from None
        except OSError as exc:
            raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None


def _set_data_dir(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.ensure_object(AppContext).data_dir = value


data_dir_option = click.option(
    "--data-dir", type=click.Path(file_okay=False), expose_value=False, callback=_set_data_dir, is_eager=True,
    help="Folder holding the library and drafts (default: BRIEFING_BUILDER_HOME, portable folder or user folder).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)  # type: ignore[arg-type]
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def _width() -> int:
    """Terminal width for clipping long lines; output to a pipe or file is never clipped."""
    if not sys.stdout.isatty():
        return 10_000
    return max(60, min(shutil.get_terminal_size((100, 20)).columns, 160))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _item_rows(items: list["Item"]) -> None:
    width = _width()
    title_width = max(20, width - 36)
    click.echo(f"{'ID':>5}  {'KIND':<13} {'AS OF':<10}  TITLE")
    for item in items:
        stale = " (review due)" if item.is_stale() else ""
        click.echo(f"{item.id:>5}  {item.kind:<13} {(item.as_of or '-'):<10}  "
                   f"{_clip(item.title + stale, title_width)}")


# ------------------------------------------------------------------------------------------ root
@click.group(cls=BriefingGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--data-dir", type=click.Path(file_okay=False), expose_value=False, callback=_set_data_dir,
              is_eager=True, help="Folder holding the library and drafts.")
@click.version_option(__version__, "--version", prog_name="briefing-builder")
@click.option("--self-test", is_flag=True, help="Check this installation end to end without a window; exit 0 if all is well.")
@click.pass_context
def cli(ctx: click.Context, self_test: bool) -> None:
    """Briefing Builder: a library of sourced summit facts, turned into briefing packs in Word and PDF.

    With no command, opens the desktop app.
    """
    ctx.ensure_object(AppContext)
    ctx.call_on_close(ctx.obj.close)
    if self_test:
        from .selftest import run_self_test

        ctx.exit(run_self_test(click.echo))
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@data_dir_option
@click.pass_obj
def gui(app: AppContext) -> None:
    """Open the desktop app."""
    from .syslibs import require_gui_libraries

    missing = require_gui_libraries()  # before Qt loads: name the packages to install, not a traceback
    if missing:
        sys.exit(missing)
    from .gui.app import main as gui_main

    sys.exit(gui_main(data_dir=app.data_dir))


# ------------------------------------------------------------------------------------------ library
@cli.group()
def library() -> None:
    """Manage the local library of sources, items and countries."""


@library.command("init")
@data_dir_option
@click.option("--empty", is_flag=True, help="Create a library without the bundled seed (countries only).")
@click.pass_obj
def library_init(app: AppContext, empty: bool) -> None:
    """Create the library (seeded from the bundled summit documents) if it does not exist yet."""
    path = app.location().library_path
    existed = path.exists() and path.stat().st_size > 0
    lib = app.library(seed=not empty)
    stats = lib.stats()
    if existed:
        click.echo(f"The library already exists at {path} ({stats.items:,} items); nothing was changed.")
    else:
        click.echo(f"Created the library at {path}: {stats.items:,} items, {stats.sources:,} sources, "
                   f"{stats.countries:,} countries ({stats.au_members} AU members).")


@library.command("stats")
@data_dir_option
@json_option
@click.pass_obj
def library_stats(app: AppContext, as_json: bool) -> None:
    """Counts of items, sources and countries, and where the library lives."""
    location = app.location()
    stats = app.library().stats()
    if as_json:
        _emit_json(dict(stats.as_dict(), data_folder=str(location.folder), data_folder_reason=location.reason))
        return
    click.echo(f"Library:     {stats.path}  (data folder from {location.reason})")
    click.echo(f"Items:       {stats.items:,}  " + ", ".join(f"{k} {v}" for k, v in stats.items_by_kind.items()))
    click.echo(f"Sources:     {stats.sources:,}")
    click.echo(f"Countries:   {stats.countries:,}  ({stats.au_members} African Union members, "
               f"{stats.country_statuses:,} dated statuses)")
    click.echo(f"People:      {stats.people:,}")
    click.echo(f"Review due:  {_count(stats.stale_items, 'item', 'items')} and {_count(stats.stale_people, 'person', 'people')} past their "
               "review-by date")
    click.echo(f"Size:        {stats.size_bytes / 1024:,.0f} KiB, schema version {stats.schema_version}")


def _count(n: int, one: str, many: str) -> str:
    """'1 item', '2,345 items': the command line's counts (it speaks English)."""
    return f"{n:,} {one if n == 1 else many}"


def _country_code(lib: "Library", text: str) -> str:
    """The alpha-3 code `text` names: a code, or a name in any of the four languages, as the app's form takes
    it ("Sénégal", "السنغال", "senegal"); a NotFoundError saying what to type otherwise."""
    from .errors import NotFoundError
    from .pack.choices import CountryNames, CountryResolver

    try:
        return lib.country(text).code
    except NotFoundError:
        resolved = CountryResolver(CountryNames.of(c) for c in lib.countries()).resolve(str(text))
        if not resolved.ok:
            raise NotFoundError(resolved.error) from None
        return resolved.value


def _filters(kind: tuple[str, ...], framework: tuple[str, ...], tag: tuple[str, ...], country: tuple[str, ...],
             language: tuple[str, ...], stale: bool, lib: "Library") -> Any:
    from .library import SearchFilters

    codes = tuple(_country_code(lib, c) for c in country)
    return SearchFilters(kinds=kind, frameworks=framework, tags=tag, countries=codes, languages=language,
                         stale_only=stale)


def _kind_choice() -> click.Choice:
    from .library.vocabulary import KINDS

    return click.Choice(list(KINDS))


class _QueryCommand(click.Command):
    """A command whose words are a search query: a word that starts with one "-" but is not one of the command's
    options (`-Malabo`, `-hunger`) is part of the query, not an unknown option; an unknown `--word` is still
    reported as a mistyped option. Words after `--` are always the query's."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not (param.is_flag or param.count)
        options: list[str] = []
        words: list[str] = []
        rest = iter(args)
        for arg in rest:
            if arg == "--":
                words.extend(rest)
                break
            name = arg.split("=", 1)[0] if arg.startswith("--") else arg
            if name not in takes_value and not arg.startswith("--"):  # a mistyped "--option" stays an error
                words.append(arg)
                continue
            if name not in takes_value:
                options.append(arg)
                continue
            options.append(arg)
            value = next(rest, None) if takes_value[name] and "=" not in arg else None
            if value is not None:  # the option's value, whatever it looks like ("--limit 5")
                options.append(value)
        return super().parse_args(ctx, [*options, *(["--", *words] if words else [])])


@library.command("search", cls=_QueryCommand)
@data_dir_option
@click.argument("query", nargs=-1)
@click.option("--kind", multiple=True, type=_kind_choice(), help="Only items of this kind (repeatable).")
@click.option("--framework", multiple=True, help="Only items linked to this framework, e.g. mnr (repeatable).")
@click.option("--tag", multiple=True, help="Only items with this tag (repeatable).")
@click.option("--country", multiple=True, help="Only items linked to this country, e.g. ETH (repeatable).")
@click.option("--language", multiple=True, help="Only items in this language, e.g. en (repeatable).")
@click.option("--stale", is_flag=True, help="Only items whose review-by date has passed.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--order", default="rank", show_default=True,
              type=click.Choice(["rank", "title", "kind", "as_of", "review_by", "updated", "source", "id"]))
@json_option
@click.pass_obj
def library_search(app: AppContext, query: tuple[str, ...], kind: tuple[str, ...], framework: tuple[str, ...],
                   tag: tuple[str, ...], country: tuple[str, ...], language: tuple[str, ...], stale: bool,
                   limit: int, order: str, as_json: bool) -> None:
    """Full-text search. QUERY accepts any text: "quoted phrases", -excluded (alone: everything else), OR
    between words; its words may be given as one argument or several."""
    query = " ".join(query)
    lib = app.library()
    result = lib.search(query, _filters(kind, framework, tag, country, language, stale, lib), limit=limit,
                        order=order, count_cap=None)
    if as_json:
        _emit_json({"query": query, "total": result.total, "items": list(result.items)})
        return
    if not result.items:
        click.echo("No items match.")
        return
    _item_rows(list(result.items))
    shown = len(result.items)
    click.echo(_count(result.total, "match", "matches") + (f"; showing the first {shown}" if shown < result.total else ""))


@library.command("show")
@data_dir_option
@click.argument("item_id")
@json_option
@click.pass_obj
def library_show(app: AppContext, item_id: str, as_json: bool) -> None:
    """Show one item (by id or uid) with its source."""
    lib = app.library()
    item = lib.item(item_id)
    source = lib.source(item.source_id)
    if as_json:
        _emit_json({"item": item, "source": source})
        return
    width = min(_width(), 100)
    click.secho(item.title, bold=True)
    meta = [item.kind, f"as of {item.as_of or 'unknown'}"]
    if item.review_by:
        meta.append(f"review by {item.review_by}" + (" (overdue)" if item.is_stale() else ""))
    meta += [item.classification, f"confidence {item.confidence or '-'}", f"language {item.language}"]
    click.echo(" · ".join(meta))
    click.echo()
    for paragraph in item.body.splitlines() or [""]:
        click.echo(textwrap.fill(paragraph, width) if paragraph.strip() else "")
    click.echo()
    click.echo(f"Source:      {source.citation()}" + (f" ({item.locator})" if item.locator else ""))
    for label, values in (("Tags", item.tags), ("Frameworks", item.frameworks), ("Countries", item.countries)):
        if values:
            click.echo(f"{label + ':':<12} {', '.join(values)}")
    if item.notes:
        click.echo(textwrap.fill(f"Notes:       {item.notes}", width, subsequent_indent=" " * 13))
    click.echo(f"Id {item.id}, uid {item.uid}, revision {item.revision}; created {item.created_at}, "
               f"updated {item.updated_at}")


def _item_options(for_edit: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The field options shared by `add` and `edit` (on edit, only the options given change)."""
    def apply(func: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.option("--kind", type=_kind_choice(), required=not for_edit),
            click.option("--title", required=not for_edit),
            click.option("--body", help="Text of the item; '-' reads it from standard input."),
            click.option("--body-file", type=click.Path(exists=True, dir_okay=False), help="Read the body from a file."),
            click.option("--source", "source_uid", required=not for_edit, help="uid or id of the source."),
            click.option("--locator", help="Paragraph, section or page within the source."),
            click.option("--as-of", help="Date the fact is true as of: YYYY-MM-DD, YYYY-MM or YYYY ('' clears)."),
            click.option("--review-by", help="Date to review the item by: YYYY-MM-DD ('' clears)."),
            click.option("--tag", "tags", multiple=True, help="Tag (repeatable; on edit, replaces the tags)."),
            click.option("--framework", "frameworks", multiple=True, help="Framework code, e.g. mnr (repeatable)."),
            click.option("--country", "countries", multiple=True, help="Country code, e.g. ETH (repeatable)."),
            click.option("--language"),
            click.option("--classification"),
            click.option("--confidence", type=click.Choice(["", "H", "M", "L"])),
            click.option("--notes"),
            json_option,
        ]
        for option in reversed(options):
            func = option(func)
        return func
    return apply


def _draft_values(lib: "Library", options: dict[str, Any]) -> dict[str, Any]:
    """Turn given CLI options into ItemDraft fields (omitted options are left out)."""
    values: dict[str, Any] = {}
    body, body_file = options.pop("body"), options.pop("body_file")
    if body == "-":
        body = sys.stdin.read()
    if body_file:
        body = Path(body_file).read_text(encoding="utf-8")
    if body is not None:
        values["body"] = body
    for name in ("kind", "title", "locator", "language", "classification", "confidence", "notes"):
        if options.get(name) is not None:
            values[name] = options[name]
    for name in ("as_of", "review_by"):
        if options.get(name) is not None:
            values[name] = options[name] or None
    for name in ("tags", "frameworks"):
        if options.get(name):
            values[name] = tuple(options[name])
    if options.get("countries"):
        values["countries"] = tuple(_country_code(lib, c) for c in options["countries"])
    if options.get("source_uid"):
        values["source_uid"] = lib.source(options["source_uid"]).uid
    return values


@library.command("add")
@data_dir_option
@_item_options(for_edit=False)
@click.pass_obj
def library_add(app: AppContext, as_json: bool, **options: Any) -> None:
    """Add an item. Every item needs a source (see 'briefing-builder sources list')."""
    from .library import ItemDraft

    lib = app.library()
    values = _draft_values(lib, options)
    values.setdefault("classification", "UNCLASSIFIED")
    _check_marking(app, values.get("classification"))
    item, _ = lib.add_item(ItemDraft(**values))
    if as_json:
        _emit_json(item)
    else:
        click.echo(f"Added item {item.id} ({item.uid}): {item.title}")


@library.command("edit")
@data_dir_option
@click.argument("item_id")
@_item_options(for_edit=True)
@click.pass_obj
def library_edit(app: AppContext, item_id: str, as_json: bool, **options: Any) -> None:
    """Change an item's fields; only the options given change. The revision goes up by one."""
    lib = app.library()
    item = lib.item(item_id)
    values = _draft_values(lib, options)
    if "classification" in values:
        _check_marking(app, values["classification"])
    updated, changes = lib.update_item(item.id, dataclasses.replace(item.draft(), **values),
                                       expected_revision=item.revision)
    if as_json:
        _emit_json(updated)
    elif changes:
        click.echo(f"Saved item {updated.id}, now revision {updated.revision}.")
    else:
        click.echo(f"Nothing changed in item {updated.id}.")


def _check_marking(app: AppContext, marking: str | None) -> None:
    allowed = app.settings().allowed_markings
    if marking is not None and marking not in allowed:
        raise ValidationError(Problem("item", "classification",
                                      f"must be one of the markings configured: {', '.join(allowed)}"))


@library.command("delete")
@data_dir_option
@click.argument("item_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def library_delete(app: AppContext, item_id: str, yes: bool) -> None:
    """Delete an item."""
    lib = app.library()
    item = lib.item(item_id)
    if not yes:
        if not sys.stdin.isatty():
            raise click.ClickException("Add --yes to delete without a confirmation prompt.")
        click.confirm(f"Delete item {item.id} '{_clip(item.title, 60)}'?", abort=True)
    lib.delete_item(item.id)
    click.echo(f"Deleted item {item.id}.")


@library.command("import")
@data_dir_option
@click.argument("file", type=click.Path(dir_okay=False))
@json_option
@click.pass_obj
def library_import(app: AppContext, file: str, as_json: bool) -> None:
    """Import a library file (.json, the exchange format) or items (.csv). All or nothing."""
    from .library.io import import_file

    report = import_file(app.library(), Path(file), progress=_progress_printer("Importing"))
    if as_json:
        _emit_json({k: v for k, v in dataclasses.asdict(report).items() if k != "changes"})
        return
    click.echo(f"Imported {file}: {_count(report.added, 'item', 'items')} added, {report.updated:,} updated, "
               f"{report.unchanged:,} unchanged; {_count(report.sources_added, 'source', 'sources')} added, "
               f"{report.sources_updated:,} updated; {_count(report.countries_updated, 'country', 'countries')} and "
               f"{_count(report.statuses_added + report.statuses_updated, 'status', 'statuses')} changed.")


@library.command("export")
@data_dir_option
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]),
              help="Default: from the file's extension (.csv for items as CSV, otherwise JSON).")
@click.pass_obj
def library_export(app: AppContext, file: str, fmt: str | None) -> None:
    """Export the whole library as JSON (the exchange format), or items as CSV."""
    from .library.io import export_csv, export_json

    path = Path(file)
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "json")
    count = (export_csv if fmt == "csv" else export_json)(app.library(), path)
    click.echo(f"Exported {_count(count, 'item', 'items')} to {path} ({fmt.upper()}).")


@library.command("check")
@data_dir_option
@click.option("--repair", is_flag=True, help="Rebuild the search index if it does not match the items.")
@json_option
@click.pass_obj
def library_check(app: AppContext, repair: bool, as_json: bool) -> None:
    """Check the library's integrity, foreign keys and search index. Exit 1 if anything is wrong."""
    lib = app.library(create=False)
    problems = lib.check()
    repaired = False
    if problems and repair and all(p.startswith("search index") for p in problems):
        lib.rebuild_search_index()
        problems, repaired = lib.check(), True
    if as_json:
        _emit_json({"path": str(lib.path), "ok": not problems, "problems": problems, "repaired": repaired})
    elif not problems:
        click.echo(f"{lib.path}: OK (integrity, foreign keys, search index)" + (" after repair" if repaired else ""))
    else:
        for problem in problems:
            click.echo(f"{lib.path}: {problem}", err=True)
    if problems:
        sys.exit(1)


@library.command("backup")
@data_dir_option
@click.pass_obj
def library_backup(app: AppContext) -> None:
    """Write a consistent copy of the library to its backups folder."""
    target = app.library(create=False).backup()
    click.echo(f"Backed up the library to {target}")


# ------------------------------------------------------------------------------------------ sources
@cli.group()
def sources() -> None:
    """List, show and add the sources that items cite."""


@sources.command("list")
@data_dir_option
@json_option
@click.pass_obj
def sources_list(app: AppContext, as_json: bool) -> None:
    """Every source, by title."""
    rows = app.library().sources()
    if as_json:
        _emit_json(rows)
        return
    width = _width()
    for source in rows:
        click.echo(f"{source.id:>4}  {source.uid:<38} {_clip(source.title, width - 46)}")


@sources.command("show")
@data_dir_option
@click.argument("source_id")
@json_option
@click.pass_obj
def sources_show(app: AppContext, source_id: str, as_json: bool) -> None:
    """One source and how often it is cited."""
    lib = app.library()
    source = lib.source(source_id)
    if as_json:
        _emit_json({"source": source, "cited": lib.source_usage(source.id)})
        return
    click.secho(source.title, bold=True)
    click.echo(source.citation())
    if source.notes:
        click.echo(textwrap.fill(f"Notes: {source.notes}", min(_width(), 100)))
    if source.read_at:
        click.echo(textwrap.fill(f"Read at (not printed): {source.read_at}", min(_width(), 100)))
    if source.confidence:
        click.echo(f"Confidence: {source.confidence}")
    click.echo(f"uid {source.uid}; cited {_count(lib.source_usage(source.id), 'time', 'times')}")


@sources.command("add")
@data_dir_option
@click.option("--uid", help="A short stable name (default: generated).")
@click.option("--title", required=True)
@click.option("--publisher", default="")
@click.option("--date", help="YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--url", default="")
@click.option("--reference", default="", help="Document reference when there is no URL.")
@click.option("--language", default="en", show_default=True)
@click.option("--notes", default="")
@click.option("--read-at", "read_at", default="",
              help="The copy actually read (mirror, transcription, news page) and when; never printed.")
@click.option("--confidence", default="", type=click.Choice(["", "H", "M", "L"]),
              help="H the publisher's document; M through a copy or a secondary work; L partial or derived.")
@json_option
@click.pass_obj
def sources_add(app: AppContext, uid: str | None, as_json: bool, **fields: Any) -> None:
    """Add a source."""
    from .library import SourceDraft

    source, _ = app.library().add_source(SourceDraft(**fields), uid=uid)
    if as_json:
        _emit_json(source)
    else:
        click.echo(f"Added source {source.id} ({source.uid}).")


# ------------------------------------------------------------------------------------------ countries
@cli.group()
def countries() -> None:
    """Country profiles: names, African Union membership and dated, sourced statuses."""


@countries.command("list")
@data_dir_option
@click.option("--au", "au_only", is_flag=True, help="Only African Union member states.")
@click.option("--region", type=click.Choice(["northern", "southern", "eastern", "western", "central"]))
@click.option("--language", default="en", type=click.Choice(["en", "fr", "pt", "ar"]), show_default=True)
@json_option
@click.pass_obj
def countries_list(app: AppContext, au_only: bool, region: str | None, language: str, as_json: bool) -> None:
    """Countries with their codes and AU region."""
    rows = app.library().countries(au_only=au_only or bool(region), language=language)
    if region:
        rows = [c for c in rows if c.au_region == region]
    if as_json:
        _emit_json([{"code": c.code, "alpha2": c.alpha2, "name": c.name(language), "names": c.names,
                     "au_member": c.au_member, "au_region": c.au_region} for c in rows])
        return
    for country in rows:
        au = f"AU {country.au_region}" if country.au_member else ""
        click.echo(f"{country.code}  {country.alpha2}  {country.name(language):<45} {au}")
    click.echo(f"{len(rows)} countr{'y' if len(rows) == 1 else 'ies'}")


@countries.command("show")
@data_dir_option
@click.argument("code")
@click.option("--language", default="en", type=click.Choice(["en", "fr", "pt", "ar"]), show_default=True)
@json_option
@click.pass_obj
def countries_show(app: AppContext, code: str, language: str, as_json: bool) -> None:
    """A country's profile: names, AU membership, statuses with their dates and sources."""
    from .library.vocabulary import AU_REGIONS, STATUS_TOPICS

    lib = app.library()
    country = lib.country(_country_code(lib, code))
    if as_json:
        _emit_json(country)
        return
    click.secho(f"{country.name(language)} ({country.code} / {country.alpha2})", bold=True)
    click.echo("Names: " + "; ".join(f"{k}: {v}" for k, v in country.names.items()))
    if country.au_member:
        click.echo(f"African Union member, {AU_REGIONS.get(country.au_region or '', '?')} region"
                   + (f" (as the {country.au_name})" if country.au_name else ""))
    else:
        click.echo("Not an African Union member state")
    if not country.statuses:
        click.echo("No statuses recorded (unknown).")
    for status in sorted(country.statuses, key=lambda s: (s.topic, s.as_of or "")):
        source = lib.source(status.source_uid)
        click.echo(f"- {STATUS_TOPICS.get(status.topic, status.topic)}: {status.status}, "
                   f"as of {status.as_of or 'date unknown'} [{status.confidence or '-'}] ({source.title})")
        if status.note:
            click.echo(textwrap.fill(status.note, min(_width(), 100), initial_indent="    ", subsequent_indent="    "))
    if country.notes:
        click.echo(f"Notes: {country.notes}")


@countries.command("add-status")
@data_dir_option
@click.argument("code")
@click.option("--topic", required=True, help="e.g. malabo-convention, acrwc, au-participation, or your own.")
@click.option("--status", required=True, help="e.g. ratified, signed, not ratified, suspended.")
@click.option("--source", "source_uid", required=True, help="uid or id of the source.")
@click.option("--as-of", help="YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--note", default="")
@click.option("--confidence", default="", type=click.Choice(["", "H", "M", "L"]))
@click.pass_obj
def countries_add_status(app: AppContext, code: str, topic: str, status: str, source_uid: str, as_of: str | None,
                         note: str, confidence: str) -> None:
    """Record a dated, sourced status for a country."""
    from .library import StatusDraft

    lib = app.library()
    draft = StatusDraft(topic=topic, status=status, source_uid=lib.source(source_uid).uid, as_of=as_of, note=note,
                        confidence=confidence)
    added, _ = lib.add_status(code, draft)
    click.echo(f"Recorded status {added.id} for {added.country_code}: {added.topic} {added.status}.")


@countries.command("note")
@data_dir_option
@click.argument("code")
@click.argument("text")
@click.pass_obj
def countries_note(app: AppContext, code: str, text: str) -> None:
    """Replace a country's free-text notes."""
    country, _ = app.library().set_country_notes(code, text)
    click.echo(f"Saved the notes of {country.name()}.")


# ------------------------------------------------------------------------------------------ packs
def _template_dirs(app: AppContext) -> list[Path]:
    dirs = [app.location().templates_dir]
    if app.settings().extra_templates_folder:
        dirs.append(app.settings().extra_templates_folder)
    return dirs


def _check_also(app: AppContext, spec: Any) -> None:
    """--also with a template that shows one country is an error: the extra countries would vanish silently."""
    from .pack.templates import load_template, load_templates

    if not spec.extra_countries:
        return
    try:
        template = load_template(spec.template, _template_dirs(app))
    except BriefingBuilderError:
        return  # the build reports the unknown template
    if not template.multi_country:
        several = sorted(t.name for t in load_templates(_template_dirs(app)).values() if t.multi_country)
        raise click.ClickException(
            f"--also {' '.join(spec.extra_countries)}: the template {template.name!r} shows one country; only "
            f"{', '.join(several) or 'a template with multi_country = true'} shows countries side by side. "
            "Nothing was written.")


class _OrConfigured(click.Choice):
    """One of the choices, or "" (the option's default: the configured value); an error lists only the choices."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        return "" if value == "" else super().convert(value, param, ctx)


# build's options and the PackSpec fields they set; with --spec, the file's value stands unless the option is given
_SPEC_OPTIONS = {"template_name": "template", "country": "country", "also": "extra_countries",
                 "recipient": "recipient", "office": "office", "event": "event", "date_": "date",
                 "language": "language", "classification": "classification", "paper": "paper"}


def _given(ctx: click.Context, name: str) -> bool:
    """Whether the option was given (on the command line or in the environment), not left at its default."""
    from click.core import ParameterSource

    return ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)


def _build_spec(ctx: click.Context, app: AppContext, spec_file: str | None) -> Any:
    """The pack spec `build` asks for: the --spec file's values, each replaced only by an option actually given;
    without a file, the options (and the configured language). --template and --country are required only when
    no file names them. A fault in the file is one line per problem naming the file and the field."""
    from .pack.spec import PackSpec
    from .pack.spec_file import in_spec_file, read_spec_file

    params = ctx.params
    raw, base = read_spec_file(Path(spec_file)) if spec_file else ({}, None)
    for name, option in (("template_name", "--template"), ("country", "--country")):
        field = _SPEC_OPTIONS[name]
        value = raw.get(field)  # a value of the wrong type is left to the file's problems, which name it
        if not _given(ctx, name) and (value is None or isinstance(value, str) and not value.strip()):
            param = next(p for p in ctx.command.params if p.name == name)
            raise click.MissingParameter(ctx=ctx, param=param, message="Give it, or a --spec file that names it."
                                         if not spec_file else f"The spec file {spec_file} names none.")
    lib = app.library()
    values: dict[str, Any] = {}
    for name, field in _SPEC_OPTIONS.items():
        if base is None or _given(ctx, name):
            values[field] = params[name]
    if "country" in values:
        values["country"] = _country_code(lib, values["country"])
    if "extra_countries" in values:
        values["extra_countries"] = tuple(_country_code(lib, c) for c in values["extra_countries"])
    if not values.get("language") and (base is None or "language" in values or "language" not in raw):
        values["language"] = app.settings().language  # neither the option nor the file chooses: the configured one
    if base is None:
        return PackSpec(**values)
    spec = dataclasses.replace(base, **values)
    if "country" not in values and isinstance(spec.country, str) and spec.country.strip():
        spec = dataclasses.replace(spec, country=_country_code(lib, spec.country))
    if "extra_countries" not in values:
        spec = dataclasses.replace(spec, extra_countries=tuple(_country_code(lib, c) for c in spec.extra_countries))
    from .pack.brief_sections import attendee_problems

    def is_person(uid: str) -> bool:
        try:
            lib.person(uid)
        except BriefingBuilderError:
            return False
        return True

    from_file = [p for p in spec.problems() if not (p.where == "pack" and p.field in values)]
    if not from_file:
        from_file = attendee_problems(spec.meeting, is_person)
    if from_file:
        raise in_spec_file(Path(spec_file), from_file)  # type: ignore[arg-type]
    return spec


@cli.command()
@data_dir_option
@click.option("--template", "template_name", default="",
              help="Template name (see 'templates list'); required unless the --spec file names one.")
@click.option("--country", default="",
              help="The counterpart country: ISO code such as ETH or ET; required unless the --spec file names one.")
@click.option("--also", "also", multiple=True, help="More countries, side by side (country-profile template).")
@click.option("--recipient", default="", help="Who the pack is for, e.g. 'Hon. A. Minister'.")
@click.option("--office", default="", help="The recipient's office.")
@click.option("--event", default="", help="The meeting or summit.")
@click.option("--date", "date_", default="", help="Date of the meeting, YYYY-MM-DD (default: today).")
@click.option("--language", default="", type=_OrConfigured(["en", "fr", "pt", "ar"]),
              help="Language of the pack's headings and labels (default: from the configuration).")
@click.option("--classification", default="", help="Marking; the pack is never marked lower than its items.")
@click.option("--paper", default="", type=_OrConfigured(["a4", "letter"]), help="Default: from the configuration.")
@click.option("--format", "formats", default="docx,pdf", show_default=True, help="Comma-separated: docx, pdf.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--name", default=None, help="File name without extension (default: template-country-date).")
@click.option("--overwrite", is_flag=True,
              help="Replace the pack's existing files of that name (without it, an existing file is an error).")
@click.option("--spec", "spec_file", type=click.Path(exists=True, dir_okay=False),
              help="A saved pack specification (JSON, e.g. a manifest's 'spec') to start from; its values stand "
                   "unless the option is given.")
@click.pass_context
def build(ctx: click.Context, template_name: str, country: str, also: tuple[str, ...], recipient: str, office: str,
          event: str, date_: str, language: str, classification: str, paper: str, formats: str, out_dir: str,
          name: str | None, overwrite: bool, spec_file: str | None) -> None:
    """Build a briefing pack as Word and/or PDF, with a manifest (JSON) beside it.

    The files land as one set: a killed or failed build leaves the old files of that name as they were. Existing
    files of the pack are replaced only with --overwrite; without it the command stops before writing anything.
    """
    from .build import build as run_build
    from .build import default_basename
    from .output_set import OutputExists, existing_outputs
    from .pack.spec import PackSpec

    app: AppContext = ctx.obj
    settings = app.settings()
    spec = _build_spec(ctx, app, spec_file)
    _check_also(app, spec)
    if spec.classification and spec.classification not in settings.allowed_markings:
        raise click.ClickException(f"The marking {spec.classification!r} is not one of the configured markings: "
                                   f"{', '.join(settings.allowed_markings)}.")
    wanted = tuple(f.strip().lower() for f in formats.split(",") if f.strip())
    if not overwrite and (taken := existing_outputs(Path(out_dir), name or default_basename(spec), wanted)):
        raise click.ClickException(f"{taken[0]} already exists; add --overwrite to replace the pack's files "
                                   f"({', '.join(p.name for p in taken)}). Nothing was written.")
    lib = app.library()
    bar = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=100, label="Building", file=sys.stderr)
        bar.__enter__()

    def progress(done: int, total: int, _what: str) -> None:
        if bar is not None and total:
            bar.update(max(0, int(done * 100 / total) - bar.pos))

    try:
        Path(out_dir).mkdir(parents=True, exist_ok=True)  # like any "save to" on the command line
        result = run_build(lib, spec, Path(out_dir), formats=wanted, settings=settings,
                           extra_template_dirs=_template_dirs(app), basename=name, progress=progress,
                           overwrite=overwrite)
    except OutputExists as exc:  # appeared while building (another export into the same folder)
        raise click.ClickException(f"{exc} Add --overwrite to replace it.") from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for path in result.files:
        click.echo(f"Wrote {path}")
    click.echo(f"Wrote {result.manifest}")
    click.echo(f"Marked {result.pack.classification}; {len(result.pack.manifest['items'])} items from "
               f"{len(result.pack.sources)} sources.")
    for warning in result.warnings:
        click.echo(f"Warning: {warning.message}", err=True)


@cli.group()
def templates() -> None:
    """The pack templates available (bundled, in the data folder, and the configured folder)."""


@templates.command("list")
@data_dir_option
@json_option
@click.pass_obj
def templates_list(app: AppContext, as_json: bool) -> None:
    """Every template, with its title."""
    from .pack.templates import load_templates

    found = load_templates(_template_dirs(app))
    if as_json:
        _emit_json([{"name": t.name, "title": t.title_in("en"), "version": t.version, "path": t.path,
                     "sections": [s.id for s in t.sections]} for t in found.values()])
        return
    for template in found.values():
        click.echo(f"{template.name:<22} {template.title_in('en')}")


@templates.command("show")
@data_dir_option
@click.argument("name")
@click.pass_obj
def templates_show(app: AppContext, name: str) -> None:
    """A template's sections and what each selects."""
    from .pack.templates import load_template

    template = load_template(name, _template_dirs(app))
    click.secho(f"{template.title_in('en')} ({template.name}, version {template.version})", bold=True)
    if template.description_in("en"):
        click.echo(textwrap.fill(template.description_in("en"), min(_width(), 100)))
    click.echo(f"File: {template.path}")
    from .pack.select import holds_items

    for number, section in enumerate(template.sections, 1):
        rule = "" if holds_items(section) else "  (no library items)"
        if section.select:
            parts = [f"{k}={', '.join(v)}" for k, v in (("kinds", section.select.kinds), ("tags", section.select.tags),
                                                        ("with tags", section.select.with_tags),
                                                        ("frameworks", section.select.frameworks),
                                                        ("scope", section.select.scope)) if v]
            rule = "  [" + "; ".join(parts) + "]"
        click.echo(f"{number:>2}. {section.heading_in('en'):<45} {section.kind}{rule}")


# ------------------------------------------------------------------------------------------ configuration
@cli.group()
def config() -> None:
    """The configuration in force: IT's files, the user's settings, the data folder (see docs/configuration.md)."""


@config.command("show")
@data_dir_option
@json_option
@click.pass_obj
def config_show(app: AppContext, as_json: bool) -> None:
    """Every setting's value and the file it comes from, the files read, and where the library lives."""
    from .settings import effective_values

    settings = app.settings()
    location = app.location()
    values = effective_values(settings)
    user_file = settings.user_file
    if as_json:
        _emit_json({"files": settings.files, "user_file": user_file, "data_folder": location.folder,
                    "data_folder_reason": location.reason, "locked": settings.locked, "ignored": settings.ignored,
                    "settings": {name: {"value": value, "from": settings.origins.get(name, "default")}
                                 for name, value in values.items()}})
        return
    click.echo("Files read, lowest first:" if settings.files else "No configuration file found: defaults apply.")
    for path in settings.files:
        click.echo(f"  {path}")
    click.echo(f"User settings file: {user_file}")
    click.echo(f"Library: {location.library_path} ({location.reason})")
    click.echo("")
    for name, value in values.items():
        shown = ", ".join(sorted(value) if isinstance(value, frozenset) else value) \
            if isinstance(value, (tuple, frozenset)) else ("" if value is None else str(value))
        origin = settings.origins.get(name, "default")
        flags = " [locked]" if name in settings.locked else ""
        flags += " [your value is ignored: locked]" if name in settings.ignored else ""
        click.echo(f"{name:<24} {_clip(shown or '-', 50):<50}  {origin}{flags}")


@config.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--user", "for_user", is_flag=True, help="Check it as a user's settings.toml (IT-only settings refused).")
def config_check(file: str, for_user: bool) -> None:
    """Check a configuration file before deploying it; exit 1 with the problem if it would be refused."""
    from .settings import check_file

    found = check_file(Path(file), for_user=for_user)
    click.echo(f"{file}: OK, {_count(len(found), 'setting', 'settings')}: {', '.join(found) or 'none'}.")


from .cli_translations import add_translation_commands  # noqa: E402 - needs the names above (issue 11)

add_translation_commands(library)

from .cli_people import add_people_commands  # noqa: E402 - needs the names above (issue 12)

add_people_commands(library)


def main() -> None:
    """Console-script entry point."""
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled executable is also the export processes' interpreter
    cli(prog_name="briefing-builder")

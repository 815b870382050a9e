"""`briefing-builder library people list | show | add | edit | photo | delete` (issue 12).

Kept apart from cli.py (as cli_translations.py is); cli.py registers the group with `add_people_commands`.
Errors are the library's own (`ValidationError` naming the person and the field), printed by the command group
as one line with exit code 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


def _pairs(values: tuple[str, ...], option: str) -> tuple[tuple[str, str], ...]:
    out = []
    for value in values:
        language, sep, name = value.partition("=")
        if not sep:
            raise click.BadParameter(f"{value[:40]!r} must be LANGUAGE=NAME, e.g. ar=...", param_hint=option)
        out.append((language.strip(), name.strip()))
    return tuple(out)


def _bio(lines: tuple[str, ...], sources: tuple[str, ...], dates: tuple[str, ...], locators: tuple[str, ...]
         ) -> tuple[Any, ...]:
    """Biography lines from repeated --bio, each with the --bio-source / --bio-as-of at its position (one given
    once applies to every line)."""
    from .library import BioLine

    def at(values: tuple[str, ...], n: int, option: str) -> str | None:
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        if len(values) != len(lines):
            raise click.BadParameter(f"give it once, or once per --bio ({len(lines)})", param_hint=option)
        return values[n]

    return tuple(BioLine(text, at(sources, n, "--bio-source") or "", at(dates, n, "--bio-as-of"),
                         at(locators, n, "--bio-locator") or "") for n, text in enumerate(lines))


def _person_options(for_edit: bool):  # type: ignore[no-untyped-def]
    def wrap(function):  # type: ignore[no-untyped-def]
        options = [
            click.option("--name", required=not for_edit, help="The name as printed, in Latin script."),
            click.option("--honorific", help="e.g. H.E., Dr, Hon."),
            click.option("--role", help="e.g. Minister of Foreign Affairs."),
            click.option("--organisation", help="The ministry or organisation."),
            click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. ETH (empty: an international body)."),
            click.option("--name-in", "names", multiple=True, help="The name in another script: LANGUAGE=NAME "
                                                                   "(repeatable), e.g. am=..."),
            click.option("--bio", multiple=True, help="A biography line (repeatable); each needs a source and a "
                                                      "date."),
            click.option("--bio-source", multiple=True, help="The uid of the source of each --bio line."),
            click.option("--bio-as-of", multiple=True, help="As of when each --bio line was true (YYYY[-MM[-DD]])."),
            click.option("--bio-locator", multiple=True, help="Page or paragraph of each --bio line's source."),
            click.option("--pronunciation", help="How to say the name, e.g. ah-BEH-beh."),
            click.option("--language", "languages", multiple=True, help="A language spoken (repeatable), e.g. am."),
            click.option("--as-of", help="When the role was last checked."),
            click.option("--review-by", help="When to check again (YYYY-MM-DD); packs warn after it."),
            click.option("--confidence", type=click.Choice(["", "H", "M", "L"])),
            click.option("--notes", help="Editorial notes (never printed)."),
            click.option("--photo", type=click.Path(exists=True, dir_okay=False), help="A PNG or JPEG photo."),
            click.option("--photo-alt", default="", help="The photo's alternative text (default: name, role)."),
        ]
        for option in reversed(options):
            function = option(function)
        return function
    return wrap


def _print_person(person: Any, photo: dict[str, Any] | None) -> None:
    click.secho(f"{person.display_name()}  [{person.uid}]  revision {person.revision}", bold=True)
    for label, value in (("role", person.role), ("organisation", person.organisation),
                         ("country", person.country), ("pronunciation", person.pronunciation),
                         ("languages", ", ".join(person.languages)), ("as of", person.as_of or ""),
                         ("review by", person.review_by or ""), ("confidence", person.confidence),
                         ("notes", person.notes)):
        if value:
            click.echo(f"  {label}: {value}")
    for language, name in person.names:
        click.echo(f"  name [{language}]: {name}")
    for line in person.bio:
        where = f", {line.locator}" if line.locator else ""
        click.echo(f"  - {line.text} ({line.source_uid}{where}, as of {line.as_of})")
    if photo:
        click.echo(f"  photo: {photo['mime']} {photo['width']}×{photo['height']}, {photo['bytes']:,} bytes"
                   f"{', alt: ' + photo['alt'] if photo['alt'] else ''}")


def add_people_commands(library: click.Group) -> None:
    """Register `library people ...` on the `library` group."""
    from .cli import AppContext, _emit_json, data_dir_option, json_option

    @library.group("people")
    def people() -> None:
        """Interlocutors and officials: list, show, add, edit, set a photo, delete."""

    @people.command("list")
    @data_dir_option
    @click.argument("query", nargs=-1)
    @click.option("--country", help="Only people of this country (alpha-3 code).")
    @click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
    @json_option
    @click.pass_obj
    def people_list(app: AppContext, query: tuple[str, ...], country: str | None, limit: int, as_json: bool) -> None:
        """List people, or those whose names (any script), role or organisation match QUERY."""
        lib = app.library()
        found = lib.search_people(" ".join(query), limit) if query else lib.people(country=country)[:limit]
        if country and query:
            found = [p for p in found if p.country == country.upper()]
        if as_json:
            _emit_json(found)
            return
        for person in found:
            stale = "  (review due)" if person.is_stale() else ""
            click.echo(f"{person.uid:<28} {person.display_name()[:36]:<36} {person.role[:40]:<40} "
                       f"{person.country or '-':<4}{' photo' if person.has_photo else ''}{stale}")
        click.echo(f"{len(found)} {'person' if len(found) == 1 else 'people'}.")

    @people.command("show")
    @data_dir_option
    @click.argument("key")
    @json_option
    @click.pass_obj
    def people_show(app: AppContext, key: str, as_json: bool) -> None:
        """Show one person (by uid or id), with their biography and photo details."""
        from .library.people import photo_details

        lib = app.library()
        person = lib.person(key)
        photo = photo_details(lib, person.id) if person.has_photo else None
        if as_json:
            _emit_json({"person": person, "photo": photo})
        else:
            _print_person(person, photo)

    @people.command("add")
    @data_dir_option
    @_person_options(for_edit=False)
    @click.option("--uid", help="A stable id (default: generated).")
    @json_option
    @click.pass_obj
    def people_add(app: AppContext, uid: str | None, photo: str | None, photo_alt: str, as_json: bool,
                   **options: Any) -> None:
        """Add a person; every biography line needs --bio-source and --bio-as-of."""
        from .library import PersonDraft

        draft = PersonDraft(**_draft_values(options, None))
        data = Path(photo).read_bytes() if photo else None
        person, _ = app.library().add_person(draft, uid, data, photo_alt)
        if as_json:
            _emit_json(person)
        else:
            click.echo(f"Added {person.display_name()} ({person.uid}).")

    @people.command("edit")
    @data_dir_option
    @click.argument("key")
    @_person_options(for_edit=True)
    @json_option
    @click.pass_obj
    def people_edit(app: AppContext, key: str, photo: str | None, photo_alt: str, as_json: bool,
                    **options: Any) -> None:
        """Change the fields given; --bio replaces the whole biography."""
        from .library import PersonDraft

        lib = app.library()
        current = lib.person(key)
        person, changes = lib.update_person(current.id, PersonDraft(**_draft_values(options, current)),
                                            expected_revision=current.revision)
        if photo:
            person, photo_changes = lib.set_person_photo(person.id, Path(photo).read_bytes(), photo_alt)
            changes = changes | photo_changes
        if as_json:
            _emit_json(person)
        else:
            click.echo(f"Saved {person.display_name()} (revision {person.revision})." if changes
                       else f"{person.display_name()} is unchanged.")

    @people.command("photo")
    @data_dir_option
    @click.argument("key")
    @click.argument("file", required=False, type=click.Path(dir_okay=False))
    @click.option("--alt", default="", help="Alternative text (default: the name and role).")
    @click.option("--remove", is_flag=True, help="Remove the photo.")
    @click.option("--save", "save_to", type=click.Path(dir_okay=False), help="Write the stored photo to this file.")
    @click.pass_obj
    def people_photo(app: AppContext, key: str, file: str | None, alt: str, remove: bool, save_to: str | None
                     ) -> None:
        """Set a person's photo from a PNG or JPEG FILE (checked, downscaled, metadata removed), --remove it, or
        --save the stored one."""
        from .errors import LibraryError

        lib = app.library()
        if save_to:
            data = lib.person_photo(key)
            if data is None:
                raise LibraryError(f"{lib.person(key).display_name()} has no photo.")
            Path(save_to).write_bytes(data)
            click.echo(f"Wrote {len(data):,} bytes to {save_to}.")
            return
        if remove == bool(file):
            raise click.UsageError("Give a FILE, or --remove.")
        if remove:
            person, _ = lib.set_person_photo(key, None)
            click.echo(f"Removed the photo of {person.display_name()}.")
            return
        try:
            data = Path(file).read_bytes()  # type: ignore[arg-type]
        except OSError as exc:
            raise LibraryError(f"Cannot read {file}: {exc.strerror or exc}.") from exc
        person, _ = lib.set_person_photo(key, data, alt)
        from .library.people import photo_details

        details = photo_details(lib, person.id) or {}
        click.echo(f"Saved the photo of {person.display_name()}: {details.get('mime')} "
                   f"{details.get('width')}×{details.get('height')}, {details.get('bytes', 0):,} bytes.")

    @people.command("delete")
    @data_dir_option
    @click.argument("key")
    @click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
    @click.pass_obj
    def people_delete(app: AppContext, key: str, yes: bool) -> None:
        """Delete a person, with their biography and photo."""
        lib = app.library()
        person = lib.person(key)
        if not yes:
            click.confirm(f"Delete {person.display_name()} ({person.uid})?", abort=True)
        lib.delete_person(person.id)
        click.echo(f"Deleted {person.display_name()}.")


def _draft_values(options: dict[str, Any], current: Any) -> dict[str, Any]:
    """PersonDraft fields from the options; for an edit, those not given keep the current values."""
    values: dict[str, Any] = {} if current is None else {
        k: getattr(current, k) for k in ("name", "honorific", "role", "organisation", "country", "names", "bio",
                                         "pronunciation", "languages", "as_of", "review_by", "confidence", "notes")}
    for key in ("name", "honorific", "role", "organisation", "pronunciation", "as_of", "review_by", "confidence",
                "notes"):
        if options.get(key) is not None:
            values[key] = options[key]
    if options.get("country") is not None:
        values["country"] = options["country"].strip().upper()
    if options.get("names"):
        values["names"] = _pairs(options["names"], "--name-in")
    if options.get("languages"):
        values["languages"] = tuple(options["languages"])
    if options.get("bio"):
        values["bio"] = _bio(options["bio"], options["bio_source"], options["bio_as_of"], options["bio_locator"])
    elif options.get("bio_source") or options.get("bio_as_of"):
        raise click.BadParameter("is only used with --bio", param_hint="--bio-source/--bio-as-of")
    return values


__all__ = ["add_people_commands"]

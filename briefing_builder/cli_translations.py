"""`briefing-builder library translate | translations | untranslate | missing-translations` (issue 11).

Kept apart from cli.py so the translation commands can grow without touching every other command; cli.py
registers them on its `library` group with `add_translation_commands`. Errors are the library's own
(`ValidationError` naming record and field), which the command group prints as one line with exit code 1.
"""

from __future__ import annotations

from typing import Any

import click

RECORDS = ("item", "source", "country", "status")
TEXT_OPTIONS = ("title", "body", "locator", "publisher", "reference", "notes", "au_name", "note")


def add_translation_commands(library: click.Group) -> None:
    """Register the commands on the `library` group."""
    from .cli import AppContext, _emit_json, data_dir_option, json_option

    @library.command("translate")
    @data_dir_option
    @click.argument("record", type=click.Choice(RECORDS))
    @click.argument("key")
    @click.option("--language", required=True, help="The version's language, e.g. fr, pt or ar.")
    @click.option("--title", help="Item or source: the title in that language.")
    @click.option("--body", help="Item: the body in that language.")
    @click.option("--locator", help="Item: the locator (paragraph, page) in that language.")
    @click.option("--publisher", help="Source: the publisher's name in that language.")
    @click.option("--reference", help="Source: the document reference in that language.")
    @click.option("--notes", help="Country: the notes in that language.")
    @click.option("--au-name", "au_name", help="Country: the AU's name for it in that language.")
    @click.option("--note", help="Status: the note in that language.")
    @click.option("--official", is_flag=True, help="The source itself publishes this version (default: unofficial).")
    @click.option("--translator", default="", help="Who translated it (required for an unofficial version).")
    @click.option("--date", "translated_on", help="When it was translated or published: YYYY-MM-DD, YYYY-MM or YYYY.")
    @json_option
    @click.pass_obj
    def library_translate(app: AppContext, record: str, key: str, language: str, official: bool, translator: str,
                          translated_on: str | None, as_json: bool, **texts: Any) -> None:
        """Set the version of an item, source, country or status (by uid; a country by code) in a language.

        Only the fields given are set; a field left out shows the original, marked as such, in packs.
        Example: library translate item summit2019-delegates --language fr --title "..." --translator "Editors"
        --date 2026-12-02
        """
        from .library import TranslationDraft

        draft = TranslationDraft(language=language, texts=tuple((k, v) for k, v in texts.items() if v),
                                 provenance="official" if official else "unofficial", translator=translator,
                                 translated_on=translated_on)
        version, changes = app.library().set_translation(record, key, draft)
        if as_json:
            _emit_json(version)
        elif changes:
            click.echo(f"Saved the {language} version of {record} {version.key} (revision {version.revision}).")
        else:
            click.echo(f"The {language} version of {record} {version.key} is unchanged.")

    @library.command("untranslate")
    @data_dir_option
    @click.argument("record", type=click.Choice(RECORDS))
    @click.argument("key")
    @click.option("--language", required=True, help="The language of the version to remove.")
    @click.pass_obj
    def library_untranslate(app: AppContext, record: str, key: str, language: str) -> None:
        """Remove a record's version in a language."""
        app.library().delete_translation(record, key, language)
        click.echo(f"Removed the {language} version of {record} {key}.")

    @library.command("translations")
    @data_dir_option
    @click.argument("record", type=click.Choice(RECORDS))
    @click.argument("key")
    @json_option
    @click.pass_obj
    def library_translations(app: AppContext, record: str, key: str, as_json: bool) -> None:
        """Show every version of one record in other languages, with its provenance."""
        versions = app.library().translations(record, key)
        if as_json:
            _emit_json(versions)
            return
        if not versions:
            click.echo(f"{record} {key} has no versions in other languages.")
        for version in versions:
            who = ("official" if version.provenance == "official" else
                   f"unofficial, {version.translator or 'translator unknown'}")
            click.secho(f"[{version.language}] {who}, {version.translated_on or 'undated'}, "
                        f"revision {version.revision}", bold=True)
            for name, text in version.texts:
                click.echo(f"  {name}: {text}")

    @library.command("missing-translations")
    @data_dir_option
    @click.option("--language", required=True, help="The language to check, e.g. fr.")
    @click.option("--record", type=click.Choice(RECORDS), help="Only records of this kind.")
    @json_option
    @click.pass_obj
    def library_missing_translations(app: AppContext, language: str, record: str | None, as_json: bool) -> None:
        """List what has text with no version in a language (exit 0 either way; --json for tools)."""
        missing = app.library().missing_translations(language, record)
        if as_json:
            _emit_json(missing)
            return
        for gap in missing:
            click.echo(f"{gap.record:<8} {gap.key:<40} {', '.join(gap.fields):<24} {gap.label[:60]}")
        click.echo(f"{len(missing)} {'record' if len(missing) == 1 else 'records'} with text missing in {language}.")


__all__ = ["add_translation_commands"]

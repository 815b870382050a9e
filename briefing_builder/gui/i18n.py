"""The interface's language: Qt translators for the app and for Qt's own dialogs, the locale for dates and
numbers, and the layout direction (Arabic runs right to left).

Contract:
- `interface_language(settings)` is the language the interface shows: the `interface.language` setting (the
  environment variable `BRIEFING_BUILDER_LANGUAGE` already applied by `settings.load_settings`), else the system
  locale's language when it is one of ours, else English.
- `install(app, language)` replaces any translators an earlier call installed (tests build several windows in one
  process), loads `resources/i18n/briefing_builder_<lang>.qm` and Qt's `qtbase_<lang>.qm` (Portuguese: `qtbase_pt`
  or else `qtbase_pt_BR`, the only one Qt ships), sets the default QLocale and the layout direction. Call it before
  the first widget is built: texts are translated when widgets are made (a change takes effect on restart).

Developers: `python -m briefing_builder.gui.i18n update` reruns `pyside6-lupdate` over the package (the .ts files keep
their translations; vanished sources are dropped) and `pyside6-lrelease` into the .qm files that are committed;
`python -m briefing_builder.gui.i18n check` exits 1 when a .ts has an unfinished entry or a .qm is stale;
`python -m briefing_builder.gui.i18n fill FILE.json` runs update, then writes the translations a JSON file gives
(`{"fr": {"Context": {"English source": "traduction", "%Ln things": ["forme 1", "forme 2"]}}, "en": …}`, a list for a
plural's forms in the language's order) and compiles again: translations kept beside a branch survive a merge of
the generated .ts files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from .. import paths
from ..settings import INTERFACE_LANGUAGES, Settings

DOMAIN = "briefing_builder"
TRANSLATED = ("fr", "pt", "ar")
# English is the source language; its catalogue holds only the plural forms ("%n backup(s)" -> "1 backup").
CATALOGUES = ("en",) + TRANSLATED
RIGHT_TO_LEFT = frozenset({"ar"})
# The locale dates and numbers follow: the norms the pack labels use (European Portuguese, not Brazilian; Modern
# Standard Arabic, ar_001, with the digits 0-9 the packs print, as Babel's "ar" does, not Egypt's ٠-٩).
LOCALE_NAMES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "ar": "ar_001"}
# The catalogues' own language tags (what lupdate writes in each .ts; plural rules follow the language).
TS_LANGUAGES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "ar": "ar_EG"}
# Qt ships no qtbase_pt: Brazilian Portuguese is the closest for standard buttons ("Cancelar", "Guardar"...).
QT_FALLBACKS = {"pt": ("pt", "pt_BR")}

# Dates as each language writes them in running text (Portuguese: "12 de dezembro de 2019"), as the packs do.
DATE_PATTERNS = {"pt": ("d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy")}
DEFAULT_DATE_PATTERNS = ("d MMMM yyyy", "MMMM yyyy")

_installed: list[QTranslator] = []
_current = {"language": "en"}


def current_language() -> str:
    """The language `install` last set (English before any call)."""
    return _current["language"]


def i18n_dir() -> Path:
    """The folder of our .ts and .qm files (inside the bundle when frozen)."""
    return paths.resource_path("i18n")


def qt_translations_dir() -> Path:
    """Where Qt's own qtbase_*.qm are: copied to resources/i18n/qt in the bundle, PySide6's folder from source."""
    bundled = paths.resource_path("i18n", "qt")
    if paths.is_frozen() or not Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).is_dir():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_catalogue(language: str, folder: Path | None = None) -> Path | None:
    """Qt's own catalogue for `language` (qtbase_<lang>.qm, with the fallbacks above), or None."""
    folder = qt_translations_dir() if folder is None else folder
    for name in QT_FALLBACKS.get(language, (language,)):
        candidate = folder / f"qtbase_{name}.qm"
        if candidate.is_file():
            return candidate
    return None


def system_language() -> str:
    """The system locale's language if the interface has it, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in INTERFACE_LANGUAGES else "en"


def interface_language(settings: Settings) -> str:
    return settings.interface_language or system_language()


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the interface into `language` (see the module's contract); returns the translators installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALE_NAMES.get(language, "en_GB")))
    _current["language"] = language
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"{DOMAIN}_{language if language in CATALOGUES else 'en'}.qm")):
        _installed.append(ours)
    if language in TRANSLATED:
        qt_file = qt_catalogue(language)
        qt_own = QTranslator(app)
        if qt_file is not None and qt_own.load(str(qt_file)):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (a bare QCoreApplication has no layout)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
                               else Qt.LayoutDirection.LeftToRight)
    return list(_installed)


def format_number(value: int | float) -> str:
    """A number as the interface language writes it (digit grouping, and digits, of the default QLocale)."""
    return QLocale().toString(value)


def format_date(iso: str | None) -> str:
    """An ISO date ("2019-12-12", "2020-02" or "2019") in the interface language; other text unchanged."""
    from PySide6.QtCore import QDate

    if not iso:
        return ""
    locale = QLocale()
    day_pattern, month_pattern = DATE_PATTERNS.get(current_language(), DEFAULT_DATE_PATTERNS)
    if len(iso) == 10:
        date = QDate.fromString(iso, Qt.DateFormat.ISODate)
        if date.isValid():
            return locale.toString(date, day_pattern)
    if len(iso) == 7:
        date = QDate.fromString(iso + "-01", Qt.DateFormat.ISODate)
        if date.isValid():
            return locale.toString(date, month_pattern)
    if len(iso) == 4 and iso.isdigit():
        return locale.toString(QDate(int(iso), 1, 1), "yyyy")
    return iso


def format_timestamp(iso: str | None) -> str:
    """An ISO timestamp ("2026-01-02T10:11:12", with or without a zone) as a short date and time; else unchanged."""
    from PySide6.QtCore import QDateTime

    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        moment = QDateTime.fromString(iso.replace(" ", "T"), Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat) if moment.isValid() else iso


def format_moment(moment) -> str:
    """A `datetime` as a short date and time in the interface language."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    value = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


# --- developers: keep the catalogues current ------------------------------------------------------------------

def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6: pip install PySide6)")
    return found


def sources() -> list[Path]:
    """The Python files lupdate reads: every module of the app. The GUI's strings, and the core's messages
    (`messages.translate`, the same call shape, so lupdate finds them too; `gui/core_text.py` shows them)."""
    package = Path(__file__).resolve().parent.parent
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (i18n_dir() if folder is None else folder) / f"{DOMAIN}_{language}.ts"


def update(folder: Path | None = None) -> None:
    """lupdate (keeping translations, dropping vanished sources) then lrelease, for every language."""
    folder = i18n_dir() if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    root = paths.project_root()
    files = [str(p.relative_to(root)) for p in sources()]
    for language in CATALOGUES:
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *plural_only,
                        "-target-language", TS_LANGUAGES[language], *files,
                        "-ts", str(ts_file(language, folder))], check=True, cwd=root)
        release(language, folder, folder)


def release(language: str, ts_folder: Path, qm_folder: Path) -> Path:
    """Compile one .ts into a .qm in `qm_folder`; returns the .qm."""
    target = qm_folder / f"{DOMAIN}_{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file(language, ts_folder)), "-qm", str(target)],
                   check=True)
    return target


def problems(folder: Path | None = None) -> list[str]:
    """What keeps the catalogues from being current: unfinished or obsolete entries, a stale .qm, sources
    missing from a .ts or entries whose source vanished. Empty when all is well."""
    import xml.etree.ElementTree as ET

    folder = i18n_dir() if folder is None else folder
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bb-i18n-") as scratch:
        fresh_dir = Path(scratch)
        root = paths.project_root()
        files = [str(p.relative_to(root)) for p in sources()]
        fresh_ts = fresh_dir / "fresh.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", *files, "-ts", str(fresh_ts)],
                       check=True, cwd=root)
        messages = [(c.findtext("name"), m.findtext("source"), m.findtext("comment"), m.get("numerus") == "yes")
                    for c in ET.parse(fresh_ts).getroot().iter("context") for m in c.iter("message")]
        for language in CATALOGUES:
            wanted = {(c, s, k) for c, s, k, plural in messages if plural or language != "en"}
            path = ts_file(language, folder)
            if not path.is_file():
                found.append(f"{path.name}: missing")
                continue
            have = set()
            for context in ET.parse(path).getroot().iter("context"):
                for message in context.iter("message"):
                    key = (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
                    have.add(key)
                    kind = message.find("translation").get("type")
                    if kind in ("unfinished", "obsolete", "vanished"):
                        found.append(f"{path.name}: {kind} {key[0]}: {key[1]!r}")
            found += [f"{path.name}: not yet in the catalogue {c}: {s!r}" for c, s, _ in sorted(wanted - have)]
            found += [f"{path.name}: no longer in the code {c}: {s!r}" for c, s, _ in sorted(have - wanted)]
            compiled = release(language, folder, fresh_dir)
            committed = folder / compiled.name
            if not committed.is_file() or committed.read_bytes() != compiled.read_bytes():
                found.append(f"{committed.name}: not compiled from the current {path.name} (run update)")
    return found


def fill(translations: dict[str, dict[str, dict[str, str | list[str]]]], folder: Path | None = None) -> list[str]:
    """Write `translations` ({language: {context: {source: text or [plural forms]}}}) into the .ts files (after an
    update, so every source is there), then compile them. Returns the sources the catalogues do not hold."""
    import xml.etree.ElementTree as ET

    folder = i18n_dir() if folder is None else folder
    update(folder)
    missing: list[str] = []
    for language, contexts in translations.items():
        path = ts_file(language, folder)
        tree = ET.parse(path)
        found = {(c.findtext("name"), m.findtext("source")): m for c in tree.getroot().iter("context")
                 for m in c.iter("message")}
        for context, entries in contexts.items():
            for source, value in entries.items():
                message = found.get((context, source))
                if message is None:
                    missing.append(f"{language} {context}: {source!r}")
                    continue
                translation = message.find("translation")
                for child in list(translation):
                    translation.remove(child)
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in ([value] if isinstance(value, str) else value):
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
        tree.write(path, encoding="utf-8", xml_declaration=True)
    update(folder)  # lupdate rewrites each .ts in its own layout; lrelease compiles them
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Keep the interface's translations current.")
    parser.add_argument("command", choices=("update", "check", "fill"),
                        help="update: lupdate + lrelease; check: exit 1 if a catalogue is unfinished or stale; "
                             "fill FILE.json: write translations, then update")
    parser.add_argument("file", nargs="?", help="fill: the JSON file of translations")
    args = parser.parse_args(argv)
    if args.command == "fill":
        import json

        if not args.file:
            parser.error("fill needs the JSON file of translations")
        missing = fill(json.loads(Path(args.file).read_text(encoding="utf-8")))
        for line in missing:
            print(f"not in the catalogues (is the source written exactly so?): {line}")
        return 1 if missing else 0
    if args.command == "update":
        update()
        print(f"updated {', '.join(str(ts_file(lang)) for lang in CATALOGUES)} and their .qm")
        return 0
    found = problems()
    for line in found:
        print(line)
    print("catalogues current" if not found else f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

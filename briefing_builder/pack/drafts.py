"""Pack drafts: the user's choices for a pack, saved as JSON in the data folder's `drafts/` as they change.

Each save is atomic (a temporary file, flushed to disk, then renamed), so a crash or power cut loses at most
the changes made since the last save, and never corrupts a draft.
"""

from __future__ import annotations

import datetime as _dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write
from ..errors import BriefingBuilderError, ValidationError
from ..messages import Message, translate
from ..paths import PRIVATE_FILE_MODE, make_private_dir
from .spec import PackSpec


class DraftError(BriefingBuilderError):
    pass


@dataclass(frozen=True)
class DraftInfo:
    id: str
    name: str
    saved_at: str
    template: str
    country: str


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, draft_id: str) -> Path:
        if not draft_id or not all(c.isalnum() or c == "-" for c in draft_id):
            raise DraftError(translate("Spec", "{id} is not a draft id.").format(id=repr(draft_id)))
        return self.folder / f"{draft_id}.json"

    def new_id(self) -> str:
        return uuid.uuid4().hex[:12]

    def save(self, draft_id: str, name: str, spec: PackSpec) -> DraftInfo:
        try:
            make_private_dir(self.folder)
        except OSError as exc:
            raise DraftError(translate("Spec", "Cannot create the drafts folder {folder}: {error}.").format(
                folder=str(self.folder), error=exc.strerror)) from exc
        saved_at = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        data = {"format": "briefing-builder-draft", "version": 1, "name": name, "saved_at": saved_at,
                "spec": spec.to_dict()}
        atomic_write(self._path(draft_id), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                     error=DraftError, mode=PRIVATE_FILE_MODE)
        return DraftInfo(draft_id, name, saved_at, spec.template, spec.country)

    def load(self, draft_id: str) -> tuple[str, PackSpec]:
        path = self._path(draft_id)
        try:
            data = json.loads(path.read_text("utf-8"))
            return str(data.get("name") or "Untitled pack"), PackSpec.from_dict(data["spec"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            raise DraftError(translate("Spec", "The draft {path} cannot be read ({error}).").format(
                path=str(path), error=exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc))) from exc

    def list(self) -> list[DraftInfo]:
        """Every readable draft, most recently saved first (unreadable files are skipped, not deleted)."""
        drafts = []
        if not self.folder.is_dir():
            return drafts
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text("utf-8"))
                spec = data["spec"]
                drafts.append(DraftInfo(path.stem, str(data.get("name") or "Untitled pack"),
                                        str(data.get("saved_at", "")), str(spec.get("template", "")),
                                        str(spec.get("country", ""))))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def duplicate(self, draft_id: str) -> DraftInfo:
        name, spec = self.load(draft_id)
        return self.save(self.new_id(), f"{name} (copy)", spec)

    def delete(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)

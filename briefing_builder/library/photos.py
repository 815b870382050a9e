"""Photos of people, made print-ready on the way in (Pillow; no Qt here).

`prepare_photo(data)` takes the bytes of a file the user chose and returns what the library stores:

- only PNG and JPEG are accepted, judged by the file's content (Pillow's format detection), never its name;
- files over `MAX_FILE_BYTES`, images over `MAX_PIXELS` (decompression bombs: a small file that expands to
  gigabytes) and broken files are refused with one line naming the field, before any pixel is decoded where
  the header already tells;
- EXIF orientation is applied (a phone photo stands the right way up), then every piece of metadata is dropped
  (EXIF with its GPS position and camera serial, XMP, ICC profiles, PNG text chunks): nothing is stored that is
  not printed;
- the image is downscaled so its longest side is at most `MAX_SIDE` pixels. A biography photo is printed about
  35 mm wide; at 300 dpi that is ~413 px, so 600 px leaves room for a larger layout while keeping a library of
  a few hundred people small (~30-60 KB a photo);
- it is stored as JPEG (quality 88), or as PNG when it has real transparency.

A photo that is already print-ready (JPEG or PNG, within `MAX_SIDE`, no metadata, no rotation pending) is kept
byte for byte, so an export imported again gives back the same bytes (and the same sha256).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from ..errors import Problem, ValidationError
from ..messages import translate

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 40 megapixels: more than any camera photo a user would pick; bombs are far larger
MAX_SIDE = 600
MIN_SIDE = 16  # smaller is an icon, not a photo
JPEG_QUALITY = 88
ACCEPTED = {"JPEG": "image/jpeg", "PNG": "image/png"}
# Keys Pillow puts in `info` that describe the encoding, not metadata about the picture or its maker.
_HARMLESS_INFO = frozenset(("jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive",
                            "progression", "adobe", "adobe_transform", "gamma", "interlace", "aspect",
                            "transparency", "srgb"))


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    mime: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    sha256: str


def _refuse(where: str, message: str) -> ValidationError:
    return ValidationError(Problem(where, "photo", message))


def _too_many_pixels() -> str:
    return translate("Validation", "the image is too large (over {limit} megapixels)").format(
        limit=MAX_PIXELS // 1_000_000)


def _unreadable(error: BaseException) -> str:
    return translate("Validation", "is not a readable PNG or JPEG image ({error})").format(error=_short(error))


def prepare_photo(data: bytes, where: str = translate("Validation", "person")) -> PreparedPhoto:
    """The print-ready form of a PNG or JPEG file's bytes; `ValidationError` (one line) if it cannot be one."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise _refuse(where, translate("Validation", "must be the bytes of a PNG or JPEG file"))
    data = bytes(data)
    if not data:
        raise _refuse(where, translate("Validation", "the file is empty"))
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(where, translate("Validation", "the file is too large ({size} MB; the limit is {limit} MB)")
                      .format(size=f"{len(data) / 1e6:.1f}", limit=f"{MAX_FILE_BYTES / 1e6:.0f}"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED))
        except UnidentifiedImageError:
            raise _refuse(where, translate("Validation", "is not a PNG or JPEG image (other formats, and files "
                                           "merely named .png or .jpg, are refused)")) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _refuse(where, _too_many_pixels()) from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise _refuse(where, _unreadable(exc)) from None
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise _refuse(where, translate(
                "Validation", "the image is too large ({width}×{height} pixels; the limit is {limit} megapixels)")
                .format(width=width, height=height, limit=MAX_PIXELS // 1_000_000))
        if min(width, height) < MIN_SIDE:
            raise _refuse(where, translate("Validation", "the image is too small ({width}×{height} pixels) to print")
                          .format(width=width, height=height))
        try:
            if image.format == "JPEG" and max(width, height) > 2 * MAX_SIDE:
                # Decode at 1/2, 1/4 or 1/8 scale, never below MAX_SIDE on either side (libjpeg's DCT scaling):
                # a 12-megapixel photo is made print-ready in ~1/4 of the time (measured 680 -> ~150 ms).
                image.draft(image.mode, (MAX_SIDE, MAX_SIDE))
            image.load()  # decodes everything: a truncated or corrupt file fails here
            if not _has_visible_pixels(image):
                raise _refuse(where, translate(
                    "Validation", "the image is fully transparent (no visible pixels) and would print blank"))
            if _print_ready(image):
                return PreparedPhoto(data, ACCEPTED[image.format], width, height, hashlib.sha256(data).hexdigest())
            return _reencode(ImageOps.exif_transpose(image))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _refuse(where, _too_many_pixels()) from None
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _refuse(where, _unreadable(exc)) from None


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def _print_ready(image: object) -> bool:
    """Already what `_reencode` would make: small enough, no metadata, no rotation pending."""
    info = getattr(image, "info", {})
    if max(image.size) > MAX_SIDE or set(info) - _HARMLESS_INFO:  # type: ignore[attr-defined]
        return False
    if getattr(image, "text", None):  # PNG text chunks
        return False
    if image.format == "JPEG":  # type: ignore[attr-defined]
        return image.mode in ("RGB", "L") and not image.getexif()  # type: ignore[attr-defined]
    return image.mode in ("RGB", "RGBA", "L", "LA")  # type: ignore[attr-defined]


def _has_visible_pixels(image: object) -> bool:
    """False when every pixel is (almost) fully transparent: such a "photo" prints as an empty frame."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        alpha = (image if image.mode in ("RGBA", "LA") else image.convert("RGBA")).getchannel("A")
        return alpha.getextrema()[1] > 8  # an alpha of 8/255 or less cannot be seen on paper
    if "transparency" in image.info and image.mode in ("L", "RGB"):
        return image.convert("RGBA").getchannel("A").getextrema()[1] > 8
    return True


def _has_transparency(image: object) -> bool:
    from PIL import Image

    assert isinstance(image, Image.Image)
    if image.mode in ("RGBA", "LA", "PA"):
        return image.getchannel("A").getextrema()[0] < 255
    if image.mode == "P" and "transparency" in image.info:
        return image.convert("RGBA").getchannel("A").getextrema()[0] < 255
    return "transparency" in image.info and image.mode in ("L", "RGB")


def _reencode(image: object) -> PreparedPhoto:
    from PIL import Image

    assert isinstance(image, Image.Image)
    transparent = _has_transparency(image)
    if transparent:
        image = image.convert("RGBA")
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")  # CMYK, palette, 16-bit and the like
    if max(image.size) > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if transparent:
        image.save(out, "PNG", optimize=True)  # no pnginfo: no text chunks, no ICC profile
        mime = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)  # no exif=, no icc_profile=: none kept
        mime = "image/jpeg"
    data = out.getvalue()
    return PreparedPhoto(data, mime, image.width, image.height, hashlib.sha256(data).hexdigest())

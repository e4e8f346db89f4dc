"""What MkDocs will publish from ``docs/`` (and the guides the hooks add), read safely.

MkDocs renders every Markdown file (each of ``MARKDOWN`` extensions), follows
folder symlinks, and copies every other file as it is. The survey sees the same
files: pages to check, text assets to scan, and files that must not be published
(with the reason). It reads regular files only and never follows a link out of
the project, so no input can hang it or pull in ``/etc/passwd``.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from yorkhub import files
from yorkhub.features.safety.snippets import Include, references

# mkdocs.utils.markdown_extensions in MkDocs 1.6.
MARKDOWN = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
# Published as they are and not scanned: images and fonts (their contents cannot be read
# as text; an image of a case file is the author's responsibility, as the README says).
BINARY_ASSETS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".woff", ".woff2")
# Published as they are and scanned for personal data like pages.
TEXT_ASSETS = (".txt", ".csv", ".json", ".svg", ".xml", ".webmanifest")
# Run or applied by browsers: only the hub's own, listed in mkdocs.yml, may be published.
CODE_ASSETS = (".js", ".mjs", ".css")
# Images saved beside a guide (``hub import guide`` puts them in a folder named after it).
GUIDE_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
_LISTED = "mkdocs.yml (extra_css, extra_javascript, extra.polyfills or extra.search_worker)"
_WALK_LIMIT = 5000  # entries listed below a refused folder link, so MkDocs skips them too


@dataclass(frozen=True)
class Refused:
    """A file or folder that may not be published, and why."""

    src: str
    uri: str | None  # its path in the site (None outside docs/)
    reason: str


@dataclass
class Survey:
    pages: list = field(default_factory=list)  # (src, uri, raw) of every Markdown page
    assets: list = field(default_factory=list)  # (src, uri, raw) of text assets, to scan
    refused: list[Refused] = field(default_factory=list)
    hidden_uris: set[str] = field(default_factory=set)  # under a refused folder link
    includes: list[Include] = field(default_factory=list)
    included: dict[str, bytes] = field(default_factory=dict)  # src -> bytes of included files
    config: dict = field(default_factory=dict)  # mkdocs.yml, whose text is published too
    asset_uris: set[str] = field(default_factory=set)  # site paths of every file published as is
    guide_images: list = field(default_factory=list)  # (src, uri) of images in guides/ folders


def survey(root: Path, folders, own_assets: set[str]) -> Survey:
    """Every file under each ``(folder, site prefix)``; only ``docs`` publishes non-pages."""
    result = Survey()
    root = root.resolve()
    for folder, prefix in folders:
        base = root / folder
        if base.is_dir():
            _walk(root, base, folder, prefix, own_assets, result)
    for path in sorted((root / "includes").rglob("*")) if (root / "includes").is_dir() else []:
        _include_file(root, path, result)
    for src, _, raw in list(result.pages) + [
        (s, None, b) for s, b in list(result.included.items())
    ]:
        _follow(root, src, raw, result, seen={src})
    return result


def _walk(root, base, folder, prefix, own_assets, result) -> None:
    seen: set[str] = set()
    for current, dirs, names in os.walk(base, followlinks=True):
        real = os.path.realpath(current)
        if real in seen:  # a folder link back up: MkDocs would loop; say so once
            dirs[:] = []
            continue
        seen.add(real)
        here = Path(current)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            path = here / name
            if path.is_symlink() and (why := _link_out(root, path)):
                dirs.remove(name)
                result.refused.append(_refused(root, base, folder, prefix, path, why))
                result.hidden_uris |= _below(base, prefix, path)
        for name in sorted(n for n in names if not n.startswith(".")):
            _file(root, base, folder, prefix, here / name, own_assets, result)


def _file(root, base, folder, prefix, path: Path, own_assets, result) -> None:
    rel = path.relative_to(base).as_posix()
    src, uri = f"{folder}/{rel}", prefix + rel
    ext = path.suffix.lower()
    image = folder != "docs" and ext in GUIDE_IMAGES and "/" in rel
    if folder != "docs" and ext not in MARKDOWN and not image:
        return  # the hooks publish only the pages of other folders, and a guide's images
    if path.is_symlink() and (why := _link_out(root, path)):
        result.refused.append(Refused(src, uri, why))
        return
    if image:
        try:
            _check_regular(path)
        except files.NotReadable as err:
            result.refused.append(Refused(src, uri, str(err)))
            return
        result.guide_images.append((src, uri))
        result.assets.append((src, uri, b""))  # its name is checked like any published file's
        return
    if ext in MARKDOWN or ext in TEXT_ASSETS or ext in CODE_ASSETS or ext in BINARY_ASSETS:
        try:
            raw = files.read(path) if ext not in BINARY_ASSETS else _check_regular(path)
        except files.NotReadable as err:
            result.refused.append(Refused(src, uri, str(err)))
            return
    else:
        result.refused.append(Refused(src, uri, _not_allowed(ext)))
        return
    if ext in MARKDOWN:
        result.pages.append((src, uri, raw))
    elif ext in CODE_ASSETS and rel not in own_assets:
        result.refused.append(
            Refused(
                src,
                uri,
                f"a script or style sheet that is not one of the hub's own (listed in {_LISTED}): "
                "the site's Content-Security-Policy lets any script of the site run, so only the "
                "hub's own may be published: delete it, or list it there after review",
            )
        )
    else:
        result.asset_uris.add(uri)
        if not _is_own(rel, own_assets):  # the hub's own code is reviewed with the hub
            result.assets.append((src, uri, raw))


def _is_own(rel: str, own_assets: set[str]) -> bool:
    """Listed in mkdocs.yml, or the licence file published beside a listed (vendored) asset."""
    folder, _, name = rel.rpartition("/")
    licence = "LICENSE" in name.upper() or "LICENCE" in name.upper()
    return rel in own_assets or (
        licence and any(a.rpartition("/")[0] == folder for a in own_assets)
    )


def _check_regular(path: Path) -> bytes:
    """Nothing to read (binary assets are not scanned), but it must be a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        raise files.NotReadable("cannot be read: delete it or fix it") from None
    if not stat.S_ISREG(mode):
        raise files.NotReadable("is not a regular file (a pipe, socket or device): delete it")
    return b""


def _not_allowed(ext: str) -> str:
    kinds = ", ".join(BINARY_ASSETS + TEXT_ASSETS)
    if ext in (".html", ".htm"):
        return (
            "MkDocs would publish this HTML file as it is, unchecked and in every build: "
            "write it as a Markdown page instead"
        )
    return (
        f"MkDocs would publish this file as it is, and the hub cannot check a '{ext or 'no'}' "
        f"file for personal data: publish only pages and {kinds} files in docs/"
    )


def _link_out(root: Path, path: Path) -> str | None:
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "is a symbolic link to nothing: delete it or fix its target"
    except RuntimeError:
        return "is a symbolic link that loops: delete it"
    if not target.is_relative_to(root):
        return (
            "is a symbolic link to something outside the project, which MkDocs would publish: "
            "copy what the page needs into the project instead"
        )
    return None


def _refused(root, base, folder, prefix, path, why) -> Refused:
    rel = path.relative_to(base).as_posix()
    return Refused(f"{folder}/{rel}", prefix + rel, why)


def _below(base: Path, prefix: str, link: Path) -> set[str]:
    uris: set[str] = set()
    try:
        for current, _, names in os.walk(link):
            for name in names:
                uris.add(prefix + (Path(current) / name).relative_to(base).as_posix())
                if len(uris) >= _WALK_LIMIT:
                    return uris
    except OSError:
        pass
    return uris


def _include_file(root: Path, path: Path, result: Survey) -> None:
    src = path.relative_to(root).as_posix()
    if path.is_dir() and not path.is_symlink():
        return
    if path.is_symlink() and (why := _link_out(root, path)):
        result.refused.append(Refused(src, None, why))
        return
    try:
        result.included[src] = files.read(path)
    except files.NotReadable as err:
        result.refused.append(Refused(src, None, str(err)))


def _follow(root: Path, src: str, raw: bytes, result: Survey, seen: set[str]) -> None:
    """Resolve each snippet ``src`` includes, and what those include in turn."""
    for line, path in references(raw.decode("utf-8", errors="replace")):
        include = _resolve(root, src, line, path)
        result.includes.append(include)
        target = include.target
        if include.problem or target in seen:
            continue
        if target not in result.included:
            try:
                result.included[target] = files.read(root / target)
            except files.NotReadable as err:
                result.includes[-1] = Include(src, line, path, target, str(err))
                continue
        _follow(root, target, result.included[target], result, seen | {target})


def _resolve(root: Path, src: str, line: int, path: str) -> Include:
    # pymdownx.snippets looks paths up from base_path, the project's folder.
    joined = Path(os.path.abspath(root / path))
    if not joined.is_relative_to(root):
        return Include(
            src, line, path, None, "is outside the project: include only the hub's files"
        )
    rel = joined.relative_to(root).as_posix()
    if not joined.exists() and not joined.is_symlink():
        return Include(
            src, line, path, rel, "not found: check the path (from the project's folder)"
        )
    if Path(os.path.realpath(joined)) != joined:
        return Include(
            src, line, path, rel, "passes through a symbolic link: include the real file instead"
        )
    if not joined.is_file():
        return Include(src, line, path, rel, "is not a regular file: include a text file")
    return Include(src, line, path, rel)

"""Fetching from a voices catalogue over HTTP(S): bounded, resumable, checked, cancellable.

Only `http` and `https` addresses are opened (no `file:`, `ftp:` or `data:`), redirects
may not leave them nor fall from https to http, and every read stops at the size the
catalogue promised. A file is downloaded to `NAME.part`; when the connection drops, the
next attempt (here, or the next time the user asks) continues with an HTTP `Range`
request from where it stopped, and a server that ignores the range simply sends the
whole file again. The finished file must have exactly the catalogue's size and MD5
digest (the digest the catalogue gives), or it is deleted and refused.

This module blocks; the voice manager runs it on a worker thread. `Cancel` stops it
within one read (about a tenth of a second on a slow link).
"""

from __future__ import annotations

import hashlib
import http.client
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from anapana.i18n.said import words_of
from anapana.i18n.wording import QT_TRANSLATE_NOOP

from .voice_catalogue import (
    CATALOGUE_FILE,
    MAX_CATALOGUE_BYTES,
    Catalogue,
    CatalogueError,
    CatalogueFile,
    CatalogueVoice,
    parse_catalogue,
)
from .voice_files import VoiceWords, decode_model_card

CHUNK = 64 * 1024
TIMEOUT_S = 30.0
USER_AGENT = "Anapana voice manager"

Progress = Callable[[int], None]  # bytes of this file on disk so far


class DownloadError(RuntimeError):
    """A download that did not succeed; the message (`VoiceWords`) is for the user."""


class DownloadCancelled(DownloadError):
    def __init__(self) -> None:
        super().__init__(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "The download was cancelled; it can continue later.")))


def _failed(text: str, *values: object) -> DownloadError:
    """A download that did not succeed: `text` (marked) says why."""
    return DownloadError(VoiceWords(text, *values))


class Cancel:
    """A flag the GUI sets and the worker checks between reads."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        new = urllib.parse.urlsplit(newurl)
        old = urllib.parse.urlsplit(req.full_url)
        if new.scheme not in ("http", "https") or (old.scheme == "https"
                                                   and new.scheme != "https"):
            raise urllib.error.HTTPError(newurl, code, f"refused redirect to {new.scheme}:",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), _SafeRedirects(),
                    urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def check_base_url(url: str) -> str:
    """A catalogue base address, ending in "/", or ValueError with a message for the user."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1 is not an http:// or https:// address"), repr(url)))
    if parts.query or parts.fragment:
        raise ValueError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: a catalogue address has no ?query or #fragment"), repr(url)))
    text = urllib.parse.urlunsplit(parts)
    return text if text.endswith("/") else text + "/"


def file_url(base_url: str, relative_path: str) -> str:
    """The address of a catalogue file; each part is percent-quoted, never interpreted."""
    quoted = "/".join(urllib.parse.quote(part, safe="") for part in relative_path.split("/"))
    return check_base_url(base_url) + quoted


def _describe(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:
            return VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "the server sent the request on to an address that is not"
                " http(s) or that drops https; refused"))
        return VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "the server answered %1 %2"),
                          str(error.code), str(error.reason))
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        if isinstance(reason, socket.gaierror):
            return VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "the address could not be found (are you offline?)"))
        return VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "could not connect (%1)"),
                          str(getattr(reason, "strerror", None) or reason))
    if isinstance(error, TimeoutError | socket.timeout):
        return VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "the server stopped answering"))
    if isinstance(error, http.client.IncompleteRead | ConnectionError):
        return VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "the connection dropped"))
    return words_of(error)


def fetch_bytes(url: str, max_bytes: int, cancel: Cancel | None = None,
                timeout: float = TIMEOUT_S) -> bytes:
    """A whole small file (a catalogue, a model card), refused past `max_bytes`."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _failed(QT_TRANSLATE_NOOP(
                    "VoiceErrors", "%1: %2 bytes is too large (at most %3)"),
                    url, int(length), max_bytes)
            chunks: list[bytes] = []
            total = 0
            while True:
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled()
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise _failed(QT_TRANSLATE_NOOP(
                        "VoiceErrors", "%1: larger than %2 bytes; refused"), url, max_bytes)
                chunks.append(chunk)
    except DownloadError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as error:
        if isinstance(error, urllib.error.HTTPError):
            error.close()  # it holds the connection open
        raise _failed(QT_TRANSLATE_NOOP("VoiceErrors", "%1: %2"), url,
                      _describe(error)) from None
    return b"".join(chunks)


_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")


def _md5_of(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _one_attempt(url: str, part: Path, expected: CatalogueFile, progress: Progress,
                 cancel: Cancel, timeout: float) -> None:
    have = part.stat().st_size if part.exists() else 0
    if have > expected.size:
        part.unlink()
        have = 0
    if have == expected.size:
        return
    headers = {"User-Agent": USER_AGENT}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        response = _opener().open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        if error.code == 416 and have:  # our partial file no longer matches: start over
            part.unlink()
        raise
    with response:
        if have and response.status == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if (match is None or int(match.group(1)) != have
                    or match.group(3) not in ("*", str(expected.size))):
                part.unlink()
                raise _failed(QT_TRANSLATE_NOOP(
                    "VoiceErrors",
                    "%1: the server resumed at the wrong place; starting over next time"), url)
            mode = "ab"
        elif response.status == 200:
            have, mode = 0, "wb"
        else:
            raise _failed(QT_TRANSLATE_NOOP("VoiceErrors", "%1: unexpected answer %2"),
                          url, str(response.status))
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and have + int(length) != expected.size:
            raise _failed(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: the server offers %2 bytes but the catalogue says %3;"
                " refused"), url, have + int(length), expected.size)
        with part.open(mode) as out:
            progress(have)
            while True:
                if cancel.is_set():
                    raise DownloadCancelled()
                chunk = response.read(min(CHUNK, expected.size - have + 1))
                if not chunk:
                    break
                have += len(chunk)
                if have > expected.size:
                    out.close()
                    part.unlink()
                    raise _failed(QT_TRANSLATE_NOOP(
                        "VoiceErrors", "%1: more than the %2 bytes the catalogue promised;"
                        " refused"), url, expected.size)
                out.write(chunk)
                progress(have)


def download_file(url: str, part: Path, expected: CatalogueFile, *,
                  progress: Progress = lambda _done: None, cancel: Cancel | None = None,
                  attempts: int = 4, retry_pause_s: float = 1.0,
                  timeout: float = TIMEOUT_S) -> None:
    """Bring `url` to `part`, resuming what is there; check its size and MD5.

    A dropped connection is retried (with a `Range` request) up to `attempts` times; the
    partial file stays for a later try when all fail. A wrong checksum deletes it.
    """
    cancel = cancel or Cancel()
    last: BaseException | None = None
    for attempt in range(attempts):
        if attempt and cancel.wait(retry_pause_s * attempt):
            raise DownloadCancelled()
        try:
            _one_attempt(url, part, expected, progress, cancel, timeout)
        except DownloadError:
            raise
        except urllib.error.HTTPError as error:
            error.close()  # it holds the connection open
            last = error
            if error.code not in (408, 416, 429, 500, 502, 503, 504):
                break
            continue
        except (OSError, http.client.HTTPException) as error:
            last = error
            continue
        size = part.stat().st_size if part.exists() else 0
        if size == expected.size:
            break
        last = ConnectionError("ended early")
    size = part.stat().st_size if part.exists() else 0
    if size != expected.size:
        reason = _describe(last) if last else VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "it ended early"))
        raise _failed(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: stopped at %2 of %3 bytes (%4). Try again later: it"
            " continues where it stopped."), url, size, expected.size, reason)
    if _md5_of(part) != expected.md5:
        part.unlink()
        raise _failed(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: the file's checksum does not match the catalogue's, so it"
            " was not installed (it may be damaged or altered)."), url)


def fetch_catalogue(base_url: str, cancel: Cancel | None = None) -> Catalogue:
    """The catalogue at `base_url` (its `voices.json`), read with every limit."""
    url = file_url(base_url, CATALOGUE_FILE)
    try:
        return parse_catalogue(fetch_bytes(url, MAX_CATALOGUE_BYTES, cancel), url)
    except CatalogueError as error:
        raise DownloadError(words_of(error)) from None


def fetch_model_card(voice: CatalogueVoice, base_url: str, cancel: Cancel | None = None) -> str:
    """A voice's MODEL_CARD (which names its dataset and licence), checked against the
    catalogue's size and digest; "" when the catalogue lists none."""
    if voice.card is None:
        return ""
    url = file_url(base_url, voice.card.path)
    data = fetch_bytes(url, voice.card.size, cancel)
    if len(data) != voice.card.size or hashlib.md5(
            data, usedforsecurity=False).hexdigest() != voice.card.md5:
        raise _failed(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: the model card does not match the catalogue's checksum"), url)
    return decode_model_card(data)

"""A voices catalogue served from memory on 127.0.0.1 for download tests (loopback only).

It lays files out as Piper's catalogue does (`en/en_US/NAME/QUALITY/KEY.onnx`, a
`voices.json` listing sizes and MD5 digests), answers `Range` requests with 206, and can
misbehave on purpose: drop the connection part-way, ignore ranges, lie about a size.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A made-up model card in the catalogue's form: the licence is on a "* License:" line.
CARD = (b"# Model card for calm (medium)\n\n* Language: en_US (English, United States)\n"
        b"* Speakers: 1\n* Quality: medium\n\n## Dataset\n\n* URL: http://example.invalid/calm\n"
        b"* License: CC0 (public domain)\n\n## Training\n\nTrained for tests.\n")


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def catalogue_entry(key: str, files: dict[str, bytes], *, language: str = "en_US",
                    quality: str = "medium", name: str = "calm") -> dict[str, object]:
    english = {"en": "English", "de": "German", "fr": "French"}.get(language[:2], "Other")
    return {
        "key": key,
        "name": name,
        "language": {"code": language, "family": language[:2], "region": language[3:],
                     "name_native": english, "name_english": english,
                     "country_english": {"US": "United States", "GB": "Great Britain",
                                         "DE": "Germany"}.get(language[3:], language[3:])},
        "quality": quality,
        "num_speakers": 1,
        "speaker_id_map": {},
        "files": {path: {"size_bytes": len(data), "md5_digest": md5(data)}
                  for path, data in files.items()},
        "aliases": [],
    }


def voice_files(key: str, model: bytes, config: bytes, *, card: bytes | None = CARD,
                language: str = "en_US", name: str = "calm",
                quality: str = "medium") -> dict[str, bytes]:
    folder = f"{language[:2]}/{language}/{name}/{quality}"
    files = {f"{folder}/{key}.onnx": model, f"{folder}/{key}.onnx.json": config}
    if card is not None:
        files[f"{folder}/MODEL_CARD"] = card
    return files


@dataclass
class Behaviour:
    drop_after: dict[str, int] = field(default_factory=dict)  # path -> bytes, once
    ignore_range: bool = False
    redirects: dict[str, str] = field(default_factory=dict)  # path -> Location
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range)
    lock: threading.Lock = field(default_factory=threading.Lock)


class CatalogueServer:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.behaviour = Behaviour()
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/voices/"

    def add_voice(self, key: str, files: dict[str, bytes], **entry: str) -> None:
        self.files.update(files)
        catalogue = json.loads(self.files.get("voices.json", b"{}"))
        catalogue[key] = catalogue_entry(key, files, **entry)
        self.files["voices.json"] = json.dumps(catalogue).encode()

    def requests_for(self, suffix: str) -> list[str | None]:
        with self.behaviour.lock:
            return [rng for path, rng in self.behaviour.requests if path.endswith(suffix)]

    def start(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet tests
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if not path.startswith("/voices/"):
                    self.send_error(404)
                    return
                name = path[len("/voices/"):]
                rng = self.headers.get("Range")
                behaviour = server.behaviour
                with behaviour.lock:
                    behaviour.requests.append((name, rng))
                    drop = behaviour.drop_after.pop(name, None)
                if name in behaviour.redirects:
                    self.send_response(302)
                    self.send_header("Location", behaviour.redirects[name])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = server.files.get(name)
                if data is None:
                    self.send_error(404)
                    return
                start = 0
                match = re.fullmatch(r"bytes=(\d+)-", rng or "")
                if match and not behaviour.ignore_range:
                    start = int(match.group(1))
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range",
                                     f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                if drop is not None:  # promise everything, send part, hang up
                    self.wfile.write(body[:drop])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client hanging up mid-file is what some tests do on purpose

        self._httpd = QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()


@contextmanager
def serving() -> Iterator[CatalogueServer]:
    server = CatalogueServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()

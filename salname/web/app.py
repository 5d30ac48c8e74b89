"""The web app: a FastAPI application over one archive opened read-only.

Requests run in FastAPI's thread pool; each takes an Archive of its own from a small pool for the
length of the request (an Archive is one SQLite connection, used by one thread at a time), so
readers never wait on each other. Nothing here writes: the file is opened with SQLite's read-only
mode, and every route is a GET.
"""

from __future__ import annotations

import os
import queue
import threading
import webbrowser
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Iterator

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from salname.archive import Archive
from salname.archive.schema import ArchiveError
from salname.web.cache import AnswerCache

HERE = Path(__file__).resolve().parent
ASSETS_ENV = "SALNAME_WEB_ASSETS"
CACHE_ENV = "SALNAME_WEB_CACHE"  # "0": compute every answer afresh (for measuring)
PARALLEL_ENV = "SALNAME_WEB_PARALLEL"  # how many expensive answers at once (default: one per core)
THREADS_ENV = "SALNAME_WEB_THREADS"  # how serve() tells its worker processes the number of request threads
# Requests computed at once in one process. Python runs one thread at a time, so more threads only share the
# core: under 20 clients on 100,000 articles the default 40 gave search pages a p95 of 160 ms (two processes)
# and 634 ms (one); two threads a process, 76-88 ms and 112-141 ms, and more requests served (bench/web.py).
DEFAULT_THREADS = 2
# The front-end libraries, installed from npm by scripts/bootstrap.sh: URL name -> (package, file)
VENDOR = {"chart.js": ("chart.js", "chart.umd.min.js"), "cytoscape": ("cytoscape", "cytoscape.min.js")}

SECURITY_HEADERS = [
    # scripts only from this server, and never inline: text that slipped through as markup could not run
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def node_modules() -> Path | None:
    """Where npm put the front-end libraries: $SALNAME_WEB_ASSETS, else node_modules/ of the checkout."""
    env = os.environ.get(ASSETS_ENV, "").strip()
    candidates = [Path(env).expanduser()] if env else []
    candidates += [HERE.parents[1] / "node_modules", Path.cwd() / "node_modules"]
    for c in candidates:
        if (c / "chart.js" / "dist").is_dir():
            return c
    return None


class ArchivePool:
    """Read-only Archives handed out one per request and taken back: as many as requests run at once."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._idle: queue.SimpleQueue[Archive] = queue.SimpleQueue()
        self._all: list[Archive] = []
        self._lock = threading.Lock()

    def open_one(self) -> Archive:
        arc = Archive.open(self.path, readonly=True)
        with self._lock:
            self._all.append(arc)
        return arc

    @contextmanager
    def archive(self) -> Iterator[Archive]:
        try:
            arc = self._idle.get_nowait()
        except queue.Empty:
            arc = self.open_one()
        try:
            yield arc
        finally:
            self._idle.put(arc)

    def close(self) -> None:
        """Close every Archive; a request after this (an app started again) opens new ones."""
        with self._lock:
            while True:
                try:
                    self._idle.get_nowait()
                except queue.Empty:
                    break
            for arc in self._all:
                try:
                    arc.close()
                except Exception:  # closing at shutdown: nothing left to report to
                    pass
            self._all.clear()


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _validation_message(exc: RequestValidationError) -> str:
    """One line per bad parameter, naming it: "per_page: must be at most 100"."""
    lines = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        name = ".".join(loc) or "request"
        kind = err.get("type", "")
        ctx = err.get("ctx") or {}
        if kind == "string_pattern_mismatch" and name in ("from", "to"):
            msg = "must be a date like 2024, 2024-03 or 2024-03-05"
        elif kind == "string_too_long":
            msg = f"is too long (at most {ctx.get('max_length')} characters)"
        elif kind == "less_than_equal":
            msg = f"must be at most {ctx.get('le')}"
        elif kind == "greater_than_equal":
            msg = f"must be at least {ctx.get('ge')}"
        else:
            msg = str(err.get("msg", "is not valid"))
        lines.append(f"{name}: {msg}")
    return "; ".join(lines) or "bad request"


def create_app(archive_path: str | Path, assets: Path | None = None, threads: int = DEFAULT_THREADS) -> FastAPI:
    """The app over the archive at ``archive_path``; raises ArchiveError when it cannot be opened
    read-only (missing, not an archive, or from another salname version). ``threads``: requests
    computed at once (the others wait their turn, first come first served)."""
    from salname.web import api, pages

    pool = ArchivePool(Path(archive_path).expanduser())
    pool._idle.put(pool.open_one())  # fail now, with the reason, rather than on the first request
    assets = assets if assets is not None else node_modules()

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.threads
        yield
        pool.close()

    app = FastAPI(
        title="Salnamə",
        summary="Read-only API over a Salnamə archive of Azerbaijani news.",
        description=api.DESCRIPTION,
        version=api.API_VERSION,
        lifespan=lifespan,
        docs_url=None,  # FastAPI's docs pages load their scripts from a CDN; /openapi.json is the schema
        redoc_url=None,
    )
    app.state.pool = pool
    app.state.threads = max(1, threads)
    parallel = os.environ.get(PARALLEL_ENV, "").strip()
    app.state.cache = AnswerCache(pool.path, enabled=os.environ.get(CACHE_ENV, "1").strip() != "0",
                                  parallel=int(parallel) if parallel.isdigit() else None)
    app.state.vendor = {}
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if assets is not None:
        for name, (package, file) in VENDOR.items():
            dist = assets / package / "dist"
            if (dist / file).is_file():
                app.mount(f"/vendor/{name}", StaticFiles(directory=dist), name=f"vendor-{name}")
                app.state.vendor[name] = f"/vendor/{name}/{file}"

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        message = _validation_message(exc)
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=400)
        return pages.error_page(request, 400, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError):
        message = f"the archive cannot be read: {exc}"
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=503)
        return pages.error_page(request, 503, message)

    app.add_middleware(SecurityHeaders)
    return app


SERVE_ARCHIVE_ENV = "SALNAME_WEB_ARCHIVE"  # how serve() tells its worker processes which archive


def app_from_env() -> FastAPI:
    """The app for one of several worker processes (uvicorn imports it by name)."""
    threads = os.environ.get(THREADS_ENV, "").strip()
    return create_app(os.environ[SERVE_ARCHIVE_ENV], threads=int(threads) if threads.isdigit() else DEFAULT_THREADS)


def serve(archive_path: str | Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          workers: int = 1, log_level: str = "warning", threads: int = DEFAULT_THREADS) -> None:
    """Run the app with uvicorn until interrupted; ``workers`` > 1 runs that many processes (Python
    work such as snippets and templates then uses every core; SQLite reads run in parallel anyway)."""
    import uvicorn

    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    options: dict[str, Any] = dict(host=host, port=port, log_level=log_level, access_log=False, server_header=False)
    if workers > 1:
        create_app(archive_path)  # report a bad archive here, once, rather than from every worker
        os.environ[SERVE_ARCHIVE_ENV] = str(Path(archive_path).expanduser().resolve())
        os.environ[THREADS_ENV] = str(threads)
        uvicorn.run("salname.web.app:app_from_env", factory=True, workers=workers, **options)
    else:
        uvicorn.run(create_app(archive_path, threads=threads), **options)

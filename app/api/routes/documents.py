"""/v1/documents: what is indexed (public), and adding or removing a document (admin).

An upload is checked (size, type, the bytes match the type) before anything is written, then handed to the
document library (ingest/library.py, wired in by the app factory), which saves and ingests it and puts the
corpus back if ingestion fails. This module speaks HTTP only."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import deps
from app.api.deps import AppServices
from app.api.errors import public_detail
from app.api.schemas import (
    DeletedDocument,
    DocumentList,
    IngestReportOut,
    problem_responses,
)
from app.core.document_formats import SUPPORTED_SUFFIXES
from app.core.ingest_report import DocumentRecord, IngestReport, IngestRunning, UnsupportedDocument
from app.engine import Engine

router = APIRouter(tags=["documents"])

# Room for the multipart envelope (boundaries, part headers) around a file of the maximum size.
MULTIPART_OVERHEAD = 64 * 1024

_UNSAFE_NAME_CHARACTERS = re.compile(r"[^\w.()\- ]+")

_UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "minLength": 1,  # bytes; an empty file is answered 422
                        "description": "The document, sent as a file part: its file name's suffix gives the type ("
                        + ", ".join(sorted(SUPPORTED_SUFFIXES))
                        + ") and the bytes must be of that type, else 415; an empty file, or one with no text to "
                        "index, is a 422. The part's own Content-Type is not read.",
                    }
                },
            },
            "encoding": {
                "file": {
                    # The file name is part of the request: it names the document and gives its type. A part
                    # without one is a plain form field, not a file, and answered 422 (field 'file').
                    "headers": {
                        "Content-Disposition": {
                            "required": True,
                            "description": "form-data with the document's file name, e.g. "
                            '`form-data; name="file"; filename="eksportstrategi-2024.txt"`',
                            "schema": {"type": "string"},
                            "example": 'form-data; name="file"; filename="notes.txt"',
                        }
                    }
                }
            },
        }
    },
}

# An OpenAPI link: the source a new document got is what DELETE /v1/documents/{source} takes to remove it.
_DELETE_UPLOADED = {
    "operationRef": "#/paths/~1v1~1documents~1{source}/delete",
    "parameters": {"source": "$response.body#/added/0"},
    "description": "Remove the document just added (its source is the one name in `added`).",
}


@router.get(
    "/v1/documents",
    response_model=DocumentList,
    summary="What is indexed",
    dependencies=[Depends(deps.rate_limited)],
    responses=problem_responses(429, 503),
)
async def get_documents(services: deps.Services, engine: deps.AnyEngine) -> DocumentList:
    def read() -> list[DocumentRecord]:
        engine.store.generation()  # the store follows a rebuild's new collection
        return services.documents.list(engine.store)

    records = await run_in_threadpool(read)
    return DocumentList(documents=records)


@router.post(
    "/v1/documents",
    response_model=IngestReportOut,
    status_code=201,
    summary="Upload and index a document (admin)",
    description="201 when the document is new, 200 when it replaced (or equals) the indexed file of that name.",
    dependencies=[Depends(deps.require_admin)],
    openapi_extra={"requestBody": _UPLOAD_BODY},
    responses={201: {"description": "Added.", "links": {"DeleteDocument": _DELETE_UPLOADED}},
               200: {"model": IngestReportOut, "description": "Replaced or unchanged."},
               **problem_responses(401, 403, 409, 413, 415, 422, 429, 503)},
)
async def upload_document(
    request: Request, response: Response, services: deps.Services
) -> IngestReportOut:
    settings = services.settings
    # The form is parsed here, after the admin check, so an unauthorised or oversized upload is never spooled.
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_upload_bytes + MULTIPART_OVERHEAD:
        raise _too_large(None, settings.max_upload_bytes)
    upload = await _uploaded_file(request)
    name = _safe_file_name(upload.filename or "")
    content = await upload.read(settings.max_upload_bytes + 1)
    if len(content) > settings.max_upload_bytes:
        raise _too_large(name, settings.max_upload_bytes)
    if not content:
        raise _invalid_file(f"{name} is an empty file (0 bytes); upload the document itself")
    try:
        services.documents.check_type(name, content)
    except UnsupportedDocument as error:
        raise HTTPException(415, str(error)) from error

    def add() -> IngestReport:
        report = services.documents.add(name, content, services.engines.embeddings)
        services.engines.follow_index()
        return report

    try:
        report = await run_in_threadpool(add)
    except IngestRunning as error:  # a CLI ingest or rebuild holds the data dir; the corpus was put back
        raise _ingest_running(f"{name} was not added", error) from error
    for result in ("added", "changed", "unchanged"):
        services.metrics.ingested_documents.labels(result=result).inc(len(getattr(report, result)))
    services.metrics.ingested_documents.labels(result="failed").inc(len(report.failed))
    if report.failed:
        reasons = "; ".join(reason for _, reason in report.failed)
        raise _invalid_file(f"{name} could not be indexed: {reasons}. Nothing was changed")
    if name not in report.added:
        response.status_code = 200
    return IngestReportOut.model_validate(report)


@router.delete(
    "/v1/documents/{source:path}",
    response_model=DeletedDocument,
    summary="Remove a document from the index and the corpus (admin)",
    dependencies=[Depends(deps.require_admin)],
    responses=problem_responses(401, 403, 404, 409, 422, 429, 503),
)
async def remove_document(source: str, services: deps.Services, engine: deps.AnyEngine) -> DeletedDocument:
    try:
        removed = await run_in_threadpool(_delete, services, engine, source)
    except IngestRunning as error:
        raise _ingest_running(f"{source} was not removed", error) from error
    if not removed:
        raise HTTPException(404, f"document {source!r} is not indexed; GET /v1/documents lists the indexed sources")
    services.metrics.ingested_documents.labels(result="deleted").inc()
    return DeletedDocument(source=source)


async def _uploaded_file(request: Request) -> UploadFile:
    try:
        form = await request.form(max_files=1, max_fields=10)
    except StarletteHTTPException as exc:  # Starlette's 400 for a malformed multipart body (not fastapi's subclass)
        problem = str(exc.detail).rstrip(".")
        raise _invalid_file(
            f"the form could not be read ({problem}); send multipart/form-data with the document in the field 'file'"
        ) from exc
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise _invalid_file("missing: send multipart/form-data with the document in the field 'file'")
    return upload


def _safe_file_name(raw: str) -> str:
    """The uploaded name reduced to a plain file name inside the corpus: no folders, no '..', no hidden files."""
    base = unicodedata.normalize("NFC", raw.replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE_NAME_CHARACTERS.sub("_", base).strip(" .")
    # The last 200 characters keep the suffix, the part that matters; the cut may start with a dot.
    name = name[-200:].lstrip(" .")
    if not name:
        raise _invalid_file(f"file name {raw!r} is not usable; give the file a name such as report.pdf")
    return name


def _delete(services: AppServices, engine: Engine, source: str) -> bool:
    engine.store.generation()  # the store follows a rebuild's new collection
    removed = services.documents.remove(source, engine.store)
    services.engines.follow_index()
    return removed


def _too_large(name: str | None, limit: int) -> HTTPException:
    what = name or "the upload"
    return HTTPException(
        413, f"{what} is larger than the limit of {limit} bytes ({limit / 1048576:.1f} MiB, RAADGIVER_MAX_UPLOAD_BYTES)"
    )


def _invalid_file(message: str) -> RequestValidationError:
    error: dict[str, Any] = {"type": "value_error", "loc": ("body", "file"), "msg": message, "input": None}
    return RequestValidationError([error])


def _ingest_running(what: str, error: IngestRunning) -> HTTPException:
    # The lock's message names the data dir's path: the log gets it, the client the advice.
    return HTTPException(409, public_detail(f"{what}: another ingest is running; try again in a minute", error),
                         headers={"Retry-After": "60"})

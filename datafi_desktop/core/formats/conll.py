"""CoNLL-2003 style BIO (IOB2) tags for text spans.

``spans.conll``: per task a ``-DOCSTART- -X- -X- O`` line and a blank line, then
one token per line as ``TOKEN -X- _ TAG`` (the four columns of CoNLL-2003, as
Label Studio's converter writes them; readers take the first and the last),
and a blank line after the document. Tokens split on whitespace and punctuation
(:mod:`.tokens`), so a text in a script without spaces keeps whole runs together.

``spans.documents.jsonl`` keeps, per document, the text, the token offsets
(code points) and the label set, so an import restores the exact text and
spans. What BIO cannot hold is counted in the manifest:

- overlapping or nested spans: the longest is kept (the first on a tie);
- a span boundary inside a token: the whole token is tagged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import jsonsafe
from ..models import TaskKind
from ..taskfile import TaskRecord
from .importing import ImportOptions, ImportResult, build_task, fail, finish, labels_or, task_id_for
from .plan import ExportPlan, FormatWriter, dumps_line, select
from .records import ExportRecord
from .tokens import Token, tokenize

CONLL_FILE = "spans.conll"
DOCS_FILE = "spans.documents.jsonl"
DOCSTART = "-DOCSTART- -X- -X- O"


def resolve_overlaps(spans: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Keep the longest of overlapping spans (the earliest on a tie); count the rest."""
    order = sorted(spans, key=lambda s: (-(s["end"] - s["start"]), s["start"], s["label"]))
    kept: list[dict[str, Any]] = []
    for span in order:
        if all(span["end"] <= k["start"] or span["start"] >= k["end"] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s["start"]), len(spans) - len(kept)


def bio_tags(tokens: list[Token], spans: list[dict[str, Any]]) -> tuple[list[str], int]:
    """IOB2 tags for non-overlapping spans; also how many spans did not fit token edges."""
    tags = ["O"] * len(tokens)
    misaligned = 0
    for span in spans:
        hit = [i for i, t in enumerate(tokens) if t.start < span["end"] and t.end > span["start"]
               and tags[i] == "O"]
        if not hit:
            misaligned += 1
            continue
        if tokens[hit[0]].start != span["start"] or tokens[hit[-1]].end != span["end"]:
            misaligned += 1
        for n, i in enumerate(hit):
            tags[i] = ("B-" if n == 0 else "I-") + span["label"]
    return tags, misaligned


class ConllWriter(FormatWriter):
    """``spans.conll`` and its documents file, appended a document at a time."""

    name = "conll"

    def __init__(self, plan: ExportPlan, image_paths: Mapping[str, str]) -> None:
        super().__init__(plan, image_paths)
        plan.append(CONLL_FILE, b"")  # both files exist, empty or not
        plan.append(DOCS_FILE, b"")

    def add(self, group: Sequence[ExportRecord]) -> None:
        record = select(self.plan, group, (TaskKind.TEXT_SPANS,))
        if record is None:
            return
        plan = self.plan
        text = record.task.text
        tokens = tokenize(text)
        spans, dropped = resolve_overlaps(list(record.final.get("spans") or []))
        if dropped:
            plan.lose("overlapping_spans", "overlapping or nested spans: the longest was kept "
                      "(BIO tags one label per token)", record, dropped)
        tags, misaligned = bio_tags(tokens, spans)
        if misaligned:
            plan.lose("span_inside_token", "a span boundary fell inside a token; the whole "
                      "token was tagged", record, misaligned)
        plan.shapes += len(spans)
        lines = [DOCSTART, ""]
        lines += [f"{t.text} -X- _ {tag}" for t, tag in zip(tokens, tags, strict=True)]
        lines.append("")
        plan.append(CONLL_FILE, "".join(line + "\n" for line in lines).encode("utf-8"))
        plan.append(DOCS_FILE, (dumps_line({
            "campaign": record.campaign_id, "task": record.task.id,
            "submission": record.submission_id, "text": text,
            "tokens": [[t.start, t.end] for t in tokens],
            "labels": list(record.task.config.label_names),
        }) + "\n").encode("utf-8"))
        plan.item(record)["files"] += [CONLL_FILE, DOCS_FILE]


def read_conll(path: Path, options: ImportOptions) -> ImportResult:
    """A CoNLL / BIO file → text-span tasks with the tagged spans as pre-annotations.

    Documents are split at ``-DOCSTART-`` lines (or blank lines when there are
    none); the last column is the tag (IOB2, or IOB1 where ``I-`` starts a span).
    With ``<stem>.documents.jsonl`` beside it (what DataFi exports) the exact
    texts and offsets come back; otherwise tokens are joined by single spaces.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read ({exc.__class__.__name__})", str(path)) from None
    docs = _documents(lines, path.name)
    sidecar = path.with_name(path.stem + ".documents.jsonl")
    side = [jsonsafe.loads(line) for line in sidecar.read_text(encoding="utf-8").splitlines()
            if line.strip()] if sidecar.is_file() else []
    if side and len(side) != len(docs):
        raise fail(f"{len(side)} documents in {sidecar.name}, {len(docs)} in the file",
                   path.name)
    found = [tag[2:] for doc in docs for _, tag, _ in doc if tag != "O"]
    records = []
    for n, doc in enumerate(docs):
        where = f"{path.name} document {n + 1}"
        extra = side[n] if side else {}
        if extra:
            text = str(extra["text"])
            offsets = [(int(s), int(e)) for s, e in extra["tokens"]]
            if [text[s:e] for s, e in offsets] != [tok for tok, _, _ in doc]:
                raise fail("tokens differ from the documents file", where)
        else:
            text, offsets, pos = "", [], 0
            for tok, _, _ in doc:
                text += ("" if not text else " ") + tok
                pos = len(text) - len(tok)
                offsets.append((pos, len(text)))
        spans = _spans(doc, offsets)
        labels = labels_or(options, list(extra.get("labels") or []) + found)
        task_id = task_id_for(str(extra.get("task") or ""), f"conll-{n + 1}")
        body = {"id": task_id, "kind": "text_spans", "data": {"text": text},
                "config": {"labels": list(labels)},
                "predictions": [{"model": options.model, "annotation":
                                 {"kind": "text_spans", "spans": spans}}] if spans else []}
        records.append(TaskRecord(build_task(body, where), None, where))
    return finish("conll", records, {})


def _documents(lines: list[str], name: str) -> list[list[tuple[str, str, str]]]:
    has_docstart = any(line.startswith("-DOCSTART-") for line in lines)
    docs: list[list[tuple[str, str, str]]] = []
    current: list[tuple[str, str, str]] = []
    for number, line in enumerate(lines, start=1):
        if line.startswith("-DOCSTART-") or (not has_docstart and not line.strip()):
            if current:
                docs.append(current)
            current = []
            continue
        if not line.strip():
            continue
        parts = line.split()
        tag = parts[-1]
        where = f"{name}:{number}"
        if len(parts) < 2 or not (tag == "O" or (tag[:2] in ("B-", "I-") and len(tag) > 2)):
            raise fail(f"expected 'TOKEN ... TAG' with a BIO tag, got {line[:80]!r}", where)
        current.append((parts[0], tag, where))
    if current:
        docs.append(current)
    return docs


def _spans(doc: list[tuple[str, str, str]], offsets: list[tuple[int, int]]
           ) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = []
    open_span: dict[str, Any] | None = None
    for (_, tag, _), (start, end) in zip(doc, offsets, strict=True):
        if tag == "O":
            open_span = None
            continue
        label = tag[2:]
        if tag.startswith("I-") and open_span is not None and open_span["label"] == label:
            open_span["end"] = end
            continue
        open_span = {"start": start, "end": end, "label": label}
        spans.append(open_span)
    return spans

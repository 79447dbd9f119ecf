"""The hub's tables (SQLAlchemy Core) and opening the database.

SQLite (a file, the default) and PostgreSQL (``postgresql+psycopg://…``) run
the same statements. Write transactions serialize where they must:

- SQLite: every transaction starts with ``BEGIN IMMEDIATE``, so there is one
  writer at a time and no read-then-write upgrade deadlock;
- PostgreSQL: leasing and intake lock the *task* rows whose places they decide
  (leasing with ``FOR UPDATE SKIP LOCKED``), and read the campaign row ``FOR
  SHARE``; see :mod:`.locking` for the order of locks.

Times are integers of milliseconds since the epoch (UTC).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

metadata = MetaData()

#: An integer primary key that autoincrements on both SQLite and PostgreSQL.
Serial = BigInteger().with_variant(Integer(), "sqlite")

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("body", Text, nullable=False),  # the campaign JSON (core.models.Campaign)
    Column("closed", Boolean, nullable=False, default=False),
    Column("created_at", BigInteger, nullable=False),
)

tasks = Table(
    "tasks",
    metadata,
    Column("uid", Serial, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), ForeignKey("campaigns.id", ondelete="CASCADE"),
           nullable=False),
    Column("task_id", String(128), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("body", Text, nullable=False),  # the task JSON (core.models.Task)
    Column("gold", Text, nullable=True),  # a known-correct annotation (JSON), never served
    #: submissions that count toward the campaign's overlap (not rejected)
    Column("submitted", Integer, nullable=False, default=0),
    Column("created_at", BigInteger, nullable=False),
    UniqueConstraint("campaign_id", "task_id", name="tasks_campaign_task"),
)
Index("tasks_pool", tasks.c.campaign_id, tasks.c.kind, tasks.c.submitted, tasks.c.uid)

leases = Table(
    "leases",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("task_uid", BigInteger, ForeignKey("tasks.uid", ondelete="CASCADE"), nullable=False),
    Column("campaign_id", String(128), nullable=False),
    Column("account", String(42), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    UniqueConstraint("task_uid", "account", name="leases_task_account"),
)
Index("leases_task_expiry", leases.c.task_uid, leases.c.expires_at)
Index("leases_account", leases.c.account, leases.c.campaign_id, leases.c.expires_at)
Index("leases_campaign_live", leases.c.campaign_id, leases.c.expires_at,
      leases.c.task_uid)  # migration 0007

submissions = Table(
    "submissions",
    metadata,
    Column("id", String(36), primary_key=True),  # the client's UUIDv7: the idempotency key
    Column("campaign_id", String(128), nullable=False),
    Column("task_uid", BigInteger, ForeignKey("tasks.uid", ondelete="CASCADE"), nullable=False),
    Column("task_id", String(128), nullable=False),
    Column("account", String(42), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("annotation", Text, nullable=False),  # RFC 8785 canonical JSON
    Column("content_hash", String(66), nullable=False),
    Column("digest", String(66), nullable=False, unique=True),  # EIP-712 digest
    Column("typed_data", Text, nullable=False),
    Column("signature", String(132), nullable=False),
    Column("created_at", BigInteger, nullable=False),  # as signed by the client
    Column("received_at", BigInteger, nullable=False),
    #: the result given at intake, returned again for a resend of the same item
    Column("intake", String(16), nullable=False),  # accepted | rejected
    Column("intake_reason", Text, nullable=True),
    #: the current status: pending (awaiting review) | accepted | rejected | paid
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("verdict", Text, nullable=True),
    #: position in the status feed; bumped on every status change
    Column("seq", BigInteger, nullable=False),
)
Index("submissions_account_seq", submissions.c.account, submissions.c.seq)
Index("submissions_review", submissions.c.campaign_id, submissions.c.status)
Index("submissions_task", submissions.c.task_uid, submissions.c.account)
Index("submissions_review_queue", submissions.c.campaign_id, submissions.c.status,
      submissions.c.received_at, submissions.c.id)  # migration 0007
#: content-level deduplication (hub.intake.dedup): the same content hash for the same task
Index("submissions_content", submissions.c.task_uid, submissions.c.content_hash)
#: the export's order (hub.campaigns.export; migration 0009 — on PostgreSQL the text columns are
#: indexed COLLATE "C", which compare_metadata does not see)
Index("submissions_export", submissions.c.campaign_id, submissions.c.task_id,
      submissions.c.created_at, submissions.c.id)

counters = Table(
    "counters",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

#: the status feed's position per account (hub.db.locking.next_seq; migration 0008): one
#: row per account instead of one global counter row every writer queued on
feed_seqs = Table(
    "feed_seqs",
    metadata,
    Column("account", String(42), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

nonces = Table(
    "siwe_nonces",
    metadata,
    Column("nonce", String(64), primary_key=True),
    Column("issued_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger, nullable=True),
    # who asked for it: the throttle per client address counts these (migration 0010)
    Column("client", String(64), nullable=True),
)
Index("siwe_nonces_client", nonces.c.client, nonces.c.issued_at)  # migration 0010

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha-256 of the token, never the token
    Column("account", String(42), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)
Index("sessions_account", sessions.c.account)

roles = Table(
    "roles",
    metadata,
    Column("campaign_id", String(128), ForeignKey("campaigns.id", ondelete="CASCADE"),
           primary_key=True),
    Column("account", String(42), primary_key=True),
    Column("role", String(16), primary_key=True),  # reviewer | admin
    Column("granted_at", BigInteger, nullable=False),
)

assets = Table(
    "assets",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", String(100), nullable=False),
    Column("campaign_id", String(128), nullable=True),
    Column("uploaded_by", String(42), nullable=True),
    Column("created_at", BigInteger, nullable=False),
)

#: the reward ledger (append-only; migration 0002 adds triggers that refuse UPDATE/DELETE)
ledger = Table(
    "ledger",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), nullable=False),
    Column("account", String(42), nullable=False),  # checksummed address
    Column("amount", String(80), nullable=False),  # uint256 decimal, token smallest unit
    Column("kind", String(16), nullable=False),  # submission | review
    Column("submission_id", String(36), nullable=True),
    Column("review_id", String(36), nullable=True),
    Column("digest", String(66), nullable=False),  # EIP-712 digest of the signed record
    Column("created_at", BigInteger, nullable=False),
    CheckConstraint("kind IN ('submission', 'review')", name="ledger_kind"),
)
Index("ledger_campaign", ledger.c.campaign_id, ledger.c.id)
Index("ledger_account", ledger.c.campaign_id, ledger.c.account)
Index("ledger_submission", ledger.c.submission_id)
Index("ledger_review", ledger.c.review_id)  # migration 0007

#: signed review verdicts (hub.review.intake); stored once per id like submissions
reviews = Table(
    "reviews",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("campaign_id", String(128), nullable=False),
    Column("submission_id", String(36), ForeignKey("submissions.id", ondelete="CASCADE"),
           nullable=False),
    Column("task_uid", BigInteger, nullable=False),
    Column("reviewer", String(42), nullable=False),
    Column("verdict", String(16), nullable=False),  # accept | reject | correct
    Column("reason", Text, nullable=False),
    Column("correction", Text, nullable=True),  # RFC 8785 JSON of the corrected annotation
    Column("correction_hash", String(66), nullable=False),
    Column("digest", String(66), nullable=False, unique=True),
    Column("typed_data", Text, nullable=False),
    Column("signature", String(132), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    Column("intake", String(16), nullable=False),  # accepted | rejected
    Column("intake_reason", Text, nullable=True),
)
Index("reviews_submission", reviews.c.submission_id, reviews.c.intake)
Index("reviews_reviewer", reviews.c.reviewer, reviews.c.campaign_id)

review_leases = Table(
    "review_leases",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("submission_id", String(36), ForeignKey("submissions.id", ondelete="CASCADE"),
           nullable=False),
    Column("campaign_id", String(128), nullable=False),
    Column("reviewer", String(42), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    UniqueConstraint("submission_id", "reviewer", name="review_leases_submission_reviewer"),
)
Index("review_leases_expiry", review_leases.c.submission_id, review_leases.c.expires_at)
Index("review_leases_reviewer", review_leases.c.reviewer, review_leases.c.campaign_id,
      review_leases.c.expires_at)

#: each submission to a gold task, scored against the gold answer (0..1)
gold_scores = Table(
    "gold_scores",
    metadata,
    Column("submission_id", String(36), ForeignKey("submissions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("campaign_id", String(128), nullable=False),
    Column("account", String(42), nullable=False),
    Column("task_uid", BigInteger, nullable=False),
    Column("score", Float, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    #: when the submission was decided (accepted or rejected); None while pending. The
    #: annotator sees gold figures only in batches of settled answers (hub.review.gold_feedback)
    Column("settled_at", BigInteger, nullable=True),
)
Index("gold_scores_account", gold_scores.c.campaign_id, gold_scores.c.account)

#: pairwise agreement of two annotators' submissions to the same task (0..1)
agreement_pairs = Table(
    "agreement_pairs",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), nullable=False),
    Column("task_uid", BigInteger, nullable=False),
    Column("submission_a", String(36), nullable=False),
    Column("submission_b", String(36), nullable=False),
    Column("account_a", String(42), nullable=False),
    Column("account_b", String(42), nullable=False),
    Column("score", Float, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    UniqueConstraint("submission_a", "submission_b", name="agreement_pairs_pair"),
)
Index("agreement_pairs_a", agreement_pairs.c.campaign_id, agreement_pairs.c.account_a)
Index("agreement_pairs_b", agreement_pairs.c.campaign_id, agreement_pairs.c.account_b)

#: what content-level deduplication found about a stored submission (hub.intake.dedup): shown
#: to reviewers and admins with the submission (an identical or near-identical copy)
submission_flags = Table(
    "submission_flags",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("submission_id", String(36), ForeignKey("submissions.id", ondelete="CASCADE"),
           nullable=False),
    Column("campaign_id", String(128), nullable=False),
    Column("kind", String(32), nullable=False),  # identical | same_text | same_asset | shapes
    Column("other_submission_id", String(36), nullable=False),
    Column("other_account", String(42), nullable=False),
    Column("same_account", Boolean, nullable=False),
    Column("detail", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)
Index("submission_flags_submission", submission_flags.c.submission_id)
Index("submission_flags_campaign", submission_flags.c.campaign_id, submission_flags.c.id)

#: normalized fingerprints of accepted submissions (hub.intake.dedup): collected text after
#: normalization and the asset's sha-256, looked up by task to find near-duplicates
submission_fingerprints = Table(
    "submission_fingerprints",
    metadata,
    Column("submission_id", String(36), ForeignKey("submissions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("kind", String(16), primary_key=True),  # text | asset
    Column("task_uid", BigInteger, nullable=False),
    Column("value", String(64), nullable=False),
)
Index("submission_fingerprints_lookup", submission_fingerprints.c.task_uid,
      submission_fingerprints.c.kind, submission_fingerprints.c.value)

STATUS_COUNTER = "status_seq"

DEFAULT_SQLITE_NAME = "hub.sqlite3"


#: execution option marking a connection whose transactions only read
READ_ONLY = "datafi_read_only"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool: bool = True, pool_size: int = 10, max_overflow: int = 20
                ) -> Engine:
    """An engine with the pragmas and transaction behaviour the hub relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        options: dict[str, Any] = {"connect_args": {"timeout": 30, "check_same_thread": False}}
        if not pool:
            options["poolclass"] = NullPool
        engine = create_engine(url, **options)
        _sqlite_setup(engine)
        return engine
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if pool:
        kwargs.update(pool_size=pool_size, max_overflow=max_overflow)
    else:
        kwargs["poolclass"] = NullPool
    return create_engine(url, **kwargs)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")  # a reader: WAL lets it run beside the writer
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction: on SQLite it does not take the write lock (``BEGIN``,
    not ``BEGIN IMMEDIATE``), so session lookups and listings never queue behind — or
    time out on — a long write. Nothing written through it is kept."""
    with engine.connect() as conn:
        conn.execution_options(**{READ_ONLY: True})
        with conn.begin() as tx:
            yield conn
            tx.rollback()

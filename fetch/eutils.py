"""The NCBI E-utilities client: esearch (history server) and efetch, politely and robustly.

One class holds the HTTP client, the rate limiter and the retry policy, so
every request trialdb sends to PubMed goes through the same place. The base
URL comes from $TRIALDB_EUTILS_URL (default NCBI's); tests point it at a local
server. See NCBI's usage policy: https://www.ncbi.nlm.nih.gov/books/NBK25497/
"""

from __future__ import annotations

import io
import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
from lxml import etree
from platformdirs import user_cache_dir

from trialdb import __version__
from trialdb.errors import InputError, NetworkError, TrialdbError
from trialdb.fetch.article import Article, Deletion
from trialdb.fetch.pubmed_xml import iter_pubmed_xml
from trialdb.fetch.ratelimit import RateLimiter

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
ENV_URL = "TRIALDB_EUTILS_URL"
ENV_EMAIL = "TRIALDB_EMAIL"
ENV_API_KEY = "NCBI_API_KEY"
#: esearch and efetch refuse retstart beyond 9,998: at most 9,999 records per result set.
HISTORY_CAP = 9999
#: Longest GET URL sent; longer requests (ID lists) go as POST.
MAX_GET_URL = 2000
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class RetryableError(Exception):
    """A failure worth another try (throttled, server error, timeout, truncated or short body)."""


class HistoryCapError(TrialdbError):
    """PubMed refused a retstart beyond 9,998 for this result set."""

    exit_code = 4


@dataclass(frozen=True)
class EutilsConfig:
    """Where and how politely to talk to E-utilities; ``from_env`` reads the environment."""

    base_url: str = DEFAULT_EUTILS_URL
    email: str | None = None
    api_key: str | None = None
    tool: str = "trialdb"
    batch_size: int = 500
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_attempts: int = 6
    backoff: float = 1.0
    backoff_cap: float = 60.0
    rate: float | None = None
    rate_state_file: Path | None = None
    history_cap: int = HISTORY_CAP

    @classmethod
    def from_env(cls, **overrides: object) -> EutilsConfig:
        """Return the configuration from $TRIALDB_EUTILS_URL, $TRIALDB_EMAIL and $NCBI_API_KEY."""
        values: dict[str, object] = {
            "base_url": os.environ.get(ENV_URL) or DEFAULT_EUTILS_URL,
            "email": os.environ.get(ENV_EMAIL) or None,
            "api_key": os.environ.get(ENV_API_KEY) or None,
            "rate_state_file": Path(user_cache_dir("trialdb", appauthor=False)) / "eutils-rate",
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def requests_per_second(self) -> float:
        """NCBI's limit: 10 requests/s with an API key, 3 without (or the configured rate)."""
        return self.rate or (10.0 if self.api_key else 3.0)


@dataclass(frozen=True)
class SearchResult:
    """An esearch answer: PubMed's count, the history-server handle, and its query translation."""

    term: str
    count: int
    webenv: str | None
    query_key: str | None
    query_translation: str | None
    ids: tuple[str, ...] = ()


@dataclass
class ClientStats:
    """What the client did: requests sent and retries needed, for the run log and benchmarks."""

    requests: int = 0
    retries: int = 0
    reasons: list[str] = field(default_factory=list)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class EutilsClient:
    """esearch and efetch against E-utilities, with rate limiting, timeouts and retries in one place."""

    def __init__(
        self,
        config: EutilsConfig | None = None,
        transport: httpx.BaseTransport | None = None,
        limiter: RateLimiter | None = None,
        sleep=time.sleep,  # type: ignore[no-untyped-def]
    ) -> None:
        self.config = config or EutilsConfig.from_env()
        base = self.config.base_url if self.config.base_url.endswith("/") else self.config.base_url + "/"
        try:
            self._http = httpx.Client(
                base_url=base,
                transport=transport,
                timeout=httpx.Timeout(self.config.read_timeout, connect=self.config.connect_timeout),
                headers={"User-Agent": f"trialdb/{__version__}"},
            )
        except (httpx.InvalidURL, ValueError) as exc:
            raise InputError(f"bad E-utilities URL {self.config.base_url!r} ({exc}); check ${ENV_URL}") from None
        self.limiter = limiter or RateLimiter(self.config.requests_per_second, self.config.rate_state_file)
        self.stats = ClientStats()
        self._sleep = sleep

    def __enter__(self) -> EutilsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()

    # -- requests -----------------------------------------------------------------------------

    def _params(self, params: dict[str, str]) -> dict[str, str]:
        out = {"db": "pubmed", "tool": self.config.tool, **params}
        if self.config.email:
            out["email"] = self.config.email
        if self.config.api_key:
            out["api_key"] = self.config.api_key
        return out

    def _send(self, endpoint: str, params: dict[str, str]) -> bytes:
        """Send one request (GET, or POST when the URL would be too long); return the body."""
        full = self._params(params)
        url = self._http.build_request("GET", endpoint, params=full).url
        self.limiter.acquire()
        self.stats.requests += 1
        try:
            if len(str(url)) > MAX_GET_URL:
                resp = self._http.post(endpoint, data=full)
            else:
                resp = self._http.get(endpoint, params=full)
            body = resp.content
        except httpx.TimeoutException as exc:
            raise RetryableError(f"timed out ({type(exc).__name__})") from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise RetryableError(f"connection failed ({type(exc).__name__}: {exc})") from None
        if resp.status_code in RETRYABLE_STATUS:
            err = RetryableError(f"HTTP {resp.status_code}")
            err.retry_after = _retry_after(resp)  # type: ignore[attr-defined]
            raise err
        if resp.status_code >= 400:
            raise NetworkError(f"E-utilities answered HTTP {resp.status_code} for {endpoint}; check the query and ${ENV_URL}")
        return body

    def _with_retries(self, what: str, attempt_fn):  # type: ignore[no-untyped-def]
        """Run ``attempt_fn`` until it succeeds or the retry budget is spent; back off in between."""
        last = ""
        for attempt in range(self.config.max_attempts):
            try:
                return attempt_fn()
            except RetryableError as exc:
                last = str(exc)
                self.stats.reasons.append(last)
                if attempt + 1 == self.config.max_attempts:
                    break
                self.stats.retries += 1
                delay = min(self.config.backoff_cap, self.config.backoff * 2**attempt) * (0.5 + random.random() / 2)
                retry_after = getattr(exc, "retry_after", None)
                if retry_after is not None:
                    delay = max(delay, min(retry_after, self.config.backoff_cap))
                self._sleep(delay)
        raise NetworkError(
            f"PubMed E-utilities {what} failed {self.config.max_attempts} times (last: {last}); "
            "check the network or try again later. Nothing was lost: rerun to finish."
        )

    def _check_cap(self, retstart: int) -> None:
        if retstart >= self.config.history_cap:
            raise HistoryCapError(
                f"retstart {retstart} is beyond PubMed's limit of {self.config.history_cap - 1}; the search must be split"
            )

    # -- esearch ------------------------------------------------------------------------------

    def esearch(self, term: str, retstart: int = 0, retmax: int = 0, usehistory: bool = True) -> SearchResult:
        """Return PubMed's count, history handle and translation for ``term``."""
        self._check_cap(retstart)
        params = {"term": term, "retstart": str(retstart), "retmax": str(retmax)}
        if usehistory:
            params["usehistory"] = "y"

        def attempt() -> SearchResult:
            return _parse_esearch(term, self._send("esearch.fcgi", params))

        return self._with_retries("esearch", attempt)

    # -- efetch -------------------------------------------------------------------------------

    def efetch_history(self, result: SearchResult, retstart: int, retmax: int) -> list[Article | Deletion]:
        """Return the records [retstart, retstart+retmax) of a history result set, all of them or an error."""
        self._check_cap(retstart)
        expected = max(0, min(retmax, result.count - retstart))
        params = {
            "WebEnv": result.webenv or "", "query_key": result.query_key or "", "retstart": str(retstart),
            "retmax": str(retmax), "retmode": "xml",
        }

        def attempt() -> list[Article | Deletion]:
            records = _parse_efetch(self._send("efetch.fcgi", params))
            got = sum(1 for r in records if isinstance(r, Article))
            if got != expected:
                raise RetryableError(f"efetch returned {got} records where {expected} were asked")
            return records

        return self._with_retries("efetch", attempt)

    def efetch_ids(self, pmids: Sequence[str]) -> list[Article]:
        """Return the records of ``pmids`` that PubMed has (unknown PMIDs are simply absent)."""
        params = {"id": ",".join(pmids), "retmode": "xml"}
        wanted = set(pmids)

        def attempt() -> list[Article]:
            records = [r for r in _parse_efetch(self._send("efetch.fcgi", params)) if isinstance(r, Article)]
            if any(r.pmid not in wanted for r in records):
                raise RetryableError("efetch returned records that were not asked for")
            return records

        return self._with_retries("efetch", attempt)


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _parse_esearch(term: str, body: bytes) -> SearchResult:
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        raise RetryableError("esearch answer is not complete XML") from None
    if root.tag != "eSearchResult":
        raise RetryableError(f"esearch answered <{root.tag}> instead of <eSearchResult>")
    error = root.findtext("ERROR")
    if error:
        if "retstart" in error.lower() and "cannot be larger" in error.lower():
            raise HistoryCapError(f"PubMed refused the request: {error.strip()}")
        if "backend" in error.lower() or "timeout" in error.lower():
            raise RetryableError(f"esearch error: {error.strip()}")
        raise InputError(f"PubMed could not run the search: {error.strip()}")
    count_text = root.findtext("Count")
    if count_text is None or not count_text.strip().isdigit():
        raise RetryableError("esearch answer has no Count")
    translation = root.findtext("QueryTranslation")
    return SearchResult(
        term=term,
        count=int(count_text),
        webenv=root.findtext("WebEnv"),
        query_key=root.findtext("QueryKey"),
        query_translation=" ".join(translation.split()) if translation else None,
        ids=tuple(i.text.strip() for i in root.iterfind("IdList/Id") if i.text),
    )


def _parse_efetch(body: bytes) -> list[Article | Deletion]:
    try:
        return list(iter_pubmed_xml(io.BytesIO(body), "efetch answer"))
    except InputError as exc:
        raise RetryableError(f"efetch answer unusable ({exc.message.split(';')[0]})") from None

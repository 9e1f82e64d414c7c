"""A real HTTP server on 127.0.0.1 that answers as NCBI E-utilities does, for tests and benchmarks.

It serves real PubMed records (the bundled fixtures) through esearch (with the
history server: WebEnv/query_key, retstart/retmax, [crdt]/[mdat] date ranges)
and efetch (GET or POST, by history or by ID), serves recorded esearch answers
verbatim for the terms they were recorded for, and misbehaves on request: 429
with a JSON body and Retry-After, 500/502, a stalled answer, a body cut
mid-record, a record missing from a batch, and the retstart refusal past its cap.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from lxml import etree

from trialdb.fetch import read_articles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The answers' shape is that of the recorded ones; their DOCTYPE lines are left out (the client
# never loads a DTD, so they would change nothing).
ESEARCH_HEAD = '<?xml version="1.0" encoding="UTF-8" ?>\n'
EFETCH_HEAD = '<?xml version="1.0" ?>\n<PubmedArticleSet>\n'

#: Recorded real esearch answers, served verbatim for the term they were recorded for.
RECORDED = {"cancer": FIXTURES / "eutils" / "biopython__esearch2.xml"}
_RANGE = re.compile(r"\s+AND\s+(\d{4})/(\d{2})/(\d{2}):(\d{4})/(\d{2})/(\d{2})\[(crdt|mdat)\]\s*$")


@dataclass
class Record:
    """One real record in the server's PubMed: its XML and its creation and modification dates."""

    pmid: str
    xml: str
    text: str
    crdt: date
    mdat: date


def _date(el: etree._Element | None) -> date | None:
    if el is None or not (el.findtext("Year") or "").isdigit():
        return None
    month = el.findtext("Month") or "1"
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    m = int(month) if month.isdigit() else months.index(month[:3].lower()) + 1
    day = int(el.findtext("Day") or 1)
    return date(int(el.findtext("Year") or 1900), m, day)


def load_corpus(paths: list[Path] | None = None) -> dict[str, Record]:
    """Return the bundled real records keyed by PMID, with dates read from each record."""
    if paths is None:
        pubmed = FIXTURES / "pubmed"
        paths = sorted([*pubmed.glob("*.xml"), *pubmed.glob("*.xml.gz")])
    corpus: dict[str, Record] = {}
    for a in read_articles(paths):
        if not a.raw.startswith("<PubmedArticle") or a.pmid is None:
            continue
        el = etree.fromstring(a.raw)
        crdt = (
            _date(el.find("PubmedData/History/PubMedPubDate[@PubStatus='entrez']"))
            or _date(el.find("PubmedData/History/PubMedPubDate[@PubStatus='pubmed']"))
            or _date(el.find("MedlineCitation/DateCompleted"))
            or date(a.year or 1990, 1, 1)
        )
        mdat = _date(el.find("MedlineCitation/DateRevised")) or crdt
        corpus[a.pmid] = Record(a.pmid, a.raw, (a.title + " " + a.abstract).lower(), crdt, max(crdt, mdat))
    return corpus


@dataclass
class Fault:
    """One planned misbehaviour: ``kind`` on the next request to ``endpoint`` (None: any)."""

    kind: str
    endpoint: str | None = None


@dataclass
class ServerState:
    """Everything the server holds and records; tests read and change it."""

    corpus: dict[str, Record]
    cap: int = 9999
    faults: deque[Fault] = field(default_factory=deque)
    requests: list[tuple[float, str, dict[str, str], str]] = field(default_factory=list)
    histories: dict[str, list[str]] = field(default_factory=dict)
    stall_seconds: float = 2.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def search(self, term: str) -> list[str]:
        """Return the PMIDs matching ``term``, newest first, as PubMed orders them."""
        ranges: list[tuple[str, date, date]] = []
        while m := _RANGE.search(term):
            g = m.groups()
            ranges.append((g[6], date(int(g[0]), int(g[1]), int(g[2])), date(int(g[3]), int(g[4]), int(g[5]))))
            term = term[: m.start()]
        core = term.strip()
        while core.startswith("(") and core.endswith(")"):
            core = core[1:-1].strip()
        words = [w for w in (re.sub(r"\[[^\]]*\]", "", part).strip(' "()').lower() for part in re.split(r"\s+AND\s+", core)) if w]
        hits = []
        for rec in self.corpus.values():
            if words != ["all"] and not all(w in rec.text for w in words):
                continue
            if all(lo <= (rec.crdt if f == "crdt" else rec.mdat) <= hi for f, lo, hi in ranges):
                hits.append(rec)
        hits.sort(key=lambda r: (r.crdt, int(r.pmid)), reverse=True)
        return [r.pmid for r in hits]

    def add_fault(self, kind: str, endpoint: str | None = None, times: int = 1) -> None:
        """Plan ``times`` faults of ``kind`` for the next requests to ``endpoint``."""
        for _ in range(times):
            self.faults.append(Fault(kind, endpoint))

    def revise(self, pmid: str, old: str, new: str, when: date) -> None:
        """Change a record's text as PubMed would on a revision, with its modification date."""
        rec = self.corpus[pmid]
        assert old in rec.xml, old
        xml = rec.xml.replace(old, new)
        self.corpus[pmid] = Record(pmid, xml, rec.text.replace(old.lower(), new.lower()), rec.crdt, when)

    def take_fault(self, endpoint: str) -> str | None:
        with self.lock:
            for f in list(self.faults):
                if f.endpoint in (None, endpoint):
                    self.faults.remove(f)
                    return f.kind
        return None

    def max_requests_per_second(self, endpoints: tuple[str, ...] = ("esearch.fcgi", "efetch.fcgi")) -> int:
        """Return the most requests that arrived within any one second."""
        return most_in_one_second([t for t, path, _, _ in self.requests if path.rsplit("/", 1)[-1] in endpoints])


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeEutils/1.0"
    state: ServerState

    def log_message(self, *args: object) -> None:
        """Keep the test output clean: requests are recorded in ServerState.requests instead."""

    def do_GET(self) -> None:
        url = urlparse(self.path)
        self._answer(url.path, {k: v[-1] for k, v in parse_qs(url.query).items()}, "GET")

    def do_POST(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        self._answer(url.path, {k: v[-1] for k, v in parse_qs(body).items()}, "POST")

    def _send(self, status: int, body: bytes, ctype: str = "text/xml; charset=UTF-8", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, path: str, params: dict[str, str], method: str) -> None:
        st = self.state
        endpoint = path.rsplit("/", 1)[-1]
        with st.lock:
            st.requests.append((time.time(), path, params, method))
        fault = st.take_fault(endpoint)
        if fault == "429":
            body = b'{"error":"API rate limit exceeded","api-key":"127.0.0.1","count":"4","limit":"3"}\n'
            return self._send(429, body, "application/json", {"Retry-After": "1"})
        if fault in ("500", "502", "503"):
            return self._send(int(fault), f"<html><body>{fault} Server Error</body></html>".encode(), "text/html")
        if fault == "stall":
            time.sleep(st.stall_seconds)
        if endpoint == "esearch.fcgi":
            body = self._esearch(params)
        elif endpoint == "efetch.fcgi":
            body = self._efetch(params, drop_one=fault == "short")
        else:
            return self._send(404, b"<html>not found</html>", "text/html")
        if fault == "cut":
            # Promise the whole body, send half of it, and hang up.
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if fault == "cut-clean":
            # A body that ends mid-record but arrives "complete" (no length promised).
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self._send(200, body)

    def _esearch(self, params: dict[str, str]) -> bytes:
        st = self.state
        term = params.get("term", "")
        if term in RECORDED:
            return RECORDED[term].read_bytes()
        retstart = int(params.get("retstart", 0))
        retmax = int(params.get("retmax", 20))
        if retstart > st.cap - 1:
            return (
                f"{ESEARCH_HEAD}<eSearchResult><ERROR>Search Backend failed: Exception:\n'retstart' cannot be larger than "
                f"{st.cap - 1}. For PubMed, ESearch can only retrieve the first {st.cap:,} records matching the query. "
                "To obtain more than this many PubMed records, consider using EDirect</ERROR></eSearchResult>"
            ).encode()
        ids = st.search(term)
        webenv = f"MCID_{next(st._ids):024x}"
        st.histories[webenv] = ids
        id_list = "".join(f"\n<Id>{i}</Id>" for i in ids[retstart : retstart + retmax])
        translation = re.sub(r"\[crdt\]", "[Date - Create]", re.sub(r"\[mdat\]", "[Date - Modification]", term))
        return (
            f"{ESEARCH_HEAD}<eSearchResult><Count>{len(ids)}</Count><RetMax>{min(retmax, len(ids))}</RetMax>"
            f"<RetStart>{retstart}</RetStart><QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv><IdList>{id_list}\n</IdList>"
            f"<TranslationSet/><QueryTranslation>{translation.replace('&', '&amp;').replace('<', '&lt;')}</QueryTranslation>"
            "</eSearchResult>\n"
        ).encode()

    def _efetch(self, params: dict[str, str], drop_one: bool) -> bytes:
        st = self.state
        if "id" in params:
            ids = [i for i in params["id"].split(",") if i in st.corpus]
        else:
            history = st.histories.get(params.get("WebEnv", ""), [])
            retstart = int(params.get("retstart", 0))
            if retstart > st.cap - 1:
                return b"<?xml version='1.0'?><eFetchResult><ERROR>Cannot retrieve beyond the limit</ERROR></eFetchResult>"
            ids = history[retstart : retstart + int(params.get("retmax", 20))]
        if drop_one and ids:
            ids = ids[:-1]
        return (EFETCH_HEAD + "\n".join(st.corpus[i].xml for i in ids) + "\n</PubmedArticleSet>\n").encode()


class EutilsServer:
    """Start with ``with EutilsServer() as srv:``; ``srv.url`` is the E-utilities base URL."""

    def __init__(self, corpus: dict[str, Record] | None = None, cap: int = 9999) -> None:
        self.state = ServerState(corpus=corpus if corpus is not None else load_corpus(), cap=cap)
        handler = type("Handler", (_Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/entrez/eutils/"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> EutilsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def most_in_one_second(times: list[float]) -> int:
    """Return the most of ``times`` (seconds) that fall within any one second."""
    times = sorted(times)
    best = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    return best

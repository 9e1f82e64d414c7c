"""Reported p-values in every written form, each tied to the outcome it tests.

"p = 0.023", "P<.001", "p ≤ 0.05", "P < or = 0.01", "ptrend=0.048", "P = 3 x 10-5";
"p=NS" is not a value and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trialdb.extract.facts import PValue
from trialdb.extract.numbers import parse_float
from trialdb.extract.sentences import Sentence

_OPS = {
    "=": "=", "==": "=", ":": "=", "<": "<", ">": ">", "≤": "<=", "<=": "<=", "=<": "<=", "⩽": "<=", "≦": "<=",
    "≥": ">=", ">=": ">=", "=>": ">=", "⩾": ">=", "≧": ">=", "<or=": "<=", ">or=": ">=", "=or<": "<=", "=or>": ">=", "<<": "<", ">>": ">",
    "of": "=", "was": "=", "is": "=", "were": "=", "are": "=", "&lt;": "<", "&gt;": ">", "": "=", "＜": "<", "＞": ">", "＝": "=",
    "﹤": "<", "﹥": ">",
}
#: "less than or equal to" and its kin, written out (older MEDLINE abstracts write every "<" so).
_WORD_OPS = {"less": "<", "lower": "<", "smaller": "<", "greater": ">", "higher": ">", "larger": ">"}
_QWORD = r"(?!(?:less|lower|smaller|greater|higher|larger|than|of|was|is|were|are)\b)[A-Za-z][\w'’-]*"
PVALUE = re.compile(
    r"(?<![A-Za-z0-9])[Pp](?P<qual>"
    # "p's < 0.01", "ps < .05": several comparisons at once
    r"(?P<plural>s|'s|’s| 's)(?![A-Za-z])"
    # "P value", "P-trend", "Pinteraction", "P for trend", "P value for interaction", "p-value for time effect", "P value of FPI"
    r"|\s*[-_ \u2010\u2011]?\s*(?:values?(?:\s+(?:for|of)\s+(?:the\s+)?" + _QWORD + r"(?:\s+" + _QWORD + r"){0,3})?"
    r"|trend|for (?:the\s+)?" + _QWORD + r"(?:\s+" + _QWORD + r"){0,2}"
    r"|interaction|int|het|heterogeneity|adj|adjusted|corrected|non-?inferiority|superiority|equivalence)"
    # "P(trend)", "p (noninferiority)", "p [adjusted]", "P(group × time)"
    r"|\s*[(\[][A-Za-z][A-Za-z×*' -]{1,30}[)\]]"
    r")?"
    r"(?:\s*\((?:two|one)[- ]sided\))?"
    r"\s*(?P<op>"
    # "P = <0.01", "P: =.07", "p value of <0.05", "p value is < 0.001": a written operator after a verbal one
    r"(?:(?:=|:|\bof\b|\bwas\b|\bis\b|\bwere\b|\bare\b)\s*)?"
    r"(?:<\s?or\s?=|>\s?or\s?=|=\s?or\s?<|=\s?or\s?>|<=|>=|=<|=>|==|<<|>>|[=<>≤≥⩽⩾≦≧:＜＞＝﹤﹥]|&lt;|&gt;"
    r"|(?P<word>less|lower|smaller|greater|higher|larger) than(?P<or_equal> or equal to)?)"
    r"|\bof\b|\bwas\b|\bis\b|\bwere\b|\bare\b"
    # no operator after a qualifier: "P value 0.02", "P for interaction 0.004"
    r"|(?(qual)(?<=\s)(?=0?[.·]\d)|(?!)))\s*"
    r"(?P<num>10\s?(?:\^|\*\*)?\s?(?:\([-−–]\s?\d+\)|[-−–]\s?\d+)(?![\d.])|[-−]?(?:0,\d+(?![\d,])|0[.·] \d+|\d+(?:[.·]\d+)?|[.·]\d+)"
    r"(?:\s?(?:[x×·*]\s?10\s?(?:\^|\*\*)?\s?(?:\([-−–]\s?\d+\)|[-−–]\s?\d+)|[eE][-−]\d+))?)"
)
_VERBAL_LEAD = re.compile(r"(?:of|was|is|were|are|:)\s*(?=\S)|=\s+(?=[<>≤≥＜＞])")
#: Decimals cut by a lost character ("p=0?029", "P < 0. 05") or written without their point ("p = 00003"): no value can be read.
_TRUNCATED = re.compile(r"\s?[?·.,]\s?\d|[?·.]")
#: An alpha level, not a result: "P < 0.05 was considered significant", "significance was set at P < 0.05",
#: "at the P ≤ 0.05 level of significance", "variables with p value less than 0.1 were included".
_THRESHOLD_AFTER = re.compile(
    r"\s*,?\s*(?:(?:was|were|is|are|being|will be|would be|to be|as|and)\s+)?(?:(?:a|an|the|statistically|all)\s+)?"
    r"(?:(?:considered|regarded|accepted|deemed|taken|defined|set|chosen|used|interpreted|indicated)\b"
    r"[^.;)]{0,40}?\b(?:(?<!clinically )significan|cut-?off|threshold|level)"
    r"|(?:selected|included|entered|retained|kept)\b[^.;)]{0,40}?\b(?:model|analys|regression|multivariab|multivariate)"
    r"|(?:level|threshold) of (?:statistical )?significance|significance (?:level|threshold)|(?:statistically )?significant\b(?=\s*[.;]|\s*$))",
    re.I,
)
_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:significan\w*|alpha|α|type I error(?: rate)?)\s+(?:level\s+)?(?:was\s+|were\s+|is\s+|will be\s+)?"
    r"(?:set|defined|fixed|established|accepted|considered|taken|chosen|determined|tested|assumed|declared)\s+(?:at|as|to be|when|if)"
    r"|\b(?:level of (?:statistical )?significance|significance level|significance threshold|alpha level|α level)"
    r"(?:\s+(?:was|of|is|at|used|set at|chosen|taken as|=|:))*"
    r"|\b(?:considered|regarded|accepted|deemed|defined)\s+(?:as\s+|to be\s+)?(?:statistically\s+)?significant\s+(?:at|if|when|for)"
    r"|\b(?:considered|regarded|accepted)\s+)"
    r"\s*(?:an?\s+|the\s+)?(?:two-(?:sided|tailed)\s+|one-(?:sided|tailed)\s+)?(?:value\s+of\s+)?$",
    re.I,
)
#: "(p 0.04)": a bare p and its value inside a bracket or a list, no operator written.
BARE_PVALUE = re.compile(r"(?<=[(\[,;]) ?[Pp]\s+(?P<num>0?[.·]\d+)(?=\s*[)\],;])")
_MORE_VALUES = re.compile(
    r"(?:\s+(?:for|in)\s+[^,;()\d]{1,40}?)?\s*(?:,|and|;|,\s*and)\s*(?P<num>0?\.\d+|1\.0+)(?![\d%])"
    r"(?=\s*(?:[,;)]|and\b|,?\s*respectively\b|(?:for|in)\s|\.(?:\s|$)|$))"
)
_POWER_OF_TEN = re.compile(r"^10\s?(?:\^|\*\*)?\s?\(?[-−–]\s?(?P<e>\d+)\)?$")
_SCI = re.compile(r"^(?P<m>[\d.]+)\s?(?:[x×·*]\s?10\s?(?:\^|\*\*)?\s?\(?[-−–]\s?(?P<e>\d+)\)?|[eE][-−](?P<e2>\d+))$")

# Where the outcome a p-value tests is named, nearest first.
_IN_PHRASE = re.compile(
    r"\b(?:differences?|improvements?|changes?|reductions?|increases?|decreases?|declines?|effects?|gains?|benefits?|worsening)"
    r"\s+(?:between (?:the )?(?:two |treatment |study )?(?:groups|arms)\s+)?(?:in|of|for|on)\s+(?:the\s+)?(?P<x>[^(),;]+)",
    re.I,
)
_X_STOP = re.compile(
    r"\s+(?:was|were|is|are|between|compared|versus|vs\.?|than|among|after treatment|from baseline|for patients|in patients"
    r"|in the [\w\s\x22'-]{1,40}? (?:group|arm)s?)\b.*$",
    re.I,
)
_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|showed|shown|reported|experienced|occurred|improved|increased|decreased|"
    r"reduced|differed|remained|achieved|demonstrated|observed|found|noted)\b",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?:(?:however|moreover|furthermore|in addition|additionally|similarly|overall|at [^,]+|after [^,]+|by [^,]+|in [^,]+),\s*)?"
    r"(?:the\s+)?(?P<x>[^,;]{2,80}?)\s+(?:was|were|is|are|had|showed|amounted|improved|increased|decreased|declined|"
    r"differed|remained|did|reduced|rose|fell|correlated|predicted|yielded|occurred|benefited|benefitted|resulted|"
    r"led|achieved|experienced|reported|demonstrated)\b",
    re.I,
)
_NUMERIC = re.compile(r"^[\s\d.,%:;/±+\-−–—x×()\[\]<>=≤≥]*(?:versus|vs\.?|and|to|mm|h|min|days?|ms|mg|%)?[\s\d.,%:;/±+\-−–—x×()\[\]<>=≤≥]*$", re.I)
_STAT_WORDS = re.compile(r"^(?:\s*(?:OR|RR|HR|CI|MD|SMD|95%|chi|χ2|t|F|r|z|df|U)\b)", re.I)
_LEAD = re.compile(r"^(?:(?:and|or|but|the|a|an|with|in|for|both|including|especially|particularly|notably|namely|than)\s+)+", re.I)


#: "10-5" to "10-999": an exponent of more digits is no p-value (and past a float's range).
_MAX_EXPONENT_DIGITS = 3


def _value(num: str) -> float | None:
    num = num.replace("−", "-").replace("·", ".").replace(" ", "")
    if num.startswith("0,"):
        num = "0." + num[2:]
    if (ten := _POWER_OF_TEN.match(num)) is not None:
        return 10.0 ** -int(ten.group("e")) if len(ten.group("e")) <= _MAX_EXPONENT_DIGITS else None
    m = _SCI.match(num.lstrip("-"))
    if m:
        exp = m.group("e") or m.group("e2")
        if len(exp) > _MAX_EXPONENT_DIGITS:
            return None
        base = parse_float(m.group("m"))
        return None if base is None else base * 10 ** -int(exp)
    return parse_float(num)


def _operator(m: re.Match[str]) -> str | None:
    """Return the normalised operator of a p-value match ("<", "<=", ...), or None when it is not one."""
    groups = m.groupdict()
    if groups.get("word"):
        op = _WORD_OPS[groups["word"].lower()]
        return op + "=" if groups.get("or_equal") else op
    raw = (groups.get("op") or "").strip().lower()
    # "= <0.01", ": =.07", "of <0.05": the written symbol after the verbal one decides ("=<" alone is "<=").
    lead = _VERBAL_LEAD.match(raw)
    written = raw[lead.end():] if lead else raw
    written = re.sub(r"\s+", "", written)
    return _OPS.get(written)


def _readable(m: re.Match[str], text: str) -> bool:
    """Return whether the number of a p-value match is whole as written, not cut short or missing its decimal point."""
    num = m.group("num").lstrip("-−")
    if num[:1].isdigit() and not any(c in num for c in ".·,xX×*eE^"):
        if len(num) > 1 and num[0] == "0":
            return False  # "p = 00003": the point was lost
        if _TRUNCATED.match(text, m.end()) and not (num != "0" and text.startswith(".", m.end()) and text[m.end() + 1 :].strip() == ""):
            return False  # "p=0?029", "P < 0. 05"
    groups = m.groupdict()
    if groups.get("word") or groups.get("plural"):
        # "less than 1 year", "PS ≤ 1": without a decimal these are not p-values.
        return bool(re.match(r"0?[.·]\d|10\b|\d[.·]?\d*\s?[x×*eE]", num))
    return True


def _is_threshold(m: re.Match[str], text: str) -> bool:
    """Return whether a p-value match states the significance level, not a result ("P < 0.05 was considered significant")."""
    op = m.groupdict().get("op") or ""
    if ">" in op and "<" not in op or m.groupdict().get("word", "") in ("greater", "higher", "larger"):
        return False
    clause_start = max(text.rfind(";", 0, m.start()), text.rfind("(", 0, m.start()), m.start() - 90, 0)
    return bool(_THRESHOLD_AFTER.match(text, m.end()) or _THRESHOLD_BEFORE.search(text, clause_start, m.start()))


def _clean(text: str) -> str | None:
    text = _LEAD.sub("", " ".join(text.split()).strip(" ,;:(")).strip(" ,;:")
    if not text or _NUMERIC.match(text) or _STAT_WORDS.match(text) or len(text.split()) > 14:
        return None
    if not re.search(r"[A-Za-z]{2}", text):
        return None
    return text


def outcome_for(sentence: str, p_start: int, p_end: int, clause_start: int) -> str | None:
    """Return the outcome phrase that the p-value at [p_start, p_end) of ``sentence`` tests."""
    open_paren = sentence.rfind("(", clause_start, p_start)
    close_paren = sentence.rfind(")", clause_start, p_start)
    if open_paren > close_paren:
        inside = sentence[open_paren + 1 : p_start]
        inside = re.split(r"[;]", inside)[-1] if ";" in inside and not re.search(r"[A-Za-z]{3}", inside.split(";")[-1] or "") else inside
        inner = _clean(re.sub(r"[,;:]\s*$", "", inside.strip()))
        if inner:
            m = _IN_PHRASE.search(inner)
            return _clean(m.group(0)) if m else inner
        before = sentence[clause_start:open_paren]
    else:
        before = sentence[clause_start:p_start]
    # A list item: "vasomotor symptoms (P<0.001), sexual functioning (P<0.001)", or the object of a
    # verb just before the bracket: "... reported hot flushes (P<0.001)".
    if open_paren > close_paren:
        item = re.split(r"[,;:]", before)[-1]
        if not re.search(r"\b(?:compared|versus|vs|than|respectively|between)\b|\)", item, re.I):
            verbs = list(_VERB.finditer(item))
            tail = item[verbs[-1].end():] if verbs else item
            cleaned = _clean(tail)
            if cleaned and len(cleaned.split()) <= 6 and not re.match(r"(?:significant|not|no)\b", cleaned, re.I):
                return cleaned
    phrases = list(_IN_PHRASE.finditer(before))
    if phrases:
        return _clean(_X_STOP.sub("", phrases[-1].group("x")))
    m = _SUBJECT.search(before.strip())
    if m:
        return _clean(_X_STOP.sub("", m.group("x")))
    return None


def find_pvalues(sents: Sequence[Sentence]) -> list[PValue]:
    """Return every p-value outside the background, with offsets into the abstract and its outcome."""
    out: list[PValue] = []
    for s in sents:
        if s.section in ("background", "title"):
            continue
        clause_start = 0
        for m in sorted([*PVALUE.finditer(s.text), *BARE_PVALUE.finditer(s.text)], key=lambda x: x.start()):
            value = _value(m.group("num"))
            op = _operator(m)
            if value is None or op is None or not (0 <= value <= 1) or not _readable(m, s.text) or _is_threshold(m, s.text):
                continue
            outcome = outcome_for(s.text, m.start(), m.end(), clause_start)
            out.append(
                PValue(
                    op=op,  # type: ignore[arg-type]
                    value=value,
                    text=m.group(0),
                    start=s.start + m.start(),
                    end=s.start + m.end(),
                    section=s.section,
                    outcome=outcome,
                )
            )
            # "(p = 0.219, 0.310)": further values of the same comparison, same operator.
            tail = m.end()
            while (more := _MORE_VALUES.match(s.text, tail)) is not None:
                extra = _value(more.group("num"))
                if extra is None or not (0 <= extra <= 1):
                    break
                out.append(
                    PValue(
                        op=op,  # type: ignore[arg-type]
                        value=extra,
                        text=more.group("num"),
                        start=s.start + more.start("num"),
                        end=s.start + more.end("num"),
                        section=s.section,
                        outcome=outcome,
                    )
                )
                tail = more.end()
            clause_start = tail
            # Skip a closing bracket so the next item's text starts after it.
            while clause_start < len(s.text) and s.text[clause_start] in ")]":
                clause_start += 1
    return out

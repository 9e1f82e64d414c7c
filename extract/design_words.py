"""Design words: "randomized" naming a study's design ("a randomised, double-blind study") rather than saying that
people were randomised ("patients were randomised to ...")."""

from __future__ import annotations

#: "a randomised, double-blind study in 42 subjects", "using a randomized crossover design": "randomized" naming the
#: design, not saying that these people were randomised (lookahead after "randomized").
_DESIGN_NOUN = (
    r"(?:trials?|stud(?:y|ies)|designs?|fashion|manner|order|sequences?|cross-?overs?|experiments?|comparisons?|evaluations?|"
    r"investigations?|pilot|protocol|RCTs?)\b"
)
_DESIGN_ADJECTIVE = (
    r"(?:double|single|triple|open|placebo|sham|vehicle|active|parallel|cross|controlled|blind|masked|prospective|retrospective|multi|"
    r"pilot|clinical|comparative|phase|feasibility|observer|investigator|assessor|community|cluster|pragmatic|factorial|"
    r"[2-4]-|two|three|four|non|[\w]+-(?:blind|blinded|controlled|masked|group|arm|way|period|centre|center|label|inferiority)|"
    r"I{1,3}V?\b|IV\b|[1-4][ab]?\b)[\w-]*"
)
NOT_DESIGN_ADJECTIVE = rf"(?![\s,]+(?:(?:and|or)\s+)?(?:{_DESIGN_ADJECTIVE}[\s,]+(?:(?:and|or)\s+)?){{0,6}}{_DESIGN_NOUN})"
#: A word saying that people were allocated at random (not "a randomized ... trial"), for a sentence's kind of counts.
RANDOMIZED_VERB = rf"randomi[sz]ed{NOT_DESIGN_ADJECTIVE}|randomi[sz](?:ation|ing|e)|randomly|assigned|allocated|allocation"

"""Registry IDs of the 13 registries, normalised, with no hits on DOIs or grant numbers."""

from __future__ import annotations

import pytest

from trialdb.extract.registry import find_registry_ids, normalise_registry_id, registry_ids_in
from trialdb.extract.sentences import Sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinicaltrialsgov Identifier: NCT01716481.", "NCT01716481"),
        ("ClinicalTrials.gov number, nct 01716481", "NCT01716481"),
        ("TRIAL REGISTRATION: ISRCTN 63718836.", "ISRCTN63718836"),
        ("Chinese Clinical Trial Registry ChiCTR-TRC-12002291", "CHICTR-TRC-12002291"),
        ("registered at ChiCTR1800017423", "CHICTR1800017423"),
        ("UMIN Clinical Trials Registry, no. UMIN000024317", "UMIN000024317"),
        ("UMIN-CTRID:000013364R:000015591", "UMIN000013364"),
        ("IRCT138804272200N", "IRCT138804272200N"),
        ("ISRCTN 63718836", "ISRCTN63718836"),
        ("EudraCT number 2019-001680-69", "2019-001680-69"),
        # labelled, one digit short, kept as written (devset 20942940)
        ("EudraCT: 2008-04857-14, Danish Data Agency: 2008-41-2711", "2008-04857-14"),
        ("EU CT number 2022-500024-30-00", "2022-500024-30-00"),
        ("ANZCTR: ACTRN12612000123456", "ACTRN12612000123456"),
        ("UMIN000012345", "UMIN000012345"),
        ("jRCTs031180123", "jRCTs031180123"),
        ("German Clinical Trials Register DRKS00012345", "DRKS00012345"),
        ("CTRI/2017/05/008527", "CTRI/2017/05/008527"),
        ("IRCT2012071010230N1", "IRCT2012071010230N1"),
        ("Clinical Research Information Service KCT0001234", "KCT0001234"),
        ("Netherlands Trial Register NTR1234", "NTR1234"),
        ("Pan African Clinical Trials Registry PACTR201801002857123", "PACTR201801002857123"),
    ],
)
def test_formats(text: str, expected: str) -> None:
    assert [rid for _, rid, *_ in registry_ids_in(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "doi: 10.1186/ISRCTN63718836",
        "Supported by grant R01NS012345 and NS-1234567",
        "published in 2019-2020 with 1200-2400 participants",
        "GenBank accession Z93128",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert registry_ids_in(text) == []


def test_text_and_databank_are_merged_once() -> None:
    s = Sentence("TRIAL REGISTRATION: ISRCTN 63718836.", 0, 35, "registration")
    ids = [rid for rid, *_ in find_registry_ids([s], ["ISRCTN63718836", "Z93128", "NCT00000419"])]
    assert ids == ["ISRCTN63718836", "NCT00000419"]


def test_an_id_in_the_title_and_the_abstract_is_listed_once() -> None:
    """devset 21371292: "the APAP trial (ISRCTN45810007)" in the title, "registered ... ISRCTN45810007" in the abstract."""
    from trialdb.extract import Extractor
    from trialdb.fetch import Article
    from trialdb.fetch.article import AbstractSection

    art = Article(pmid="21371292", title="Paracetamol after surgery - the APAP trial (ISRCTN45810007)", raw_format="text",
                  sections=(AbstractSection(None, None, "The trial is registered with Current Controlled Trials ISRCTN45810007."),))
    assert Extractor().extract(art).to_contract()["registry_ids"] == ["ISRCTN45810007"]


def test_normalise_databank_accession() -> None:
    assert normalise_registry_id("NCT01716481") == "NCT01716481"
    assert normalise_registry_id("AF078607") is None


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # words between the registry's name and the number (development set by PMID; EBM-NLP by PMID; evidence-inference by PMC id)
        ("28465278", "International Standard Randomized Controlled Trial Number (ISRCTN): 58808893; http://www.controlled-trials.com/ISRCTN58808893 "
         "(Archived by Webcite at http://www.webcitation.org/6pmrDRnGt)", ["ISRCTN58808893"]),
        ("17046466", "This trial is registered with the International Standard Randomised Controlled Number 26727615 with the name ALL97.",
         ["ISRCTN26727615"]),
        ("PMC4907437", "TRIAL REGISTRATION: ISRCTN Registry 24426731", ["ISRCTN24426731"]),
        ("22638779", "Study registration was in the UMIN Clinical Trial Registry (UMIN 000001497), and the institutional trial number was KDOG 0801.",
         ["UMIN000001497"]),
        ("21148662", "(umin CTR C000000427).", ["C000000427"]),
        ("PMC5891027", "TRIAL REGISTRATION: University Hospital Medical Information Network 000024317", ["UMIN000024317"]),
        ("PMC3376507", "TRIAL REGISTRATION: Australian New Zealand Clinical Trials Registry (ANZCTR): 12610000197033;", ["ACTRN12610000197033"]),
        ("18294375", "Australian New Zealand Clinical Trials Registry ACTRN012606000098538 (date registered 14/03/2006).", ["ACTRN012606000098538"]),
        ("PMC4120407", "TRIAL REGISTRATION NUMBER: Australian New Zealand ClinicalTrial RegistryACTRN12613000833763.", ["ACTRN12613000833763"]),
        ("PMC5777197", "(clinicaltrials.gov identifier: 01358734).", ["NCT01358734"]),
        ("PMC4015540", "This trial was registered with ClinicalTrials.gov (no. NCT‐00552175).", ["NCT00552175"]),
        ("PMC5971365", "https://clinicaltrials.gov/ct2/show/NCT01064401.", ["NCT01064401"]),
        ("PMC3539875", "TRIAL REGISTRATION: Netherlands Trial Register: 1747.", ["NTR1747"]),
        ("PMC5153384", "Trial Registration Dutch Trial Register 26 January 2010 (NTR2181 http://www", ["NTR2181"]),
        # a prefix joined by a hyphen, EudraCT written with slashes or joined to its name
        ("21943294", "This trial is registered at Current Controlled Trials and is traceable as NTR-ISRCTN93702927.", ["ISRCTN93702927"]),
        ("PMC3599509", "EUDRACT NO: 2007/005138/35", ["2007-005138-35"]),
        ("PMC3978457", "TRIAL REGISTRATIONS: ISRCTN11916566 and EudraCT2006-006186-16", ["ISRCTN11916566", "2006-006186-16"]),
        ("PMC3160381", "(Registration Number: JAPICCTI-050121).", ["JAPICCTI-050121"]),
        ("PMC4069273", "TRIAL REGISTRATION: ClinicalTrials.in.th: TCTR20140602001.", ["TCTR20140602001"]),
    ],
)
def test_forms_in_real_registrations(source: str, text: str, expected: list[str]) -> None:
    assert [rid for _, rid, *_ in registry_ids_in(text)] == expected

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


def test_normalise_databank_accession() -> None:
    assert normalise_registry_id("NCT01716481") == "NCT01716481"
    assert normalise_registry_id("AF078607") is None

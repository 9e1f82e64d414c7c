"""The general forms of issue 11's count rules, each on real sentences (devset fixtures and EBM-NLP abstracts, by PMID).

Roles: "randomized" naming a design is no randomised count; a count of units inside a noun phrase of people does not
end that phrase; the verb after long modifiers, decimals or a bracket decides; a second verb of the same subject.
Reconciliation: arms agree with the study's counts (not with an analysed or one group's count); listed groups add up;
clinicians beside patients are clusters; protocols and plans have no arms. Group sizes: bare bracketed sizes that add
up, abbreviations and codes in labels, "(x%) of N in the group", equal groups named by letter, lists before a bracket.
"""

from __future__ import annotations

import pytest

from trialdb.extract.arm_sizes import clean_label, find_arm_sets
from trialdb.extract.count_roles import assign_roles
from trialdb.extract.counts import find_counts
from trialdb.extract.sample_size import find_sample_size
from trialdb.extract.sentences import Sentence


def _sents(texts: list[str], section: str = "methods") -> list[Sentence]:
    """Return the texts as consecutive sentences of one abstract (offsets as the splitter gives them)."""
    out, at = [], 0
    for t in texts:
        out.append(Sentence(t, at, at + len(t), section))
        at += len(t) + 1
    return out


def _roles(text: str, section: str = "methods") -> list[tuple[int, str]]:
    s = Sentence(text, 0, len(text), section)
    return [(r.mention.n, r.role) for r in assign_roles(list(find_counts(s))) if r.mention.unit_kind in ("people", "none")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "randomized" naming the design (devset 9482142, 21554710, 29373503): the count is studied, not stated as randomised.
        ("The antianginal efficacy of 240 mg sustained release verapamil once daily doses and 300 mg diltiazem was studied in 20 "
         "normotensive patients with chronic stable angina pectoris, using a randomized, double-blind crossover design.", (20, "enrolled")),
        ("Using a randomized crossover design, nine obese glucose intolerant people consumed 40 g ground flaxseed or 40 g wheat bran "
         "daily for 12 weeks with a 4-week washout period.", (9, "mentioned")),
        # A count of units in the noun phrase (devset 17059514, 24265523) and the number restated in digits (devset 25885418).
        ("Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group "
         "(n = 26) or a free diet group (n = 25).", (51, "randomized")),
        ("A total of 850 patients with 1,039 lesions was randomized to the EES (n=425) and PES (n=425) groups.", (850, "randomized")),
        ("Fifty-eight (58) children primarily from inner city Boston with persistent-level asthma were randomised to either usual care "
         "or use of BostonBreathes.", (58, "randomized")),
        # The verb after long modifiers (devset 29430154) and after decimals (devset 29636047).
        ("A total of 125 patients diagnosed with PCOS defined as per the ESHRE/ASRM Rotterdam criteria (2003) undergoing IVF in "
         "antagonist protocol were randomized into two groups.", (125, "randomized")),
        ("In this study, 60 patients newly diagnosed with type 2 diabetes mellitus (mean age 33.97 ± 5.67 years) were randomly assigned "
         "to receive once-daily subcutaneous liraglutide or oral metformin.", (60, "randomized")),
        # A second verb of the same subject (devset 23181739, 24326395).
        ("Nine healthy, recreationally active men (age 23.5 ± 3.4 yr) participated in the study and were randomly divided into two "
         "groups in a cross-over study design.", (9, "randomized")),
        ("In this randomized double-blind, placebo-controlled study, 72 healthy participants performed smooth pursuit eye movements (SPEM), "
         "prosaccades (PS) and antisaccades (AS) while being randomly assigned to one of four drug groups.", (72, "randomized")),
        # An "n =" inside a bracket: the verb after the bracket (devset 26000038).
        ("Adults diagnosed with MetS using National Cholesterol Education Program criteria (n = 182; mean ± SD age = 56 ± 9.1) were "
         "randomly assigned to a 1-year yoga intervention group or control group.", (182, "randomized")),
        # "Data for N were evaluated" (devset 28074135); "a subset of N" (devset 17224066); "complete" as an adjective is no stage.
        ("Data for 1792 patients were evaluated.", (1792, "analyzed")),
        ("In addition, after 2 wk into each period an 8 h postprandial challenge was initiated in a subset of 19 subjects who consumed "
         "a meal containing 53 g of test fat.", (19, "subgroup")),
        ("Thirty human volunteers were fed complete, whole food diets during 4 wk periods.", (30, "mentioned")),
    ],
)
def test_roles_of_general_forms(text: str, expected: tuple[int, str]) -> None:
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "section", "n", "role"),
    [
        # A count with its share of another (EBM-NLP 16360994, 20500493) is a part; a breakdown of the count is not
        # (devset 27004413).
        ("Eight patients (13%) have demonstrated an increase in their serum creatinine concentration.", "results", 8, "events"),
        ("Adverse events led to study drug discontinuation in 17 IE patients (26.2%) and 28 DE patients (37.8%) (NS).", "results", 28, "events"),
        ("Among 18,520 participants (96 % male, mean age 41 years), 708 developed TB.", "results", 18520, "enrolled"),
    ],
)
def test_shares_are_parts(text: str, section: str, n: int, role: str) -> None:
    assert (n, role) in _roles(text, section)


@pytest.mark.parametrize(
    ("texts", "total", "randomized", "arms"),
    [
        # Bare bracketed sizes adding up to the stated count (devset 25193490).
        (["One hundred and five families were randomly allocated either to the early (53) or to the late (52) intervention group."],
         105, 105, [("early", 53), ("late", 52)]),
        # An abbreviation before "group" is part of the label (EBM-NLP 23660099).
        (["Seventy SAP cases admitted from January 2005 to October 2012 were randomly assigned into parenteral nutrition (PN) group "
          "(n=22), EN group (n=25) and bifidobacterium added EN (P+EN) group (n=23)."],
         70, 70, [("parenteral nutrition (PN)", 22), ("EN", 25), ("bifidobacterium added EN (P+EN)", 23)]),
        # An analysed count does not bound the randomised arms (EBM-NLP 19278832).
        (["Patients were randomized to bone-borne (n=25) and tooth-borne (n=21) groups.", "23 bone-borne and 19 tooth-borne patients were analyzed."],
         46, None, [("bone-borne", 25), ("tooth-borne", 21)]),
        # "N to X and M to Y" with a screening funnel before it (EBM-NLP 10848655).
        (["A total of 32 929 subjects were invited to attend, 8407 were evaluable, and 2329 (28%) of these were H. pylori-positive.",
          "A total of 1161 subjects were randomized to OCT and 1163 to placebo."],
         2324, None, [("OCT", 1161), ("placebo", 1163)]),
        # One clause per randomised group, the second with "to receive", the first with its share (devset4 25918727, 24339839).
        (["Twenty patients were randomly assigned to the placebo group and another 20 patients were randomly assigned to receive "
          "sulodexide 100 mg/day for 14 weeks."], 40, None, [("placebo", 20), ("sulodexide 100 mg/day", 20)]),
        (["Out of 73 patients with low normal B12 levels 34 (47%) were randomized to the treatment group while 39 (53%) were randomized "
          "to the control arm."], 73, 73, [("treatment", 34), ("control", 39)]),
        # "(n = 105)" after the surgery the patients had, "(n = 35)" after the hours of a regimen, count people (devset4 25516773).
        (["Patients undergoing ambulatory knee arthroscopy or inguinal hernia repair surgery (n = 105) were randomized into 3 groups: "
          "Group1 paracetamol/naproxen (n = 35), Group 2 paracetamol/CR oxycodone for 24 hours (n = 35), and Group 3 paracetamol/CR "
          "oxycodone for 48 hours (n = 35)."], 105, None,
         [("Group1 paracetamol/naproxen", 35), ("Group 2 paracetamol/CR oxycodone", 35), ("Group 3 paracetamol/CR oxycodone", 35)]),
        # People listed together before the verb add up, and the arms agree with their sum (EBM-NLP 7608801).
        (["Fifty-five children with cancer and eight children given total parenteral nutrition by the surgery or nutrition support "
          "services were randomly assigned to receive a heparin CVC flush solution (n = 31) or a heparin-vancomycin CVC flush solution (n = 32)."],
         63, None, [("heparin CVC flush solution", 31), ("heparin-vancomycin CVC flush solution", 32)]),
        (["Six female and 18 male volunteers (median age 26 years) with a history of allergic rhinitis but currently free of symptoms "
          "were included in this randomized, placebo-controlled, double-blind, three-period crossover study."], 24, None, []),
        # Clinicians randomised beside their patients are clusters; groups named only by their role take what the design sentence
        # says each received (devset 27098346).
        (["Secondary analysis was undertaken on data from a multicentre cluster randomised controlled trial in which 15 clinicians were "
          "randomly assigned to refer eligible patients to an exercise training intervention (n = 8) or to provide usual care (n = 7).",
          "Data from 119 patients (intervention n = 53, control n = 66) were available for this analysis."],
         119, None, [("intervention (exercise training intervention)", 53), ("control (provide usual care)", 66)]),
        # Equal groups named by letter in the next sentence (devset 23225931).
        (["60 women undergoing elective cesarean section were allocated into three groups of 20 each in a randomized blinded fashion.",
          "Epidural analgesia was administered with sufentanil 50 mcg in Group S; morphine 4 mg in Group M; and, a combination of "
          "sufentanil 25 mcg and morphine 2 mg was used in Group SM."],
         60, 60, [("Group S", 20), ("Group M", 20), ("Group SM", 20)]),
        # Sizes in a sentence that counts trials are the trials' (EBM-NLP 19193781).
        (["Two open-label, controlled, multicenter, intergroup, international, randomized phase III studies were submitted -- one "
          "conducted by the European Organization for Research and Treatment of Cancer (n = 946) and the other by the Southwest "
          "Oncology Group (n = 746)."], 1692, None, []),
        # A count after "a study in which" is the study's own; a dose with its drug before the comma (EBM-NLP 6363798).
        (["To determine the impact of indomethacin on the course of uremic pericarditis we performed a prospective, double blind study in "
          "which 24 patients with endstage chronic renal failure and pericarditis randomly received indomethacin, 25 mg four times daily, "
          "(11 patients) or a placebo (13 patients) for a 3-week period."],
         24, 24, [("indomethacin 25 mg four times daily", 11), ("placebo", 13)]),
        # One clause per group opening with its size, "of these" after it; the total the count enrolled (EBM-NLP 25798575).
        (["RESULTS A total of 381 patients were enrolled; 189 of these were randomized to discontinue statins, and 192 were randomized to "
          "continue therapy."], 381, None, [("discontinue statins", 189), ("continue therapy", 192)]),
        # The second clause without its verb (EBM-NLP 2949396).
        (["The patients were allocated randomly to two groups: 14 patients received oral treatment with ASA 500 mg b.i.d. for 14 days, "
          "11 patients placebo b.i.d. for the same period."], 25, None, [("ASA 500 mg b.i.d", 14), ("placebo b.i.d", 11)]),
        # A count inside a bracket after a count of people breaks it down: the verb after the bracket is the head's (EBM-NLP 939970).
        (["Forty-one consecutive patients with supratentorial primary brain tumors (38 Grade III and IV astrocytomas, one giant-cell "
          "astrocytoma, and two cases with insufficient tissue for diagnosis) were randomly allocated within 2 weeks of surgery to one of "
          "three therapeutic groups."], 41, 41, []),
        # Sizes followed by what happened to them are events, not arms (EBM-NLP 20203546).
        (["METHODS Sixty-six patients with American Society of Anesthesiologists (ASA) physical status class I who required tracheal "
          "intubation for elective surgery were randomly assigned to one of two groups.",
          "Two patients in group R and 15 patients in group LE developed hypertension (odds ratio [OR]: 0.064) (P < 0.001)."], 66, 66, []),
        # Of two counts stated as randomized, the one the arms add up to (EBM-NLP 26035186).
        (["Adults with MDD and a MADRS total score of at least 26 were randomized (1:1:1) to receive vortioxetine 10 mg or 15 mg or "
          "placebo once daily.",
          "RESULTS Of the 1,111 subjects screened, 469 subjects were randomized: 160 to placebo, 157 to vortioxetine 10 mg, and 152 to "
          "vortioxetine 15 mg."], 469, 469, [("placebo", 160), ("vortioxetine 10 mg", 157), ("vortioxetine 15 mg", 152)]),
        # Groups larger than all the study randomised pool another study's patients: not arms (EBM-NLP 12886239).
        (["From February 1991 to December 1994, 376 patients with newly diagnosed CML in chronic phase were randomized.",
          "Therefore, a total of 534 patients were evaluable (226 patients with IFN/HU and 308 patients with HU)."], 376, 376, []),
        # "who required" says who they are, not what happened to them: the listed people add up (EBM-NLP 12193353).
        (["PARTICIPANTS 100 neurosurgical patients and 40 patients with leukaemia who required chemotherapy."], 140, None, []),
        # People counted after "by" (EBM-NLP 24517028); general practitioners are people when no patients are counted (devset 25885341).
        (["Paracetamol (1.0 g) was co-ingested alone or with (300 mg) ferrous sulphate by ten healthy male volunteers."], 10, None, []),
        (["In the context of a cluster randomised trial in mostly rural towns in 4 Australian states, semi structured interviews were "
          "conducted with 44 GPs between March 2011 and July 2012."], 44, None, []),
        # Seven equal groups; a study "including" its patients; a report of an ongoing study's completers (EBM-NLP 25342205,
        # 24035299, 2196621); a label ends before "completed" (EBM-NLP 14616279).
        (["METHODS Patients undergoing elective surgical procedures were randomly allocated into seven groups of 30 patients each."],
         210, None, []),
        (["METHODS We conducted a prospective crossover study including 10 patients undergoing pneumonectomy for lung cancer between July "
          "2011 and July 2012."], 10, None, []),
        (["This is a preliminary report on 18 children, ages 3.08 to 7.99 years, who completed this ongoing study."], 18, None, []),
        (["Twenty-four women treated with ES and 11 women treated with Kegel exercises completed the 8-week study program."], 35, None,
         [("ES", 24), ("Kegel exercises", 11)]),
        # A study of animals counts its animals (EBM-NLP 25070364).
        (["A total of 1,480 pigs were used in 3 experiments to determine the effects of corn distillers dried grains with solubles."],
         1480, None, []),
        # A count of people before the sizes does not swallow the first group's (EBM-NLP 15217131).
        (["RESULTS 308 patients were included in this trial with 156 patients in group 1 and 152 in group 2."], 308, None,
         [("group 1", 156), ("group 2", 152)]),
        # People described in a clause each ("40 patients with X and 40 patients with Y") are strata, not arms (devset 20942940).
        (["40 patients with treatment-resistant major depression and 40 patients with bipolar disorder in remission are recruited and "
          "randomised to receive weekly infusions of Epo (Eprex; 40,000 IU) or saline (NaCl 0.9%) for 8 weeks."], 80, 80, []),
    ],
)
def test_reconciliation_of_general_forms(texts: list[str], total: int, randomized: int | None, arms: list[tuple[str, int]]) -> None:
    size = find_sample_size(_sents(texts), with_arms=True).sample_size
    assert (size.total, size.randomized, [(a.label, a.n) for a in size.arms]) == (total, randomized, arms)


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # An aim that tells this study's sample (EBM-NLP 17961835); an abstract of nothing but background and conclusions
        # (EBM-NLP 12459663); a previous trial in the background is not this one.
        ([("The aim of this double-blind, placebo-controlled experimental pain study, conducted on 20 healthy volunteers, was to examine "
           "the effect of a single dose of 1200 mg ibuprofen.", "background"), ("Pain thresholds rose after ibuprofen.", "results")], 20),
        ([("A total of 90 patients developed PONV in the recovery units and were randomized to one of three treatment groups.",
           "background"), ("Ondansetron was the most effective.", "conclusions")], 90),
        ([("A previous trial randomized 400 patients.", "background"), ("We randomized patients to X or Y.", "methods")], None),
    ],
)
def test_background_that_tells_this_study(texts: list[tuple[str, str]], total: int | None) -> None:
    sents, pos = [], 0
    for text, section in texts:
        sents.append(Sentence(text, pos, pos + len(text), section))
        pos += len(text) + 1
    assert find_sample_size(sents, with_arms=True).sample_size.total == total


def test_analysed_sizes_of_the_same_groups() -> None:
    """The analysed sizes of the chosen groups add up to the analysed number (devset 25193490)."""
    size = find_sample_size(_sents([
        "One hundred and five families were randomly allocated either to the early (53) or to the late (52) intervention group.",
        "For 99 families (52 in the early and 47 in the late group) a complete outcome evaluation was available.",
    ], "results"), with_arms=True).sample_size
    assert (size.total, size.analyzed, [a.n for a in size.arms]) == (105, 99, [53, 52])


@pytest.mark.parametrize(
    ("title", "texts", "planned"),
    [
        # A protocol's group sizes are planned, not arms (devset 25142039, 28152984).
        ("Memantine for prevention of pain after mastectomy: study protocol for a randomized controlled trial",
         ["This randomized clinical trial (NCT01536314) includes 40 women with breast cancer undergoing mastectomy.",
          "Memantine (5 to 20 mg/day; n = 20) or placebo (n = 20) is administered for 4 weeks starting 2 weeks before surgery."], 40),
        ("Early surgery for epilepsy in children",
         ["This protocol is for an ongoing multi-centred RCT with a recruitment target of 210 subjects (105 in each arm)."], 210),
    ],
)
def test_plans_have_no_arms(title: str, texts: list[str], planned: int) -> None:
    size = find_sample_size(_sents(texts), with_arms=True, title=Sentence(title, 0, len(title), "title")).sample_size
    assert (size.total, size.planned, size.arms) == (None, planned, [])


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        # "N (x%) of M in the X group" (devset 22346030).
        ("Tracheobronchial colonization was seen in 86 (48.6%) of 177 in the control group and 73 (41.7%) of 175 among the "
         "intervention group (P = 0.195).", [("control", 177), ("intervention", 175)]),
        # A code of letters and digits names a group (EBM-NLP 1889248).
        ("Then, subjects were randomized to receive D53 (n = 6) or its placebo (n = 6) by both oral and subcutaneous injection routes "
         "from day 1 to day 15.", [("D53", 6), ("placebo", 6)]),
        # A list of labels just before the bracket holding "respectively" sizes, its head given to the bare ids (EBM-NLP 6586277).
        ("Children with ALL were randomized between Regimens I and II (31 and 36 evaluable patients, respectively).",
         [("Regimen I", 31), ("Regimen II", 36)]),
        # "randomly allocated to X and M to Y" (EBM-NLP 26551184); "carried out with X" (EBM-NLP 2192405).
        ("From March 2010 to February 2014, 82 patients were randomly allocated to induction of labor and 80 to expectant management.",
         [("induction of labor", 82), ("expectant management", 80)]),
        ("In a double blind randomized study, epidural anesthesia was carried out with 20 ml bupivacaine 0.75% (n = 24) and "
         "ropivacaine 1% (n = 21).", [("20 ml bupivacaine 0.75%", 24), ("ropivacaine 1%", 21)]),
        # An arm's word alone after its size, asides in brackets (devset 24966134); "the study group" is a group (EBM-NLP 22240882).
        ("Participants completing baseline and endpoint measures included: 358 intervention (baseline response rate 33.7%, retention "
         "rate 61.3%) and 256 control (14.1% and 84.0%).", [("intervention", 358), ("control", 256)]),
        ("Six patients dropped out before the fifth postoperative day, leaving 79 patients in the control group and 81 patients in the "
         "study group.", [("control", 79), ("study", 81)]),
        # Denominators after the group they size, group letters joined by "+" (EBM-NLP 12238830, 1631861).
        ("RESULTS The incidence of postoperative AF was 11.8% (6/51) in the S group, 14.8% (8/54) in the M group, 1.9% (1/52) in the S+M "
         "group, and 38% (19/50) in the CTR group.", [("S", 51), ("M", 54), ("S+M", 52), ("CTR", 50)]),
        ("There were fewer patients in group I (5/15) needing inotropic support compared to group II (9/14).", [("group I", 15), ("group II", 14)]),
        # Sizes written before their labels inside one bracket (EBM-NLP 24201696).
        ("RESULTS A total of 170 participants (n = 86 perindopril, n = 84 placebo) were randomized.", [("perindopril", 86), ("placebo", 84)]),
        # "compared X (n) to Y (n)" (EBM-NLP 25898050); a randomised "case" group is an arm (EBM-NLP 20875504).
        ("DESIGN, SETTING, AND PARTICIPANTS This 24-week randomized trial compared parent training (n = 89) to parent education (n = 91) "
         "at 6 centers.", [("parent training", 89), ("parent education", 91)]),
        ("PARTICIPANTS Patients (N=60) admitted to our department postorthopedic surgery were randomly assigned to either a case (n=30) "
         "or control (n=30) group.", [("case", 30), ("control", 30)]),
        # Descriptions that read alike are labelled by their group numbers (EBM-NLP 10678548).
        ("Patients were randomly assigned to one of three groups: group 1 received valsartan 160 mg once daily (n = 22); group 2 received "
         "valsartan 80 mg once daily plus benazepril 5 or 10 mg once daily (n = 42); group 3 received valsartan 160 mg once daily plus "
         "benazepril 5 or 10 mg once daily (n = 44).", [("group 1", 22), ("group 2", 42), ("group 3", 44)]),
        # A bracket of women and men is who they are; a dose alone takes the drug named before it (EBM-NLP 15220012, 20008622).
        ("RESULTS Two hundred forty-four patients (125 women, 119 men; all but 1 Hispanic) were randomized to receive pioglitazone "
         "(n = 121) or glimepiride (n = 123).", [("pioglitazone", 121), ("glimepiride", 123)]),
        ("PATIENTS AND METHODS A total of 476 patients were randomly assigned 2:1 to imatinib 800 mg (n = 319) or 400 mg (n = 157) daily.",
         [("imatinib 800 mg", 319), ("imatinib 400 mg", 157)]),
        # Strata and arms of the same people in one sentence: the allocated ones (EBM-NLP 2564725).
        ("Patients with either new onset (less than 48 hours, n = 31) or old onset (greater than 48 hours, n = 14) of atrial fibrillation "
         "or flutter with rapid ventricular rate were stratified to receive esmolol (n = 21) or verapamil (n = 24).",
         [("esmolol", 21), ("verapamil", 24)]),
        # The group named before what its members did; equal sizes each read after their own bracket (EBM-NLP 23642776, 26135372).
        ("Subjects were divided into a control group (CG) who maintained their dietary habits (n=39) and an olive group (OG) who consumed "
         "EVOO as the only added fat, plus a daily dose of 50ml (n=23).", [("control group (CG)", 39), ("olive group (OG)", 23)]),
        ("30 children with polyarticular juvenile idiopathic arthritis were randomly distributed into two groups: the control group (n = 15) "
         "received the traditional physical therapy program and the study group (n = 15) received resistive underwater exercises.",
         [("control (traditional physical therapy program)", 15), ("study (resistive underwater exercises)", 15)]),
        # "the X group of N patients", "X was given to N patients" (EBM-NLP 7053590, 19462303).
        ("The median blood loss in the laser group of 55 patients was 4.6 milliliters at, and within, 24 hours after operation compared "
         "with 30.1 milliliters in the cold knife group of 55 patients.", [("laser", 55), ("cold knife", 55)]),
        ("CLO was given orally to 12 patients in a dosage of 250 mg every 4 hours as a liquid; GHB (initially 30 mg/kg body weight (BW) "
         "followed by 15 mg/kg BW) was administered intravenously to 14 patients.", [("CLO", 12), ("GHB", 14)]),
    ],
)
def test_group_size_forms(text: str, arms: list[tuple[str, int]]) -> None:
    s = Sentence(text, 0, len(text), "methods")
    assert any(list(a.arms) == arms for a in find_arm_sets(s))


def test_abbreviation_kept_only_at_the_end_of_a_label() -> None:
    """"(PN) group" ends the label and stays in it; an abbreviation followed by another group's words does not join them
    (devset 27989693: "... hydroxypropyl methylcellulose (HPMC) and group B")."""
    assert clean_label("were randomly assigned into parenteral nutrition (PN) group") == "parenteral nutrition (PN)"
    assert clean_label("3 mg/ml hydroxypropyl methylcellulose (HPMC) and group B") == "group B"

--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: trialdb_old; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA trialdb_old;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: arm; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.arm (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    label text NOT NULL,
    n integer NOT NULL
);


--
-- Name: arm_result; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.arm_result (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    outcome text,
    arm text NOT NULL,
    events integer,
    total integer,
    mean double precision,
    sd double precision,
    derived boolean NOT NULL,
    text text NOT NULL
);


--
-- Name: article; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.article (
    pmid character varying(16) NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    abstract text NOT NULL,
    journal character varying,
    journal_abbrev character varying,
    volume character varying,
    issue character varying,
    pages character varying,
    year integer,
    pub_date character varying,
    authors text NOT NULL,
    publication_types text NOT NULL,
    mesh_terms text NOT NULL,
    keywords text NOT NULL,
    doi character varying,
    language character varying,
    raw text NOT NULL,
    raw_format character varying NOT NULL,
    content_hash character varying(64) NOT NULL,
    retracted boolean NOT NULL,
    expression_of_concern boolean NOT NULL
);


--
-- Name: article_search; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.article_search (
    pmid bigint NOT NULL,
    search_vector tsvector NOT NULL
);
ALTER TABLE ONLY trialdb_old.article_search ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE ONLY trialdb_old.article_search ALTER COLUMN search_vector SET COMPRESSION lz4;


--
-- Name: article_tag; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.article_tag (
    pmid character varying(16) NOT NULL,
    kind character varying(8) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: article_version; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.article_version (
    pmid character varying(16) NOT NULL,
    content_hash character varying(64) NOT NULL,
    version integer NOT NULL,
    raw text NOT NULL,
    raw_format character varying NOT NULL,
    replaced_at character varying(32) NOT NULL
);


--
-- Name: effect; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.effect (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    measure character varying NOT NULL,
    value double precision NOT NULL,
    ci_low double precision,
    ci_high double precision,
    ci_level double precision,
    text text NOT NULL,
    outcome text
);


--
-- Name: outcome; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.outcome (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    role character varying NOT NULL,
    name text NOT NULL,
    timepoint character varying
);


--
-- Name: p_value; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.p_value (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    op character varying(2) NOT NULL,
    value double precision NOT NULL,
    text character varying NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    section character varying,
    outcome text
);


--
-- Name: provenance; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.provenance (
    pmid character varying(16) NOT NULL,
    "position" integer NOT NULL,
    field_name character varying NOT NULL,
    value text NOT NULL,
    section character varying,
    start integer NOT NULL,
    "end" integer NOT NULL,
    sentence text NOT NULL
);


--
-- Name: registry_id; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.registry_id (
    pmid character varying(16) NOT NULL,
    registry_id character varying(64) NOT NULL
);


--
-- Name: run; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.run (
    id integer NOT NULL,
    kind character varying(16) NOT NULL,
    saved_search character varying(100),
    query text,
    query_translation text,
    database character varying NOT NULL,
    started_at character varying(32) NOT NULL,
    finished_at character varying(32),
    status character varying(16) NOT NULL,
    found integer NOT NULL,
    new integer NOT NULL,
    revised integer NOT NULL,
    unchanged integer NOT NULL,
    deleted integer NOT NULL,
    failed integer NOT NULL,
    message text,
    trialdb_version character varying(32) NOT NULL,
    extractor_version character varying(32) NOT NULL
);


--
-- Name: run_id_seq; Type: SEQUENCE; Schema: trialdb_old; Owner: -
--

CREATE SEQUENCE trialdb_old.run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: run_id_seq; Type: SEQUENCE OWNED BY; Schema: trialdb_old; Owner: -
--

ALTER SEQUENCE trialdb_old.run_id_seq OWNED BY trialdb_old.run.id;


--
-- Name: saved_search; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.saved_search (
    name character varying(100) NOT NULL,
    query text NOT NULL,
    created_at character varying(32) NOT NULL,
    last_success_at character varying(32)
);


--
-- Name: screening; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.screening (
    id integer NOT NULL,
    pmid character varying(16) NOT NULL,
    decision character varying(16) NOT NULL,
    reason text,
    decided_at character varying(32) NOT NULL
);


--
-- Name: screening_id_seq; Type: SEQUENCE; Schema: trialdb_old; Owner: -
--

CREATE SEQUENCE trialdb_old.screening_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: screening_id_seq; Type: SEQUENCE OWNED BY; Schema: trialdb_old; Owner: -
--

ALTER SEQUENCE trialdb_old.screening_id_seq OWNED BY trialdb_old.screening.id;


--
-- Name: search_member; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.search_member (
    saved_search character varying(100) NOT NULL,
    pmid character varying(16) NOT NULL
);


--
-- Name: trial; Type: TABLE; Schema: trialdb_old; Owner: -
--

CREATE TABLE trialdb_old.trial (
    pmid character varying(16) NOT NULL,
    extractor_version character varying NOT NULL,
    study_type character varying NOT NULL,
    randomized boolean,
    controlled boolean,
    blinding character varying,
    outcome_assessor_blinded boolean,
    placebo boolean,
    phase character varying,
    allocation_ratio character varying,
    multicenter boolean,
    crossover boolean,
    total_n integer,
    randomized_n integer,
    analyzed_n integer,
    evidence_scheme character varying,
    evidence_level character varying,
    evidence_text text,
    facts_json text NOT NULL
);


--
-- Name: run id; Type: DEFAULT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.run ALTER COLUMN id SET DEFAULT nextval('trialdb_old.run_id_seq'::regclass);


--
-- Name: screening id; Type: DEFAULT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.screening ALTER COLUMN id SET DEFAULT nextval('trialdb_old.screening_id_seq'::regclass);


--
-- Data for Name: arm; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.arm VALUES ('33472925', 0, 'MSC', 39);
INSERT INTO trialdb_old.arm VALUES ('33472925', 1, 'control', 15);
INSERT INTO trialdb_old.arm VALUES ('17059514', 0, 'half elemental diet', 26);
INSERT INTO trialdb_old.arm VALUES ('17059514', 1, 'free diet', 25);
INSERT INTO trialdb_old.arm VALUES ('18719013', 0, 'combined oestrogen and progestogen', 1862);
INSERT INTO trialdb_old.arm VALUES ('18719013', 1, 'placebo', 1859);


--
-- Data for Name: arm_result; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.arm_result VALUES ('17059514', 0, 'relapse rate', 'half elemental diet', 9, 26, NULL, NULL, true, '34.6% vs. 64.0%');
INSERT INTO trialdb_old.arm_result VALUES ('17059514', 1, 'relapse rate', 'free diet', 16, 25, NULL, NULL, true, '34.6% vs. 64.0%');
INSERT INTO trialdb_old.arm_result VALUES ('18719013', 0, 'Hot flushes', 'combined oestrogen and progestogen', 559, 1862, NULL, NULL, true, '30% and 29%');
INSERT INTO trialdb_old.arm_result VALUES ('18719013', 1, 'Hot flushes', 'placebo', 539, 1859, NULL, NULL, true, '30% and 29%');


--
-- Data for Name: article; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.article VALUES ('33472925', 1, 'Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke.', 'OBJECTIVE: To test whether autologous modified mesenchymal stem cells (MSCs) improve recovery in patients with chronic major stroke.
METHODS: In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group). The primary outcome was the score on the modified Rankin Scale (mRS) at 3 months. The secondary outcome was to further demonstrate motor recovery.
RESULTS: A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis. Mean age of patients was 68 (range 28-83) years, and mean interval between stroke onset to randomization was 20.2 (range 5-89) days. Baseline characteristics were not different between groups. There was no significant difference between the groups in the mRS score shift at 3 months ( p = 0.732). However, secondary analyses showed significant improvements in lower extremity motor function in the MSC group compared to the control group (change in the leg score of the Motricity Index, p = 0.023), which was notable among patients with low predicted recovery potential. There were no serious treatment-related adverse events.
CONCLUSIONS: IV application of preconditioned, autologous MSCs with autologous serum was feasible and safe in patients with chronic major stroke. MSC treatment was not associated with improvements in the 3-month mRS score, but we did observe leg motor improvement in detailed functional analyses.
CLASSIFICATION OF EVIDENCE: This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes in patients with chronic stroke.
CLINICALTRIALSGOV IDENTIFIER: NCT01716481.', 'Neurology', 'Neurology', '96', '7', 'e1012-e1023', 2021, '2021 Feb 16', '[]', '[]', '[]', '[]', '10.1212/WNL.0000000000011440', 'eng', '<PubmedArticle>
    <MedlineCitation Status="MEDLINE" Owner="NLM">
      <PMID Version="1">33472925</PMID>
      <Article PubModel="Print-Electronic">
        <Journal>
          <ISSN IssnType="Electronic">1526-632X</ISSN>
          <JournalIssue CitedMedium="Internet">
            <Volume>96</Volume>
            <Issue>7</Issue>
            <PubDate>
              <Year>2021</Year>
              <Month>Feb</Month>
              <Day>16</Day>
            </PubDate>
          </JournalIssue>
          <Title>Neurology</Title>
          <ISOAbbreviation>Neurology</ISOAbbreviation>
        </Journal>
        <ArticleTitle>Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke.</ArticleTitle>
        <Pagination>
          <MedlinePgn>e1012-e1023</MedlinePgn>
        </Pagination>
        <ELocationID EIdType="doi" ValidYN="Y">10.1212/WNL.0000000000011440</ELocationID>
        <Abstract>
          <AbstractText Label="OBJECTIVE" NlmCategory="OBJECTIVE">To test whether autologous modified mesenchymal stem cells (MSCs) improve recovery in patients with chronic major stroke.</AbstractText>
          <AbstractText Label="METHODS" NlmCategory="METHODS">In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group). The primary outcome was the score on the modified Rankin Scale (mRS) at 3 months. The secondary outcome was to further demonstrate motor recovery.</AbstractText>
          <AbstractText Label="RESULTS" NlmCategory="RESULTS">A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis. Mean age of patients was 68 (range 28-83) years, and mean interval between stroke onset to randomization was 20.2 (range 5-89) days. Baseline characteristics were not different between groups. There was no significant difference between the groups in the mRS score shift at 3 months ( p = 0.732). However, secondary analyses showed significant improvements in lower extremity motor function in the MSC group compared to the control group (change in the leg score of the Motricity Index, p = 0.023), which was notable among patients with low predicted recovery potential. There were no serious treatment-related adverse events.</AbstractText>
          <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">IV application of preconditioned, autologous MSCs with autologous serum was feasible and safe in patients with chronic major stroke. MSC treatment was not associated with improvements in the 3-month mRS score, but we did observe leg motor improvement in detailed functional analyses.</AbstractText>
          <AbstractText Label="CLASSIFICATION OF EVIDENCE">This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes in patients with chronic stroke.</AbstractText>
          <AbstractText Label="CLINICALTRIALSGOV IDENTIFIER">NCT01716481.</AbstractText>
          <CopyrightInformation>© 2021 American Academy of Neurology.</CopyrightInformation>
        </Abstract>
        <Language>eng</Language>
        <ArticleDate DateType="Electronic">
          <Year>2021</Year>
          <Month>01</Month>
          <Day>20</Day>
        </ArticleDate>
      </Article>
      <MedlineJournalInfo>
        <MedlineTA>Neurology</MedlineTA>
      </MedlineJournalInfo>
    </MedlineCitation>
    <PubmedData>
      <ArticleIdList>
        <ArticleId IdType="pubmed">33472925</ArticleId>
        <ArticleId IdType="doi">10.1212/WNL.0000000000011440</ArticleId>
      </ArticleIdList>
    </PubmedData>
  </PubmedArticle>
', 'pubmed-xml', 'd316e7fd2e2fe09dde4f5ac76cd244a737046b883b5885e8baa59bc81823c886', false, false);
INSERT INTO trialdb_old.article VALUES ('27797938', 1, 'Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.', 'OBJECTIVE: Telomere shortening occurs as an early event in pancreatic tumorigenesis, and genetic variants at the telomerase reverse transcriptase (TERT) gene region have been associated with pancreatic cancer risk. However, it is unknown whether prediagnostic leucocyte telomere length is associated with subsequent risk of pancreatic cancer.
DESIGN: We measured prediagnostic leucocyte telomere length in 386 pancreatic cancer cases and 896 matched controls from five prospective US cohorts. ORs and 95% CIs were calculated using conditional logistic regression. Matching factors included year of birth, cohort (which also matches on sex), smoking status, fasting status and month/year of blood collection. We additionally examined single-nucleotide polymorphisms (SNPs) at the TERT region in relation to pancreatic cancer risk and leucocyte telomere length using logistic and linear regression, respectively.
RESULTS: Shorter prediagnostic leucocyte telomere length was associated with higher risk of pancreatic cancer (comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048). Results remained unchanged after adjustment for diabetes, body mass index and physical activity. Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002). The minor allele for rs401681 was associated with shorter telomere length (p=0.023).
CONCLUSIONS: Prediagnostic leucocyte telomere length and genetic variants at the TERT gene region were associated with risk of pancreatic cancer.', 'Gut', 'Gut', '66', '6', '1116-1122', 2017, '2017 06', '["Bao Y", "Prescott J", "Yuan C", "Zhang M", "Kraft P", "Babic A", "Morales-Oyarvide V", "Qian ZR", "Buring JE", "Cochrane BB", "Gaziano JM", "Giovannucci EL", "Manson JE", "Ng K", "Ogino S", "Rohan TE", "Sesso HD", "Stampfer MJ", "Fuchs CS", "De Vivo I", "Amundadottir LT", "Wolpin BM"]', '["Journal Article", "Observational Study", "Research Support, N.I.H., Extramural", "Research Support, U.S. Gov''t, Non-P.H.S.", "Research Support, Non-U.S. Gov''t"]', '["Adenocarcinoma", "Adult", "Aged", "Aged, 80 and over", "Alleles", "Case-Control Studies", "Female", "Follow-Up Studies", "Humans", "Leukocytes", "Male", "Middle Aged", "Odds Ratio", "Pancreatic Neoplasms", "Polymorphism, Single Nucleotide", "Prospective Studies", "Randomized Controlled Trials as Topic", "Risk Factors", "Telomerase", "Telomere Shortening", "United States"]', '["PANCREATIC CANCER"]', '10.1136/gutjnl-2016-312510', 'eng', '<PubmedArticle>
    <MedlineCitation Status="MEDLINE" Owner="NLM">
        <PMID Version="1">27797938</PMID>
        <DateCompleted>
            <Year>2017</Year>
            <Month>08</Month>
            <Day>03</Day>
        </DateCompleted>
        <DateRevised>
            <Year>2018</Year>
            <Month>04</Month>
            <Day>17</Day>
        </DateRevised>
        <Article PubModel="Print-Electronic">
            <Journal>
                <ISSN IssnType="Electronic">1468-3288</ISSN>
                <JournalIssue CitedMedium="Internet">
                    <Volume>66</Volume>
                    <Issue>6</Issue>
                    <PubDate>
                        <Year>2017</Year>
                        <Month>06</Month>
                    </PubDate>
                </JournalIssue>
                <Title>Gut</Title>
                <ISOAbbreviation>Gut</ISOAbbreviation>
            </Journal>
            <ArticleTitle>Leucocyte telomere length, genetic variants at the <i>TERT</i> gene region and risk of pancreatic cancer.</ArticleTitle>
            <Pagination>
                <MedlinePgn>1116-1122</MedlinePgn>
            </Pagination>
            <ELocationID EIdType="doi" ValidYN="Y">10.1136/gutjnl-2016-312510</ELocationID>
            <Abstract>
                <AbstractText Label="OBJECTIVE">Telomere shortening occurs as an early event in pancreatic tumorigenesis, and genetic variants at the telomerase reverse transcriptase (<i>TERT</i>) gene region have been associated with pancreatic cancer risk. However, it is unknown whether prediagnostic leucocyte telomere length is associated with subsequent risk of pancreatic cancer.</AbstractText>
                <AbstractText Label="DESIGN">We measured prediagnostic leucocyte telomere length in 386 pancreatic cancer cases and 896 matched controls from five prospective US cohorts. ORs and 95% CIs were calculated using conditional logistic regression. Matching factors included year of birth, cohort (which also matches on sex), smoking status, fasting status and month/year of blood collection. We additionally examined single-nucleotide polymorphisms (SNPs) at the <i>TERT</i> region in relation to pancreatic cancer risk and leucocyte telomere length using logistic and linear regression, respectively.</AbstractText>
                <AbstractText Label="RESULTS">Shorter prediagnostic leucocyte telomere length was associated with higher risk of pancreatic cancer (comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; p<sub>trend</sub>=0.048). Results remained unchanged after adjustment for diabetes, body mass index and physical activity. Three SNPs at <i>TERT</i> (linkage disequilibrium r<sup>2</sup>&lt;0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002). The minor allele for rs401681 was associated with shorter telomere length (p=0.023).</AbstractText>
                <AbstractText Label="CONCLUSIONS">Prediagnostic leucocyte telomere length and genetic variants at the <i>TERT</i> gene region were associated with risk of pancreatic cancer.</AbstractText>
                <CopyrightInformation>Published by the BMJ Publishing Group Limited. For permission to use (where not already granted under a licence) please go to http://www.bmj.com/company/products-services/rights-and-licensing/.</CopyrightInformation>
            </Abstract>
            <AuthorList CompleteYN="Y">
                <Author ValidYN="Y">
                    <LastName>Bao</LastName>
                    <ForeName>Ying</ForeName>
                    <Initials>Y</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Prescott</LastName>
                    <ForeName>Jennifer</ForeName>
                    <Initials>J</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Yuan</LastName>
                    <ForeName>Chen</ForeName>
                    <Initials>C</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Zhang</LastName>
                    <ForeName>Mingfeng</ForeName>
                    <Initials>M</Initials>
                    <AffiliationInfo>
                        <Affiliation>Laboratory of Translational Genomics, Division of Cancer Epidemiology and Genetics, National Cancer Institute, National Institutes of Health, Bethesda, Maryland, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Kraft</LastName>
                    <ForeName>Peter</ForeName>
                    <Initials>P</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Biostatistics, Harvard School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Babic</LastName>
                    <ForeName>Ana</ForeName>
                    <Initials>A</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Morales-Oyarvide</LastName>
                    <ForeName>Vicente</ForeName>
                    <Initials>V</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Qian</LastName>
                    <ForeName>Zhi Rong</ForeName>
                    <Initials>ZR</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Buring</LastName>
                    <ForeName>Julie E</ForeName>
                    <Initials>JE</Initials>
                    <AffiliationInfo>
                        <Affiliation>Division of Preventive Medicine, Department of Medicine, Brigham and Women''s Hospital and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Ambulatory Care and Prevention, Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Cochrane</LastName>
                    <ForeName>Barbara B</ForeName>
                    <Initials>BB</Initials>
                    <AffiliationInfo>
                        <Affiliation>University of Washington School of Nursing, Seattle, Washington, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Gaziano</LastName>
                    <ForeName>J Michael</ForeName>
                    <Initials>JM</Initials>
                    <AffiliationInfo>
                        <Affiliation>Division of Preventive Medicine, Department of Medicine, Brigham and Women''s Hospital and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Massachusetts Veterans Epidemiology Research and Information Center (MAVERIC), VA Boston Healthcare System.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Giovannucci</LastName>
                    <ForeName>Edward L</ForeName>
                    <Initials>EL</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Nutrition, Harvard School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Manson</LastName>
                    <ForeName>JoAnn E</ForeName>
                    <Initials>JE</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Division of Preventive Medicine, Department of Medicine, Brigham and Women''s Hospital and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Ng</LastName>
                    <ForeName>Kimmie</ForeName>
                    <Initials>K</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Ogino</LastName>
                    <ForeName>Shuji</ForeName>
                    <Initials>S</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Division of MPE Molecular Pathological Epidemiology, Department of Pathology, Brigham and Women''s Hospital and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Rohan</LastName>
                    <ForeName>Thomas E</ForeName>
                    <Initials>TE</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology and Population Health, Albert Einstein College of Medicine, Bronx, New York, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Sesso</LastName>
                    <ForeName>Howard D</ForeName>
                    <Initials>HD</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Division of Preventive Medicine, Department of Medicine, Brigham and Women''s Hospital and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Stampfer</LastName>
                    <ForeName>Meir J</ForeName>
                    <Initials>MJ</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Nutrition, Harvard School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Fuchs</LastName>
                    <ForeName>Charles S</ForeName>
                    <Initials>CS</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>De Vivo</LastName>
                    <ForeName>Immaculata</ForeName>
                    <Initials>I</Initials>
                    <AffiliationInfo>
                        <Affiliation>Channing Division of Network Medicine, Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Epidemiology, Harvard T.H. Chan School of Public Health, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Amundadottir</LastName>
                    <ForeName>Laufey T</ForeName>
                    <Initials>LT</Initials>
                    <AffiliationInfo>
                        <Affiliation>Laboratory of Translational Genomics, Division of Cancer Epidemiology and Genetics, National Cancer Institute, National Institutes of Health, Bethesda, Maryland, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
                <Author ValidYN="Y">
                    <LastName>Wolpin</LastName>
                    <ForeName>Brian M</ForeName>
                    <Initials>BM</Initials>
                    <AffiliationInfo>
                        <Affiliation>Department of Medical Oncology, Dana-Farber Cancer Institute, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                    <AffiliationInfo>
                        <Affiliation>Department of Medicine, Brigham and Women''s Hospital, and Harvard Medical School, Boston, Massachusetts, USA.</Affiliation>
                    </AffiliationInfo>
                </Author>
            </AuthorList>
            <Language>eng</Language>
            <GrantList CompleteYN="Y">
                <Grant>
                    <GrantID>KL2 TR001100</GrantID>
                    <Acronym>TR</Acronym>
                    <Agency>NCATS NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH42129</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32111</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32100</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R35 CA197735</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32122</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH44221</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>U01 CA210171</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH24152</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>P01 CA087969</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>UL1 TR001863</GrantID>
                    <Acronym>TR</Acronym>
                    <Agency>NCATS NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL043851</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL034595</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32118</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA124908</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32115</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA034944-03</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>UM1 CA186107</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL026490</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA047988</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH42107</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32105</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL080467</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>UM1 CA167552</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>K07 CA140790</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL034595-07</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA049449</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA040360</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 HL026490-03</GrantID>
                    <Acronym>HL</Acronym>
                    <Agency>NHLBI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>P50 CA127003</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32119</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA097193</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH32108</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>R01 CA034944</GrantID>
                    <Acronym>CA</Acronym>
                    <Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
                <Grant>
                    <GrantID>N01WH22110</GrantID>
                    <Acronym>WH</Acronym>
                    <Agency>WHI NIH HHS</Agency>
                    <Country>United States</Country>
                </Grant>
            </GrantList>
            <PublicationTypeList>
                <PublicationType UI="D016428">Journal Article</PublicationType>
                <PublicationType UI="D064888">Observational Study</PublicationType>
                <PublicationType UI="D052061">Research Support, N.I.H., Extramural</PublicationType>
                <PublicationType UI="D013486">Research Support, U.S. Gov''t, Non-P.H.S.</PublicationType>
                <PublicationType UI="D013485">Research Support, Non-U.S. Gov''t</PublicationType>
            </PublicationTypeList>
            <ArticleDate DateType="Electronic">
                <Year>2016</Year>
                <Month>10</Month>
                <Day>21</Day>
            </ArticleDate>
        </Article>
        <MedlineJournalInfo>
            <Country>England</Country>
            <MedlineTA>Gut</MedlineTA>
            <NlmUniqueID>2985108R</NlmUniqueID>
            <ISSNLinking>0017-5749</ISSNLinking>
        </MedlineJournalInfo>
        <ChemicalList>
            <Chemical>
                <RegistryNumber>EC 2.7.7.49</RegistryNumber>
                <NameOfSubstance UI="C509186">TERT protein, human</NameOfSubstance>
            </Chemical>
            <Chemical>
                <RegistryNumber>EC 2.7.7.49</RegistryNumber>
                <NameOfSubstance UI="D019098">Telomerase</NameOfSubstance>
            </Chemical>
        </ChemicalList>
        <CitationSubset>AIM</CitationSubset>
        <CitationSubset>IM</CitationSubset>
        <CommentsCorrectionsList>
            <CommentsCorrections RefType="CommentIn">
                <RefSource>Gut. 2017 Jun;66(6):1</RefSource>
                <PMID Version="1">27920200</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Stat Med. 1989 May;8(5):551-61</RefSource>
                <PMID Version="1">2657958</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>PLoS One. 2015 Feb 06;10(2):e0117575</RefSource>
                <PMID Version="1">25658358</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Pediatr Res. 2002 Sep;52(3):377-81</RefSource>
                <PMID Version="1">12193671</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2010 Mar;42(3):224-8</RefSource>
                <PMID Version="1">20101243</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>J Natl Cancer Inst. 2014 Sep 17;106(10):null</RefSource>
                <PMID Version="1">25231748</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>J Natl Cancer Inst. 2013 Apr 3;105(7):459-68</RefSource>
                <PMID Version="1">23468462</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Hum Mol Genet. 2014 Dec 15;23(24):6616-33</RefSource>
                <PMID Version="1">25027329</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Hum Genet. 1998 Jun;102(6):640-3</RefSource>
                <PMID Version="1">9703424</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2009 Aug;41(8):899-904</RefSource>
                <PMID Version="1">19578367</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Int J Cancer. 2013 Dec 1;133(11):2672-80</RefSource>
                <PMID Version="1">23674344</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Genes Dev. 2006 May 15;20(10):1218-49</RefSource>
                <PMID Version="1">16702400</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>J Natl Cancer Inst. 2015 Apr 10;107(6):djv074</RefSource>
                <PMID Version="1">25862531</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Lancet. 2005 Aug 20-26;366(9486):662-4</RefSource>
                <PMID Version="1">16112303</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2008 Dec;40(12):1404-6</RefSource>
                <PMID Version="1">18978790</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Int J Epidemiol. 2015 Oct;44(5):1673-83</RefSource>
                <PMID Version="1">25239152</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2014 Jul;46(7):731-5</RefSource>
                <PMID Version="1">24908248</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>JAMA. 2010 Jul 7;304(1):69-75</RefSource>
                <PMID Version="1">20606151</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Cancer Epidemiol Biomarkers Prev. 2012 Nov;21(11):2095-100</RefSource>
                <PMID Version="1">23093543</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>J Natl Cancer Inst. 2013 Apr 3;105(7):448-9</RefSource>
                <PMID Version="1">23468461</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Lancet. 2011 Aug 13;378(9791):607-20</RefSource>
                <PMID Version="1">21620466</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>PLoS One. 2015 Jul 15;10(7):e0133174</RefSource>
                <PMID Version="1">26177192</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>PLoS One. 2011;6(6):e20466</RefSource>
                <PMID Version="1">21695195</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Aging Cell. 2008 Aug;7(4):451-8</RefSource>
                <PMID Version="1">18462274</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Int J Cancer. 2015 Nov 1;137(9):2175-83</RefSource>
                <PMID Version="1">25940397</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2013 Apr;45(4):371-84, 384e1-2</RefSource>
                <PMID Version="1">23535731</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>PLoS One. 2013 Sep 13;8(9):e72311</RefSource>
                <PMID Version="1">24058443</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Cancer Epidemiol Biomarkers Prev. 2011 Jun;20(6):1238-50</RefSource>
                <PMID Version="1">21467229</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Hum Mol Genet. 2016 Apr 15;25(8):1663-76</RefSource>
                <PMID Version="1">27008888</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Cancer Res. 2014 Jul 1;74(13):3381-9</RefSource>
                <PMID Version="1">24924775</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2014 Sep;46(9):994-1000</RefSource>
                <PMID Version="1">25086665</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Cancer Epidemiol Biomarkers Prev. 2014 Nov;23(11):2447-54</RefSource>
                <PMID Version="1">25103821</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2009 Feb;41(2):221-7</RefSource>
                <PMID Version="1">19151717</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Aging Cell. 2009 Jun;8(3):251-7</RefSource>
                <PMID Version="1">19302371</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2009 Sep;41(9):986-90</RefSource>
                <PMID Version="1">19648918</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Am J Hum Genet. 1994 Nov;55(5):876-82</RefSource>
                <PMID Version="1">7977349</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Genet. 2013 Apr;45(4):422-7, 427e1-2</RefSource>
                <PMID Version="1">23535734</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Am J Pathol. 2002 Nov;161(5):1541-7</RefSource>
                <PMID Version="1">12414502</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Hum Mol Genet. 2013 Jun 15;22(12):2520-8</RefSource>
                <PMID Version="1">23535824</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Breast Cancer Res Treat. 2015 Jan;149(2):385-94</RefSource>
                <PMID Version="1">25528024</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>J Natl Cancer Inst. 2012 Jun 6;104(11):840-54</RefSource>
                <PMID Version="1">22523397</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nat Commun. 2013;4:1597</RefSource>
                <PMID Version="1">23511462</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>CA Cancer J Clin. 2016 Jan-Feb;66(1):7-30</RefSource>
                <PMID Version="1">26742998</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>EBioMedicine. 2015 Apr 13;2(6):591-6</RefSource>
                <PMID Version="1">26288820</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Annu Rev Cell Dev Biol. 2006;22:531-57</RefSource>
                <PMID Version="1">16824017</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Mov Disord. 2008 Jan 30;23(2):302-5</RefSource>
                <PMID Version="1">18044760</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Exp Hematol. 2010 Oct;38(10):854-9</RefSource>
                <PMID Version="1">20600576</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Hum Mol Genet. 2015 Sep 15;24(18):5356-66</RefSource>
                <PMID Version="1">26138067</PMID>
            </CommentsCorrections>
            <CommentsCorrections RefType="Cites">
                <RefSource>Nucleic Acids Res. 2002 May 15;30(10):e47</RefSource>
                <PMID Version="1">12000852</PMID>
            </CommentsCorrections>
        </CommentsCorrectionsList>
        <MeshHeadingList>
            <MeshHeading>
                <DescriptorName UI="D000230" MajorTopicYN="N">Adenocarcinoma</DescriptorName>
                <QualifierName UI="Q000453" MajorTopicYN="Y">epidemiology</QualifierName>
                <QualifierName UI="Q000235" MajorTopicYN="Y">genetics</QualifierName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D000328" MajorTopicYN="N">Adult</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D000368" MajorTopicYN="N">Aged</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D000369" MajorTopicYN="N">Aged, 80 and over</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D000483" MajorTopicYN="N">Alleles</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D016022" MajorTopicYN="N">Case-Control Studies</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D005500" MajorTopicYN="N">Follow-Up Studies</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D007962" MajorTopicYN="N">Leukocytes</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D008297" MajorTopicYN="N">Male</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D008875" MajorTopicYN="N">Middle Aged</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D016017" MajorTopicYN="N">Odds Ratio</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D010190" MajorTopicYN="N">Pancreatic Neoplasms</DescriptorName>
                <QualifierName UI="Q000453" MajorTopicYN="Y">epidemiology</QualifierName>
                <QualifierName UI="Q000235" MajorTopicYN="Y">genetics</QualifierName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D020641" MajorTopicYN="N">Polymorphism, Single Nucleotide</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D011446" MajorTopicYN="N">Prospective Studies</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D016032" MajorTopicYN="N">Randomized Controlled Trials as Topic</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D012307" MajorTopicYN="N">Risk Factors</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D019098" MajorTopicYN="N">Telomerase</DescriptorName>
                <QualifierName UI="Q000235" MajorTopicYN="Y">genetics</QualifierName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D059506" MajorTopicYN="Y">Telomere Shortening</DescriptorName>
            </MeshHeading>
            <MeshHeading>
                <DescriptorName UI="D014481" MajorTopicYN="N">United States</DescriptorName>
                <QualifierName UI="Q000453" MajorTopicYN="N">epidemiology</QualifierName>
            </MeshHeading>
        </MeshHeadingList>
        <KeywordList Owner="NOTNLM">
            <Keyword MajorTopicYN="Y">PANCREATIC CANCER</Keyword>
        </KeywordList>
        <CoiStatement>Competing interests: None declared.</CoiStatement>
    </MedlineCitation>
    <PubmedData>
        <History>
            <PubMedPubDate PubStatus="received">
                <Year>2016</Year>
                <Month>06</Month>
                <Day>27</Day>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="revised">
                <Year>2016</Year>
                <Month>08</Month>
                <Day>22</Day>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="accepted">
                <Year>2016</Year>
                <Month>10</Month>
                <Day>01</Day>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="pmc-release">
                <Year>2018</Year>
                <Month>06</Month>
                <Day>01</Day>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="pubmed">
                <Year>2016</Year>
                <Month>11</Month>
                <Day>1</Day>
                <Hour>6</Hour>
                <Minute>0</Minute>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="medline">
                <Year>2017</Year>
                <Month>8</Month>
                <Day>5</Day>
                <Hour>6</Hour>
                <Minute>0</Minute>
            </PubMedPubDate>
            <PubMedPubDate PubStatus="entrez">
                <Year>2016</Year>
                <Month>11</Month>
                <Day>1</Day>
                <Hour>6</Hour>
                <Minute>0</Minute>
            </PubMedPubDate>
        </History>
        <PublicationStatus>ppublish</PublicationStatus>
        <ArticleIdList>
            <ArticleId IdType="pubmed">27797938</ArticleId>
            <ArticleId IdType="pii">gutjnl-2016-312510</ArticleId>
            <ArticleId IdType="doi">10.1136/gutjnl-2016-312510</ArticleId>
            <ArticleId IdType="pmc">PMC5442267</ArticleId>
            <ArticleId IdType="mid">NIHMS857349</ArticleId>
        </ArticleIdList>
    </PubmedData>
</PubmedArticle>

', 'pubmed-xml', 'a545ca5ca0c621fc29b75ac5f6429364ec70bf5f92d9ba53eca9ea319619c821', false, false);
INSERT INTO trialdb_old.article VALUES ('35358095', 1, 'Neutrophil extracellular traps regulate ischemic stroke brain injury.', 'Ischemic stroke prompts a strong inflammatory response, which is associated with exacerbated outcomes. In this study, we investigated mechanistic regulators of neutrophil extracellular trap (NET) formation in stroke and whether they contribute to stroke outcomes. NET-forming neutrophils were found throughout brain tissue of ischemic stroke patients, and elevated plasma NET biomarkers correlated with worse stroke outcomes. Additionally, we observed increased plasma and platelet surface-expressed high-mobility group box 1 (HMGB1) in stroke patients. Mechanistically, platelets were identified as the critical source of HMGB1 that caused NETs in the acute phase of stroke. Depletion of platelets or platelet-specific knockout of HMGB1 significantly reduced plasma HMGB1 and NET levels after stroke, and greatly improved stroke outcomes. We subsequently investigated the therapeutic potential of neonatal NET-inhibitory factor (nNIF) in stroke. Mice treated with nNIF had smaller brain infarcts, improved long-term neurological and motor function, and enhanced survival after stroke. nNIF specifically blocked NET formation without affecting neutrophil recruitment after stroke. Importantly, nNIF also improved stroke outcomes in diabetic and aged mice and was still effective when given 1 hour after stroke onset. These results support a pathological role for NETs in ischemic stroke and warrant further investigation of nNIF for stroke therapy.', 'The Journal of clinical investigation', 'J Clin Invest', '132', '10', NULL, 2022, '2022 May 16', '["Denorme F", "Portier I", "Rustad JL", "Cody MJ", "de Araujo CV", "Hoki C", "Alexander MD", "Grandhi R", "Dyer MR", "Neal MD", "Majersik JJ", "Yost CC", "Campbell RA"]', '["Journal Article", "Research Support, Non-U.S. Gov''t", "Research Support, N.I.H., Extramural"]', '["Animals", "Brain Injuries", "Extracellular Traps", "HMGB1 Protein", "Humans", "Ischemic Stroke", "Mice", "Neutrophils", "Stroke"]', '["Hematology", "Neutrophils", "Platelets", "Stroke"]', '10.1172/JCI154225', 'eng', '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM" IndexingMethod="Automated"><PMID Version="1">35358095</PMID><DateCompleted><Year>2022</Year><Month>05</Month><Day>17</Day></DateCompleted><DateRevised><Year>2023</Year><Month>08</Month><Day>04</Day></DateRevised><Article PubModel="Print"><Journal><ISSN IssnType="Electronic">1558-8238</ISSN><JournalIssue CitedMedium="Internet"><Volume>132</Volume><Issue>10</Issue><PubDate><Year>2022</Year><Month>May</Month><Day>16</Day></PubDate></JournalIssue><Title>The Journal of clinical investigation</Title><ISOAbbreviation>J Clin Invest</ISOAbbreviation></Journal><ArticleTitle>Neutrophil extracellular traps regulate ischemic stroke brain injury.</ArticleTitle><ELocationID EIdType="pii" ValidYN="Y">e154225</ELocationID><ELocationID EIdType="doi" ValidYN="Y">10.1172/JCI154225</ELocationID><Abstract><AbstractText>Ischemic stroke prompts a strong inflammatory response, which is associated with exacerbated outcomes. In this study, we investigated mechanistic regulators of neutrophil extracellular trap (NET) formation in stroke and whether they contribute to stroke outcomes. NET-forming neutrophils were found throughout brain tissue of ischemic stroke patients, and elevated plasma NET biomarkers correlated with worse stroke outcomes. Additionally, we observed increased plasma and platelet surface-expressed high-mobility group box 1 (HMGB1) in stroke patients. Mechanistically, platelets were identified as the critical source of HMGB1 that caused NETs in the acute phase of stroke. Depletion of platelets or platelet-specific knockout of HMGB1 significantly reduced plasma HMGB1 and NET levels after stroke, and greatly improved stroke outcomes. We subsequently investigated the therapeutic potential of neonatal NET-inhibitory factor (nNIF) in stroke. Mice treated with nNIF had smaller brain infarcts, improved long-term neurological and motor function, and enhanced survival after stroke. nNIF specifically blocked NET formation without affecting neutrophil recruitment after stroke. Importantly, nNIF also improved stroke outcomes in diabetic and aged mice and was still effective when given 1 hour after stroke onset. These results support a pathological role for NETs in ischemic stroke and warrant further investigation of nNIF for stroke therapy.</AbstractText></Abstract><AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Denorme</LastName><ForeName>Frederik</ForeName><Initials>F</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Portier</LastName><ForeName>Irina</ForeName><Initials>I</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Rustad</LastName><ForeName>John L</ForeName><Initials>JL</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Cody</LastName><ForeName>Mark J</ForeName><Initials>MJ</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>de Araujo</LastName><ForeName>Claudia V</ForeName><Initials>CV</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Hoki</LastName><ForeName>Chieko</ForeName><Initials>C</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Alexander</LastName><ForeName>Matthew D</ForeName><Initials>MD</Initials><AffiliationInfo><Affiliation>Department of Neurology.</Affiliation></AffiliationInfo><AffiliationInfo><Affiliation>Deparment of Radiology and Imaging Sciences, and.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Grandhi</LastName><ForeName>Ramesh</ForeName><Initials>R</Initials><AffiliationInfo><Affiliation>Deparment of Radiology and Imaging Sciences, and.</Affiliation></AffiliationInfo><AffiliationInfo><Affiliation>Department of Neurosurgery, University of Utah, Salt Lake City, Utah, USA.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Dyer</LastName><ForeName>Mitchell R</ForeName><Initials>MR</Initials><AffiliationInfo><Affiliation>Department of Surgery, University of Pittsburgh, Pittsburgh, Pennsylvania, USA.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Neal</LastName><ForeName>Matthew D</ForeName><Initials>MD</Initials><AffiliationInfo><Affiliation>Department of Surgery, University of Pittsburgh, Pittsburgh, Pennsylvania, USA.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Majersik</LastName><ForeName>Jennifer J</ForeName><Initials>JJ</Initials><AffiliationInfo><Affiliation>Department of Neurology.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Yost</LastName><ForeName>Christian C</ForeName><Initials>CC</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo><AffiliationInfo><Affiliation>Department of Pediatrics and.</Affiliation></AffiliationInfo></Author><Author ValidYN="Y"><LastName>Campbell</LastName><ForeName>Robert A</ForeName><Initials>RA</Initials><AffiliationInfo><Affiliation>Molecular Medicine Program.</Affiliation></AffiliationInfo><AffiliationInfo><Affiliation>Department of Internal Medicine, University of Utah, Salt Lake City, Utah, USA.</Affiliation></AffiliationInfo></Author></AuthorList><Language>eng</Language><GrantList CompleteYN="Y"><Grant><GrantID>U24 NS107228</GrantID><Acronym>NS</Acronym><Agency>NINDS NIH HHS</Agency><Country>United States</Country></Grant><Grant><GrantID>U10 NS086606</GrantID><Acronym>NS</Acronym><Agency>NINDS NIH HHS</Agency><Country>United States</Country></Grant><Grant><GrantID>UL1 TR002538</GrantID><Acronym>TR</Acronym><Agency>NCATS NIH HHS</Agency><Country>United States</Country></Grant><Grant><GrantID>R35 GM119526</GrantID><Acronym>GM</Acronym><Agency>NIGMS NIH HHS</Agency><Country>United States</Country></Grant><Grant><GrantID>K01 AG059892</GrantID><Acronym>AG</Acronym><Agency>NIA NIH HHS</Agency><Country>United States</Country></Grant><Grant><GrantID>R01 HL163019</GrantID><Acronym>HL</Acronym><Agency>NHLBI NIH HHS</Agency><Country>United States</Country></Grant></GrantList><PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D013485">Research Support, Non-U.S. Gov''t</PublicationType><PublicationType UI="D052061">Research Support, N.I.H., Extramural</PublicationType></PublicationTypeList></Article><MedlineJournalInfo><Country>United States</Country><MedlineTA>J Clin Invest</MedlineTA><NlmUniqueID>7802877</NlmUniqueID><ISSNLinking>0021-9738</ISSNLinking></MedlineJournalInfo><ChemicalList><Chemical><RegistryNumber>0</RegistryNumber><NameOfSubstance UI="D024243">HMGB1 Protein</NameOfSubstance></Chemical></ChemicalList><CitationSubset>IM</CitationSubset><MeshHeadingList><MeshHeading><DescriptorName UI="D000818" MajorTopicYN="N">Animals</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D001930" MajorTopicYN="Y">Brain Injuries</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D065206" MajorTopicYN="Y">Extracellular Traps</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D024243" MajorTopicYN="Y">HMGB1 Protein</DescriptorName><QualifierName UI="Q000235" MajorTopicYN="N">genetics</QualifierName></MeshHeading><MeshHeading><DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D000083242" MajorTopicYN="Y">Ischemic Stroke</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D051379" MajorTopicYN="N">Mice</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D009504" MajorTopicYN="N">Neutrophils</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D020521" MajorTopicYN="Y">Stroke</DescriptorName><QualifierName UI="Q000235" MajorTopicYN="N">genetics</QualifierName></MeshHeading></MeshHeadingList><KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">Hematology</Keyword><Keyword MajorTopicYN="N">Neutrophils</Keyword><Keyword MajorTopicYN="N">Platelets</Keyword><Keyword MajorTopicYN="N">Stroke</Keyword></KeywordList><CoiStatement><b>Conflict of interest:</b> CCY authored a US patent (patent no. 10,232,023 B2, “Methods for treatment of and prophylaxis against inflammatory disorders”) held by the University of Utah for the use of neonatal NET-inhibitory factors, for which PEEL Therapeutics Inc. holds the exclusive license. CCY has also received research support in excess of $50,000 from PEEL Therapeutics.</CoiStatement></MedlineCitation><PubmedData><History><PubMedPubDate PubStatus="received"><Year>2021</Year><Month>8</Month><Day>20</Day></PubMedPubDate><PubMedPubDate PubStatus="accepted"><Year>2022</Year><Month>3</Month><Day>29</Day></PubMedPubDate><PubMedPubDate PubStatus="pubmed"><Year>2022</Year><Month>4</Month><Day>1</Day><Hour>6</Hour><Minute>0</Minute></PubMedPubDate><PubMedPubDate PubStatus="medline"><Year>2022</Year><Month>5</Month><Day>18</Day><Hour>6</Hour><Minute>0</Minute></PubMedPubDate><PubMedPubDate PubStatus="entrez"><Year>2022</Year><Month>3</Month><Day>31</Day><Hour>17</Hour><Minute>14</Minute></PubMedPubDate><PubMedPubDate PubStatus="pmc-release"><Year>2022</Year><Month>5</Month><Day>16</Day></PubMedPubDate></History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList><ArticleId IdType="pubmed">35358095</ArticleId><ArticleId IdType="pmc">PMC9106355</ArticleId><ArticleId IdType="doi">10.1172/JCI154225</ArticleId><ArticleId IdType="pii">154225</ArticleId></ArticleIdList><ReferenceList><Reference><Citation>Virani SS, et al. Heart disease and stroke statistics—2021 update: a report from the American Heart Association. Circulation. 2021;143(8):e254–e743.</Citation><ArticleIdList><ArticleId IdType="pubmed">33501848</ArticleId></ArticleIdList></Reference><Reference><Citation>McCarthy DJ, et al. Long-term outcomes of mechanical thrombectomy for stroke: a meta-analysis. ScientificWorldJournal. 2019;2019:7403104.</Citation><ArticleIdList><ArticleId IdType="pmc">PMC6521543</ArticleId><ArticleId IdType="pubmed">31186620</ArticleId></ArticleIdList></Reference><Reference><Citation>Katsanos AH, et al. Mortality risk in acute ischemic stroke patients with large vessel occlusion treated with mechanical thrombectomy. J Am Heart Assoc. 2019;8(21):e014425. doi: 10.1161/JAHA.119.014425.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/JAHA.119.014425</ArticleId><ArticleId IdType="pmc">PMC6898819</ArticleId><ArticleId IdType="pubmed">31657277</ArticleId></ArticleIdList></Reference><Reference><Citation>de Meyer SF, et al. Thromboinflammation in stroke brain damage. Stroke. 2016;47(4):1165–1172. doi: 10.1161/STROKEAHA.115.011238.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/STROKEAHA.115.011238</ArticleId><ArticleId IdType="pubmed">26786115</ArticleId></ArticleIdList></Reference><Reference><Citation>Stark K, Massberg S. Interplay between inflammation and thrombosis in cardiovascular pathology. Nat Rev Cardiol. 2021;18(9):666–682. doi: 10.1038/s41569-021-00552-1.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/s41569-021-00552-1</ArticleId><ArticleId IdType="pmc">PMC8100938</ArticleId><ArticleId IdType="pubmed">33958774</ArticleId></ArticleIdList></Reference><Reference><Citation>Martinod K, Deppermann C. Immunothrombosis and thromboinflammation in host defense and disease. Platelets. 2021;32(3):314–324. doi: 10.1080/09537104.2020.1817360.</Citation><ArticleIdList><ArticleId IdType="doi">10.1080/09537104.2020.1817360</ArticleId><ArticleId IdType="pubmed">32896192</ArticleId></ArticleIdList></Reference><Reference><Citation>Sorvillo N, et al. Extracellular DNA NET-works with dire consequences for health. Circ Res. 2019;125(4):470–488. doi: 10.1161/CIRCRESAHA.119.314581.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/CIRCRESAHA.119.314581</ArticleId><ArticleId IdType="pmc">PMC6746252</ArticleId><ArticleId IdType="pubmed">31518165</ArticleId></ArticleIdList></Reference><Reference><Citation>von Brühl ML, et al. Monocytes, neutrophils, and platelets cooperate to initiate and propagate venous thrombosis in mice in vivo. J Exp Med. 2012;209(4):819–835. doi: 10.1084/jem.20112322.</Citation><ArticleIdList><ArticleId IdType="doi">10.1084/jem.20112322</ArticleId><ArticleId IdType="pmc">PMC3328366</ArticleId><ArticleId IdType="pubmed">22451716</ArticleId></ArticleIdList></Reference><Reference><Citation>Brill A, et al. Neutrophil extracellular traps promote deep vein thrombosis in mice. J Thromb Haemost. 2012;10(1):136–144. doi: 10.1111/j.1538-7836.2011.04544.x.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/j.1538-7836.2011.04544.x</ArticleId><ArticleId IdType="pmc">PMC3319651</ArticleId><ArticleId IdType="pubmed">22044575</ArticleId></ArticleIdList></Reference><Reference><Citation>Laridan E, et al. Neutrophil extracellular traps in ischemic stroke thrombi. Ann Neurol. 2017;82(2):223–232. doi: 10.1002/ana.24993.</Citation><ArticleIdList><ArticleId IdType="doi">10.1002/ana.24993</ArticleId><ArticleId IdType="pubmed">28696508</ArticleId></ArticleIdList></Reference><Reference><Citation>Ducroux C, et al. Thrombus neutrophil extracellular traps content impair tPA-induced thrombolysis in acute ischemic stroke. Stroke. 2018;49(3):754–757. doi: 10.1161/STROKEAHA.117.019896.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/STROKEAHA.117.019896</ArticleId><ArticleId IdType="pubmed">29438080</ArticleId></ArticleIdList></Reference><Reference><Citation>Vallés J, et al. Neutrophil extracellular traps are increased in patients with acute ischemic stroke: prognostic significance. Thromb Haemost. 2017;117(10):1919–1929. doi: 10.1160/TH17-02-0130.</Citation><ArticleIdList><ArticleId IdType="doi">10.1160/TH17-02-0130</ArticleId><ArticleId IdType="pubmed">28837206</ArticleId></ArticleIdList></Reference><Reference><Citation>Lim H, et al. Evaluation of neutrophil extracellular traps as the circulating marker for patients with acute coronary syndrome and acute ischemic stroke. J Clin Lab Anal. 2020;34(5):e23190.</Citation><ArticleIdList><ArticleId IdType="pmc">PMC7246366</ArticleId><ArticleId IdType="pubmed">31907963</ArticleId></ArticleIdList></Reference><Reference><Citation>Demyanets S, et al. Surrogate markers of neutrophil extracellular trap formation are associated with ischemic outcomes and platelet activation after peripheral angioplasty and stenting. J Clin Med. 2020;9(2):304. doi: 10.3390/jcm9020304.</Citation><ArticleIdList><ArticleId IdType="doi">10.3390/jcm9020304</ArticleId><ArticleId IdType="pmc">PMC7073960</ArticleId><ArticleId IdType="pubmed">31979010</ArticleId></ArticleIdList></Reference><Reference><Citation>Otxoa-de-Amezaga A, et al. Location of neutrophils in different compartments of the damaged mouse brain after severe ischemia/reperfusion. Stroke. 2019;50(6):1548–1557. doi: 10.1161/STROKEAHA.118.023837.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/STROKEAHA.118.023837</ArticleId><ArticleId IdType="pubmed">31084324</ArticleId></ArticleIdList></Reference><Reference><Citation>Peña-Martínez C, et al. Pharmacological modulation of neutrophil extracellular traps reverses thrombotic stroke tPA (tissue-type plasminogen activator) resistance. Stroke. 2019;50(11):3228–3237. doi: 10.1161/STROKEAHA.119.026848.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/STROKEAHA.119.026848</ArticleId><ArticleId IdType="pubmed">31526124</ArticleId></ArticleIdList></Reference><Reference><Citation>Perez-de-Puig I, et al. Neutrophil recruitment to the brain in mouse and human ischemic stroke. Acta Neuropathol. 2015;129(2):239–257. doi: 10.1007/s00401-014-1381-0.</Citation><ArticleIdList><ArticleId IdType="doi">10.1007/s00401-014-1381-0</ArticleId><ArticleId IdType="pubmed">25548073</ArticleId></ArticleIdList></Reference><Reference><Citation>Denorme F, et al. Brothers in arms: platelets and neutrophils in ischemic stroke. Curr Opin Hematol. 2021;28(5):301–307. doi: 10.1097/MOH.0000000000000665.</Citation><ArticleIdList><ArticleId IdType="doi">10.1097/MOH.0000000000000665</ArticleId><ArticleId IdType="pmc">PMC8483595</ArticleId><ArticleId IdType="pubmed">34183536</ArticleId></ArticleIdList></Reference><Reference><Citation>Vogel S, et al. Platelet-derived HMGB1 is a critical mediator of thrombosis. J Clin Invest. 2015;125(12):4638–4654. doi: 10.1172/JCI81660.</Citation><ArticleIdList><ArticleId IdType="doi">10.1172/JCI81660</ArticleId><ArticleId IdType="pmc">PMC4665785</ArticleId><ArticleId IdType="pubmed">26551681</ArticleId></ArticleIdList></Reference><Reference><Citation>Maugeri N, et al. Activated platelets present high mobility group box 1 to neutrophils, inducing autophagy and promoting the extrusion of neutrophil extracellular traps. J Thromb Haemost. 2014;12(12):2074–2088. doi: 10.1111/jth.12710.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/jth.12710</ArticleId><ArticleId IdType="pubmed">25163512</ArticleId></ArticleIdList></Reference><Reference><Citation>Yanai H, et al. Conditional ablation of HMGB1 in mice reveals its protective function against endotoxemia and bacterial infection. Proc Natl Acad Sci U S A. 2013;110(51):20699–20704. doi: 10.1073/pnas.1320808110.</Citation><ArticleIdList><ArticleId IdType="doi">10.1073/pnas.1320808110</ArticleId><ArticleId IdType="pmc">PMC3870753</ArticleId><ArticleId IdType="pubmed">24302768</ArticleId></ArticleIdList></Reference><Reference><Citation>Boivin G, et al. Durable and controlled depletion of neutrophils in mice. Nat Commun. 2020;11(1):2762. doi: 10.1038/s41467-020-16596-9.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/s41467-020-16596-9</ArticleId><ArticleId IdType="pmc">PMC7265525</ArticleId><ArticleId IdType="pubmed">32488020</ArticleId></ArticleIdList></Reference><Reference><Citation>Singh V, et al. HMGB1 as a key mediator of immune mechanisms in ischemic stroke. Antioxid Redox Signal. 2016;24(12):635–651. doi: 10.1089/ars.2015.6397.</Citation><ArticleIdList><ArticleId IdType="doi">10.1089/ars.2015.6397</ArticleId><ArticleId IdType="pubmed">26493086</ArticleId></ArticleIdList></Reference><Reference><Citation>Yost CC, et al. Impaired neutrophil extracellular trap (NET) formation: a novel innate immune deficiency of human neonates. Blood. 2009;113(25):6419–6427. doi: 10.1182/blood-2008-07-171629.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood-2008-07-171629</ArticleId><ArticleId IdType="pmc">PMC2710935</ArticleId><ArticleId IdType="pubmed">19221037</ArticleId></ArticleIdList></Reference><Reference><Citation>Campbell RA, et al. Placental HTRA1 cleaves α1-antitrypsin to generate a NET-inhibitory peptide. Blood. 2021;138(11):977–988. doi: 10.1182/blood.2020009021.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood.2020009021</ArticleId><ArticleId IdType="pmc">PMC9069473</ArticleId><ArticleId IdType="pubmed">34192300</ArticleId></ArticleIdList></Reference><Reference><Citation>Yost CC, et al. Neonatal NET-inhibitory factor and related peptides inhibit neutrophil extracellular trap formation. J Clin Invest. 2016;126(10):3783–3798. doi: 10.1172/JCI83873.</Citation><ArticleIdList><ArticleId IdType="doi">10.1172/JCI83873</ArticleId><ArticleId IdType="pmc">PMC5096809</ArticleId><ArticleId IdType="pubmed">27599294</ArticleId></ArticleIdList></Reference><Reference><Citation>Fisher M, et al. Update of the stroke therapy academic industry roundtable preclinical recommendations. Stroke. 2009;40(6):2244–2250. doi: 10.1161/STROKEAHA.108.541128.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/STROKEAHA.108.541128</ArticleId><ArticleId IdType="pmc">PMC2888275</ArticleId><ArticleId IdType="pubmed">19246690</ArticleId></ArticleIdList></Reference><Reference><Citation>Li P, et al. PAD4 is essential for antibacterial innate immunity mediated by neutrophil extracellular traps. J Exp Med. 2010;207(9):1853–1862. doi: 10.1084/jem.20100239.</Citation><ArticleIdList><ArticleId IdType="doi">10.1084/jem.20100239</ArticleId><ArticleId IdType="pmc">PMC2931169</ArticleId><ArticleId IdType="pubmed">20733033</ArticleId></ArticleIdList></Reference><Reference><Citation>Willis VC, et al. Protein arginine deiminase 4 inhibition is sufficient for the amelioration of collagen-induced arthritis. Clin Exp Immunol. 2017;188(2):263–274. doi: 10.1111/cei.12932.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/cei.12932</ArticleId><ArticleId IdType="pmc">PMC5383440</ArticleId><ArticleId IdType="pubmed">28128853</ArticleId></ArticleIdList></Reference><Reference><Citation>Lewis HD, et al. Inhibition of PAD4 activity is sufficient to disrupt mouse and human NET formation. Nat Chem Biol. 2015;11(3):189–191. doi: 10.1038/nchembio.1735.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/nchembio.1735</ArticleId><ArticleId IdType="pmc">PMC4397581</ArticleId><ArticleId IdType="pubmed">25622091</ArticleId></ArticleIdList></Reference><Reference><Citation>Chen J, et al. Atorvastatin induction of VEGF and BDNF promotes brain plasticity after stroke in mice. J Cereb Blood Flow Metab. 2005;25(2):281–290. doi: 10.1038/sj.jcbfm.9600034.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/sj.jcbfm.9600034</ArticleId><ArticleId IdType="pmc">PMC2804085</ArticleId><ArticleId IdType="pubmed">15678129</ArticleId></ArticleIdList></Reference><Reference><Citation>Bouët V, et al. Sensorimotor and cognitive deficits after transient middle cerebral artery occlusion in the mouse. Exp Neurol. 2007;203(2):555–567. doi: 10.1016/j.expneurol.2006.09.006.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/j.expneurol.2006.09.006</ArticleId><ArticleId IdType="pubmed">17067578</ArticleId></ArticleIdList></Reference><Reference><Citation>Massberg S, et al. Reciprocal coupling of coagulation and innate immunity via neutrophil serine proteases. Nat Med. 2010;16(8):887–896. doi: 10.1038/nm.2184.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/nm.2184</ArticleId><ArticleId IdType="pubmed">20676107</ArticleId></ArticleIdList></Reference><Reference><Citation>Mangold A, et al. Culprit site extracellular DNA and microvascular obstruction in ST-elevation myocardial infarction [Published online June 26, 2021]. Cardiovasc Res.</Citation><ArticleIdList><ArticleId IdType="doi">10.1093/cvr/cvab217</ArticleId><ArticleId IdType="pubmed">34173822</ArticleId></ArticleIdList></Reference><Reference><Citation>Franck G, et al. Roles of PAD4 and NETosis in experimental atherosclerosis and arterial injury: implications for superficial erosion. Circ Res. 2018;123(1):33–42. doi: 10.1161/CIRCRESAHA.117.312494.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/CIRCRESAHA.117.312494</ArticleId><ArticleId IdType="pmc">PMC6014872</ArticleId><ArticleId IdType="pubmed">29572206</ArticleId></ArticleIdList></Reference><Reference><Citation>Gupta AK, et al. Activated endothelial cells induce neutrophil extracellular traps and are susceptible to NETosis-mediated cell death. FEBS Lett. 2010;584(14):3193–3197. doi: 10.1016/j.febslet.2010.06.006.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/j.febslet.2010.06.006</ArticleId><ArticleId IdType="pubmed">20541553</ArticleId></ArticleIdList></Reference><Reference><Citation>Novotny J, et al. Thrombus NET content is associated with clinical outcome in stroke and myocardial infarction. Neurology. 2020;94(22):e2346–e2360. doi: 10.1212/WNL.0000000000009532.</Citation><ArticleIdList><ArticleId IdType="doi">10.1212/WNL.0000000000009532</ArticleId><ArticleId IdType="pubmed">32434865</ArticleId></ArticleIdList></Reference><Reference><Citation>Yasutomo K, et al. Mutation of DNASE1 in people with systemic lupus erythematosus. Nat Genet. 2001;28(4):313–314. doi: 10.1038/91070.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/91070</ArticleId><ArticleId IdType="pubmed">11479590</ArticleId></ArticleIdList></Reference><Reference><Citation>Hakkim A, et al. Impairment of neutrophil extracellular trap degradation is associated with lupus nephritis. Proc Natl Acad Sci U S A. 2010;107(21):9813–9818. doi: 10.1073/pnas.0909927107.</Citation><ArticleIdList><ArticleId IdType="doi">10.1073/pnas.0909927107</ArticleId><ArticleId IdType="pmc">PMC2906830</ArticleId><ArticleId IdType="pubmed">20439745</ArticleId></ArticleIdList></Reference><Reference><Citation>Jiménez-Alcázar M, et al. Impaired DNase1-mediated degradation of neutrophil extracellular traps is associated with acute thrombotic microangiopathies. J Thromb Haemost. 2015;13(5):732–742. doi: 10.1111/jth.12796.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/jth.12796</ArticleId><ArticleId IdType="pubmed">25418346</ArticleId></ArticleIdList></Reference><Reference><Citation>Leffler J, et al. Decreased neutrophil extracellular trap degradation in shiga toxin-associated haemolytic uraemic syndrome. J Innate Immun. 2017;9(1):12–21. doi: 10.1159/000450609.</Citation><ArticleIdList><ArticleId IdType="doi">10.1159/000450609</ArticleId><ArticleId IdType="pmc">PMC6738868</ArticleId><ArticleId IdType="pubmed">27784011</ArticleId></ArticleIdList></Reference><Reference><Citation>Hofbauer TM, et al. Deoxyribonuclease 1 Q222R single nucleotide polymorphism and long-term mortality after acute myocardial infarction. Basic Res Cardiol. 2021;116(1):29. doi: 10.1007/s00395-021-00864-w.</Citation><ArticleIdList><ArticleId IdType="doi">10.1007/s00395-021-00864-w</ArticleId><ArticleId IdType="pmc">PMC8064981</ArticleId><ArticleId IdType="pubmed">33891165</ArticleId></ArticleIdList></Reference><Reference><Citation>Jiménez-Alcázar M, et al. Host DNases prevent vascular occlusion by neutrophil extracellular traps. Science. 2017;358(6367):1202–1206. doi: 10.1126/science.aam8897.</Citation><ArticleIdList><ArticleId IdType="doi">10.1126/science.aam8897</ArticleId><ArticleId IdType="pubmed">29191910</ArticleId></ArticleIdList></Reference><Reference><Citation>Jorch SK, Kubes P. An emerging role for neutrophil extracellular traps in noninfectious disease. Nat Med. 2017;23(3):279–287. doi: 10.1038/nm.4294.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/nm.4294</ArticleId><ArticleId IdType="pubmed">28267716</ArticleId></ArticleIdList></Reference><Reference><Citation>Shi K, et al. Global brain inflammation in stroke. Lancet Neurol. 2019;18(11):1058–1066. doi: 10.1016/S1474-4422(19)30078-X.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/S1474-4422(19)30078-X</ArticleId><ArticleId IdType="pubmed">31296369</ArticleId></ArticleIdList></Reference><Reference><Citation>Denorme F, et al. von Willebrand factor and platelet glycoprotein Ib: a thromboinflammatory axis in stroke. Front Immunol. 2019;10:2884. doi: 10.3389/fimmu.2019.02884.</Citation><ArticleIdList><ArticleId IdType="doi">10.3389/fimmu.2019.02884</ArticleId><ArticleId IdType="pmc">PMC6928043</ArticleId><ArticleId IdType="pubmed">31921147</ArticleId></ArticleIdList></Reference><Reference><Citation>Dyer MR, et al. Deep vein thrombosis in mice is regulated by platelet HMGB1 through release of neutrophil-extracellular traps and DNA. Sci Rep. 2018;8(1):2068. doi: 10.1038/s41598-018-20479-x.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/s41598-018-20479-x</ArticleId><ArticleId IdType="pmc">PMC5794752</ArticleId><ArticleId IdType="pubmed">29391442</ArticleId></ArticleIdList></Reference><Reference><Citation>Wang Z, et al. Tumor-derived HMGB1 induces CD62Ldim neutrophil polarization and promotes lung metastasis in triple-negative breast cancer. Oncogenesis. 2020;9(9):82. doi: 10.1038/s41389-020-00267-x.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/s41389-020-00267-x</ArticleId><ArticleId IdType="pmc">PMC7499196</ArticleId><ArticleId IdType="pubmed">32943604</ArticleId></ArticleIdList></Reference><Reference><Citation>Liesz A, et al. DAMP signaling is a key pathway inducing immune modulation after brain injury. J Neurosci. 2015;35(2):583–598. doi: 10.1523/JNEUROSCI.2439-14.2015.</Citation><ArticleIdList><ArticleId IdType="doi">10.1523/JNEUROSCI.2439-14.2015</ArticleId><ArticleId IdType="pmc">PMC4293412</ArticleId><ArticleId IdType="pubmed">25589753</ArticleId></ArticleIdList></Reference><Reference><Citation>Goldstein RS, et al. Elevated high-mobility group box 1 levels in patients with cerebral and myocardial ischemia. Shock. 2006;25(6):571–574. doi: 10.1097/01.shk.0000209540.99176.72.</Citation><ArticleIdList><ArticleId IdType="doi">10.1097/01.shk.0000209540.99176.72</ArticleId><ArticleId IdType="pubmed">16721263</ArticleId></ArticleIdList></Reference><Reference><Citation>Schuhmann MK, et al. Danger-associated molecular patterns are locally released during occlusion in hyper-acute stroke. Brain Behav Immun Health. 2021;15:100270. doi: 10.1016/j.bbih.2021.100270.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/j.bbih.2021.100270</ArticleId><ArticleId IdType="pmc">PMC8474429</ArticleId><ArticleId IdType="pubmed">34589775</ArticleId></ArticleIdList></Reference><Reference><Citation>Wang J, et al. Prognostic value of plasma HMGB1 in ischemic stroke patients with cerebral ischemia-reperfusion injury after intravenous thrombolysis. J Stroke Cerebrovasc Dis. 2020;29(9):105055. doi: 10.1016/j.jstrokecerebrovasdis.2020.105055.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/j.jstrokecerebrovasdis.2020.105055</ArticleId><ArticleId IdType="pubmed">32807461</ArticleId></ArticleIdList></Reference><Reference><Citation>Stark K, et al. Disulfide HMGB1 derived from platelets coordinates venous thrombosis in mice. Blood. 2016;128(20):2435–2449. doi: 10.1182/blood-2016-04-710632.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood-2016-04-710632</ArticleId><ArticleId IdType="pmc">PMC5147023</ArticleId><ArticleId IdType="pubmed">27574188</ArticleId></ArticleIdList></Reference><Reference><Citation>Roussel BD, et al. HMGB-1 promotes fibrinolysis and reduces neurotoxicity mediated by tissue plasminogen activator. J Cell Sci. 2011;124(12):2070–2076. doi: 10.1242/jcs.084392.</Citation><ArticleIdList><ArticleId IdType="doi">10.1242/jcs.084392</ArticleId><ArticleId IdType="pubmed">21610098</ArticleId></ArticleIdList></Reference><Reference><Citation>Allen C, et al. Neutrophil cerebrovascular transmigration triggers rapid neurotoxicity through release of proteases associated with decondensed DNA. J Immunol. 2012;189(1):381–392. doi: 10.4049/jimmunol.1200409.</Citation><ArticleIdList><ArticleId IdType="doi">10.4049/jimmunol.1200409</ArticleId><ArticleId IdType="pmc">PMC3381844</ArticleId><ArticleId IdType="pubmed">22661091</ArticleId></ArticleIdList></Reference><Reference><Citation>Wood DD, et al. Myelin localization of peptidylarginine deiminases 2 and 4: comparison of PAD2 and PAD4 activities. Lab Invest. 2008;88(4):354–364. doi: 10.1038/labinvest.3700748.</Citation><ArticleIdList><ArticleId IdType="doi">10.1038/labinvest.3700748</ArticleId><ArticleId IdType="pubmed">18227806</ArticleId></ArticleIdList></Reference><Reference><Citation>Acharya NK, et al. Neuronal PAD4 expression and protein citrullination: possible role in production of autoantibodies associated with neurodegenerative disease. J Autoimmun. 2012;38(4):369–380. doi: 10.1016/j.jaut.2012.03.004.</Citation><ArticleIdList><ArticleId IdType="doi">10.1016/j.jaut.2012.03.004</ArticleId><ArticleId IdType="pubmed">22560840</ArticleId></ArticleIdList></Reference><Reference><Citation>Mastronardi FG, et al. Increased citrullination of histone H3 in multiple sclerosis brain and animal models of demyelination: a role for tumor necrosis factor-induced peptidylarginine deiminase 4 translocation. J Neurosci. 2006;26(44):11387–11396. doi: 10.1523/JNEUROSCI.3349-06.2006.</Citation><ArticleIdList><ArticleId IdType="doi">10.1523/JNEUROSCI.3349-06.2006</ArticleId><ArticleId IdType="pmc">PMC6674531</ArticleId><ArticleId IdType="pubmed">17079667</ArticleId></ArticleIdList></Reference><Reference><Citation>Carminita E, et al. DNAse-dependent, NET-independent pathway of thrombus formation in vivo. Proc Natl Acad Sci U S A. 2021;118(28):e2100561118. doi: 10.1073/pnas.2100561118.</Citation><ArticleIdList><ArticleId IdType="doi">10.1073/pnas.2100561118</ArticleId><ArticleId IdType="pmc">PMC8285961</ArticleId><ArticleId IdType="pubmed">34260389</ArticleId></ArticleIdList></Reference><Reference><Citation>Popowicz N, et al. Dose de-escalation of intrapleural tissue plasminogen activator therapy for pleural infection. The Alteplase Dose Assessment for Pleural Infection Therapy project. Ann Am Thorac Soc. 2017;14(6):929–936. doi: 10.1513/AnnalsATS.201609-673OC.</Citation><ArticleIdList><ArticleId IdType="doi">10.1513/AnnalsATS.201609-673OC</ArticleId><ArticleId IdType="pubmed">28324671</ArticleId></ArticleIdList></Reference><Reference><Citation>Mestas J, Hughes CCW. Of mice and not men: differences between mouse and human immunology. J Immunol. 2004;172(5):2731–2738. doi: 10.4049/jimmunol.172.5.2731.</Citation><ArticleIdList><ArticleId IdType="doi">10.4049/jimmunol.172.5.2731</ArticleId><ArticleId IdType="pubmed">14978070</ArticleId></ArticleIdList></Reference><Reference><Citation>Campbell RA, et al. Human megakaryocytes possess intrinsic antiviral immunity through regulated induction of IFITM3. Blood. 2019;133(19):2013–2026. doi: 10.1182/blood-2018-09-873984.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood-2018-09-873984</ArticleId><ArticleId IdType="pmc">PMC6509546</ArticleId><ArticleId IdType="pubmed">30723081</ArticleId></ArticleIdList></Reference><Reference><Citation>Middleton EA, et al. Neutrophil extracellular traps contribute to immunothrombosis in COVID-19 acute respiratory distress syndrome. Blood. 2020;136(10):1169–1179. doi: 10.1182/blood.2020007008.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood.2020007008</ArticleId><ArticleId IdType="pmc">PMC7472714</ArticleId><ArticleId IdType="pubmed">32597954</ArticleId></ArticleIdList></Reference><Reference><Citation>Campbell RA, et al. Clots are potent triggers of inflammatory cell gene expression: indications for timely fibrinolysis. Arterioscler Thromb Vasc Biol. 2017;37(10):1819–1827. doi: 10.1161/ATVBAHA.117.309794.</Citation><ArticleIdList><ArticleId IdType="doi">10.1161/ATVBAHA.117.309794</ArticleId><ArticleId IdType="pmc">PMC5620127</ArticleId><ArticleId IdType="pubmed">28775073</ArticleId></ArticleIdList></Reference><Reference><Citation>Manne BK, et al. Platelet gene expression and function in patients with COVID-19. Blood. 2020;136(11):1317–1329. doi: 10.1182/blood.2020007214.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood.2020007214</ArticleId><ArticleId IdType="pmc">PMC7483430</ArticleId><ArticleId IdType="pubmed">32573711</ArticleId></ArticleIdList></Reference><Reference><Citation>Denorme F, et al. COVID-19 patients exhibit reduced procoagulant platelet responses. J Thromb Haemost. 2020;18(11):3067–3073. doi: 10.1111/jth.15107.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/jth.15107</ArticleId><ArticleId IdType="pmc">PMC7646270</ArticleId><ArticleId IdType="pubmed">32945081</ArticleId></ArticleIdList></Reference><Reference><Citation>Denorme F, et al. Hyperglycemia exacerbates ischemic stroke outcome independent of platelet glucose uptake. J Thromb Haemost. 2021;19(2):536–546. doi: 10.1111/jth.15154.</Citation><ArticleIdList><ArticleId IdType="doi">10.1111/jth.15154</ArticleId><ArticleId IdType="pmc">PMC7902465</ArticleId><ArticleId IdType="pubmed">33118271</ArticleId></ArticleIdList></Reference><Reference><Citation>Denorme F, et al. Platelet necrosis mediates ischemic stroke outcome in mice. Blood. 2020;135(6):429–440. doi: 10.1182/blood.2019002124.</Citation><ArticleIdList><ArticleId IdType="doi">10.1182/blood.2019002124</ArticleId><ArticleId IdType="pmc">PMC7005363</ArticleId><ArticleId IdType="pubmed">31800959</ArticleId></ArticleIdList></Reference></ReferenceList></PubmedData></PubmedArticle>', 'pubmed-xml', '818a8aebf94bbf04e0e23d14bc5c948a142d6716379a03cb3929dfedaee01144', false, false);
INSERT INTO trialdb_old.article VALUES ('15968009', 1, 'The effect of combined estrogen and progesterone hormone replacement therapy on disease activity in systemic lupus erythematosus: a randomized trial.', 'BACKGROUND: There is concern that exogenous female hormones may worsen disease activity in women with systemic lupus erythematosus (SLE).
OBJECTIVE: To evaluate the effect of hormone replacement therapy (HRT) on disease activity in postmenopausal women with SLE.
DESIGN: Randomized, double-blind, placebo-controlled noninferiority trial conducted from March 1996 to June 2002.
SETTING: 16 university-affiliated rheumatology clinics or practices in 11 U.S. states.
PATIENTS: 351 menopausal patients (mean age, 50 years) with inactive (81.5%) or stable-active (18.5%) SLE.
INTERVENTIONS: 12 months of treatment with active drug (0.625 mg of conjugated estrogen daily, plus 5 mg of medroxyprogesterone for 12 days per month) or placebo. The 12-month follow-up rate was 82% for the HRT group and 87% for the placebo group.
MEASUREMENTS: The primary end point was occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite.
RESULTS: Severe flare was rare in both treatment groups: The 12-month severe flare rate was 0.081 for the HRT group and 0.049 for the placebo group, yielding an estimated difference of 0.033 (P = 0.23). The upper limit of the 1-sided 95% CI for the treatment difference was 0.078, within the prespecified margin of 9% for noninferiority. Mild to moderate flares were significantly increased in the HRT group: 1.14 flares/person-year for HRT and 0.86 flare/person-year for placebo (relative risk, 1.34; P = 0.01). The probability of any type of flare by 12 months was 0.64 for the HRT group and 0.51 for the placebo group (P = 0.01). In the HRT group, there were 1 death, 1 stroke, 2 cases of deep venous thrombosis, and 1 case of thrombosis in an arteriovenous graft; in the placebo group, 1 patient developed deep venous thrombosis.
LIMITATIONS: Findings are not generalizable to women with high-titer anticardiolipin antibodies, lupus anticoagulant, or previous thrombosis.
CONCLUSIONS: Adding a short course of HRT is associated with a small risk for increasing the natural flare rate of lupus. Most of these flares are mild to moderate. The benefits of HRT can be balanced against the risk for flare because HRT did not significantly increase the risk for severe flare compared with placebo.', 'Annals of internal medicine', 'Ann. Intern. Med.', '142', '12 Pt 1', '953-62', 2005, '2005 Jun 21', '["Buyon JP", "Petri MA", "Kim MY", "Kalunian KC", "Grossman J", "Hahn BH", "Merrill JT", "Sammaritano L", "Lockshin M", "Alarcón GS", "Manzi S", "Belmont HM", "Askanase AD", "Sigler L", "Dooley MA", "Von Feldt J", "McCune WJ", "Friedman A", "Wachs J", "Cronin M", "Hearth-Holmes M", "Tan M", "Licciardi F"]', '["Clinical Trial", "Journal Article", "Multicenter Study", "Randomized Controlled Trial", "Research Support, N.I.H., Extramural", "Research Support, U.S. Gov''t, P.H.S."]', '["Adolescent", "Aged", "Aged, 80 and over", "Double-Blind Method", "Estrogen Replacement Therapy", "Estrogens, Conjugated (USP)", "Female", "Follow-Up Studies", "Humans", "Lupus Erythematosus, Systemic", "Medroxyprogesterone", "Middle Aged", "Postmenopause", "Risk Factors"]', '[]', NULL, 'eng', '<PubmedArticle>
        <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">15968009</PMID>
            <DateCompleted>
                <Year>2005</Year>
                <Month>06</Month>
                <Day>27</Day>
            </DateCompleted>
            <DateRevised>
                <Year>2014</Year>
                <Month>07</Month>
                <Day>29</Day>
            </DateRevised>
            <Article PubModel="Print">
                <Journal>
                    <ISSN IssnType="Electronic">1539-3704</ISSN>
                    <JournalIssue CitedMedium="Internet">
                        <Volume>142</Volume>
                        <Issue>12 Pt 1</Issue>
                        <PubDate>
                            <Year>2005</Year>
                            <Month>Jun</Month>
                            <Day>21</Day>
                        </PubDate>
                    </JournalIssue>
                    <Title>Annals of internal medicine</Title>
                    <ISOAbbreviation>Ann. Intern. Med.</ISOAbbreviation>
                </Journal>
                <ArticleTitle>The effect of combined estrogen and progesterone hormone replacement therapy on disease activity in systemic lupus erythematosus: a randomized trial.</ArticleTitle>
                <Pagination>
                    <MedlinePgn>953-62</MedlinePgn>
                </Pagination>
                <Abstract>
                    <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">There is concern that exogenous female hormones may worsen disease activity in women with systemic lupus erythematosus (SLE).</AbstractText>
                    <AbstractText Label="OBJECTIVE" NlmCategory="OBJECTIVE">To evaluate the effect of hormone replacement therapy (HRT) on disease activity in postmenopausal women with SLE.</AbstractText>
                    <AbstractText Label="DESIGN" NlmCategory="METHODS">Randomized, double-blind, placebo-controlled noninferiority trial conducted from March 1996 to June 2002.</AbstractText>
                    <AbstractText Label="SETTING" NlmCategory="METHODS">16 university-affiliated rheumatology clinics or practices in 11 U.S. states.</AbstractText>
                    <AbstractText Label="PATIENTS" NlmCategory="METHODS">351 menopausal patients (mean age, 50 years) with inactive (81.5%) or stable-active (18.5%) SLE.</AbstractText>
                    <AbstractText Label="INTERVENTIONS" NlmCategory="METHODS">12 months of treatment with active drug (0.625 mg of conjugated estrogen daily, plus 5 mg of medroxyprogesterone for 12 days per month) or placebo. The 12-month follow-up rate was 82% for the HRT group and 87% for the placebo group.</AbstractText>
                    <AbstractText Label="MEASUREMENTS" NlmCategory="METHODS">The primary end point was occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite.</AbstractText>
                    <AbstractText Label="RESULTS" NlmCategory="RESULTS">Severe flare was rare in both treatment groups: The 12-month severe flare rate was 0.081 for the HRT group and 0.049 for the placebo group, yielding an estimated difference of 0.033 (P = 0.23). The upper limit of the 1-sided 95% CI for the treatment difference was 0.078, within the prespecified margin of 9% for noninferiority. Mild to moderate flares were significantly increased in the HRT group: 1.14 flares/person-year for HRT and 0.86 flare/person-year for placebo (relative risk, 1.34; P = 0.01). The probability of any type of flare by 12 months was 0.64 for the HRT group and 0.51 for the placebo group (P = 0.01). In the HRT group, there were 1 death, 1 stroke, 2 cases of deep venous thrombosis, and 1 case of thrombosis in an arteriovenous graft; in the placebo group, 1 patient developed deep venous thrombosis.</AbstractText>
                    <AbstractText Label="LIMITATIONS" NlmCategory="CONCLUSIONS">Findings are not generalizable to women with high-titer anticardiolipin antibodies, lupus anticoagulant, or previous thrombosis.</AbstractText>
                    <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">Adding a short course of HRT is associated with a small risk for increasing the natural flare rate of lupus. Most of these flares are mild to moderate. The benefits of HRT can be balanced against the risk for flare because HRT did not significantly increase the risk for severe flare compared with placebo.</AbstractText>
                </Abstract>
                <AuthorList CompleteYN="Y">
                    <Author ValidYN="Y">
                        <LastName>Buyon</LastName>
                        <ForeName>Jill P</ForeName>
                        <Initials>JP</Initials>
                        <AffiliationInfo>
                            <Affiliation>Hospital for Joint Diseases, New York University School of Medicine, New York, New York, USA. jill.buyon@nyumc.org</Affiliation>
                        </AffiliationInfo>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Petri</LastName>
                        <ForeName>Michelle A</ForeName>
                        <Initials>MA</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Kim</LastName>
                        <ForeName>Mimi Y</ForeName>
                        <Initials>MY</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Kalunian</LastName>
                        <ForeName>Kenneth C</ForeName>
                        <Initials>KC</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Grossman</LastName>
                        <ForeName>Jennifer</ForeName>
                        <Initials>J</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Hahn</LastName>
                        <ForeName>Bevra H</ForeName>
                        <Initials>BH</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Merrill</LastName>
                        <ForeName>Joan T</ForeName>
                        <Initials>JT</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Sammaritano</LastName>
                        <ForeName>Lisa</ForeName>
                        <Initials>L</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Lockshin</LastName>
                        <ForeName>Michael</ForeName>
                        <Initials>M</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Alarcón</LastName>
                        <ForeName>Graciela S</ForeName>
                        <Initials>GS</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Manzi</LastName>
                        <ForeName>Susan</ForeName>
                        <Initials>S</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Belmont</LastName>
                        <ForeName>H Michael</ForeName>
                        <Initials>HM</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Askanase</LastName>
                        <ForeName>Anca D</ForeName>
                        <Initials>AD</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Sigler</LastName>
                        <ForeName>Lisa</ForeName>
                        <Initials>L</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Dooley</LastName>
                        <ForeName>Mary Anne</ForeName>
                        <Initials>MA</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Von Feldt</LastName>
                        <ForeName>Joan</ForeName>
                        <Initials>J</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>McCune</LastName>
                        <ForeName>W Joseph</ForeName>
                        <Initials>WJ</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Friedman</LastName>
                        <ForeName>Alan</ForeName>
                        <Initials>A</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Wachs</LastName>
                        <ForeName>Jane</ForeName>
                        <Initials>J</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Cronin</LastName>
                        <ForeName>Mary</ForeName>
                        <Initials>M</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Hearth-Holmes</LastName>
                        <ForeName>Michelene</ForeName>
                        <Initials>M</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Tan</LastName>
                        <ForeName>Mark</ForeName>
                        <Initials>M</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Licciardi</LastName>
                        <ForeName>Frederick</ForeName>
                        <Initials>F</Initials>
                    </Author>
                </AuthorList>
                <Language>eng</Language>
                <DataBankList CompleteYN="Y">
                    <DataBank>
                        <DataBankName>ClinicalTrials.gov</DataBankName>
                        <AccessionNumberList>
                            <AccessionNumber>NCT00000419</AccessionNumber>
                        </AccessionNumberList>
                    </DataBank>
                </DataBankList>
                <GrantList CompleteYN="Y">
                    <Grant>
                        <GrantID>AR 43727</GrantID>
                        <Acronym>AR</Acronym>
                        <Agency>NIAMS NIH HHS</Agency>
                        <Country>United States</Country>
                    </Grant>
                    <Grant>
                        <GrantID>M01 RR00052</GrantID>
                        <Acronym>RR</Acronym>
                        <Agency>NCRR NIH HHS</Agency>
                        <Country>United States</Country>
                    </Grant>
                    <Grant>
                        <GrantID>M01 RR00096</GrantID>
                        <Acronym>RR</Acronym>
                        <Agency>NCRR NIH HHS</Agency>
                        <Country>United States</Country>
                    </Grant>
                    <Grant>
                        <GrantID>U01 AR42540</GrantID>
                        <Acronym>AR</Acronym>
                        <Agency>NIAMS NIH HHS</Agency>
                        <Country>United States</Country>
                    </Grant>
                </GrantList>
                <PublicationTypeList>
                    <PublicationType UI="D016430">Clinical Trial</PublicationType>
                    <PublicationType UI="D016428">Journal Article</PublicationType>
                    <PublicationType UI="D016448">Multicenter Study</PublicationType>
                    <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
                    <PublicationType UI="D052061">Research Support, N.I.H., Extramural</PublicationType>
                    <PublicationType UI="D013487">Research Support, U.S. Gov''t, P.H.S.</PublicationType>
                </PublicationTypeList>
            </Article>
            <MedlineJournalInfo>
                <Country>United States</Country>
                <MedlineTA>Ann Intern Med</MedlineTA>
                <NlmUniqueID>0372351</NlmUniqueID>
                <ISSNLinking>0003-4819</ISSNLinking>
            </MedlineJournalInfo>
            <ChemicalList>
                <Chemical>
                    <RegistryNumber>0</RegistryNumber>
                    <NameOfSubstance UI="D004966">Estrogens, Conjugated (USP)</NameOfSubstance>
                </Chemical>
                <Chemical>
                    <RegistryNumber>HSU1C9YRES</RegistryNumber>
                    <NameOfSubstance UI="D008525">Medroxyprogesterone</NameOfSubstance>
                </Chemical>
            </ChemicalList>
            <CitationSubset>AIM</CitationSubset>
            <CitationSubset>IM</CitationSubset>
            <CommentsCorrectionsList>
                <CommentsCorrections RefType="SummaryForPatientsIn">
                    <RefSource>Ann Intern Med. 2005 Jun 21;142(12 Pt 1):I22</RefSource>
                    <PMID Version="1">15968006</PMID>
                </CommentsCorrections>
                <CommentsCorrections RefType="CommentIn">
                    <RefSource>Ann Intern Med. 2005 Jun 21;142(12 Pt 1):1014-5</RefSource>
                    <PMID Version="1">15968016</PMID>
                </CommentsCorrections>
            </CommentsCorrectionsList>
            <MeshHeadingList>
                <MeshHeading>
                    <DescriptorName UI="D000293" MajorTopicYN="N">Adolescent</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D000368" MajorTopicYN="N">Aged</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D000369" MajorTopicYN="N">Aged, 80 and over</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004311" MajorTopicYN="N">Double-Blind Method</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D015914" MajorTopicYN="N">Estrogen Replacement Therapy</DescriptorName>
                    <QualifierName UI="Q000009" MajorTopicYN="Y">adverse effects</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004966" MajorTopicYN="N">Estrogens, Conjugated (USP)</DescriptorName>
                    <QualifierName UI="Q000627" MajorTopicYN="N">therapeutic use</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005500" MajorTopicYN="N">Follow-Up Studies</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D008180" MajorTopicYN="N">Lupus Erythematosus, Systemic</DescriptorName>
                    <QualifierName UI="Q000503" MajorTopicYN="Y">physiopathology</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D008525" MajorTopicYN="N">Medroxyprogesterone</DescriptorName>
                    <QualifierName UI="Q000627" MajorTopicYN="N">therapeutic use</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D008875" MajorTopicYN="N">Middle Aged</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D017698" MajorTopicYN="Y">Postmenopause</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D012307" MajorTopicYN="N">Risk Factors</DescriptorName>
                </MeshHeading>
            </MeshHeadingList>
        </MedlineCitation>
        <PubmedData>
            <History>
                <PubMedPubDate PubStatus="pubmed">
                    <Year>2005</Year>
                    <Month>6</Month>
                    <Day>22</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="medline">
                    <Year>2005</Year>
                    <Month>6</Month>
                    <Day>28</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="entrez">
                    <Year>2005</Year>
                    <Month>6</Month>
                    <Day>22</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
            </History>
            <PublicationStatus>ppublish</PublicationStatus>
            <ArticleIdList>
                <ArticleId IdType="pubmed">15968009</ArticleId>
                <ArticleId IdType="pii">142/12_Part_1/953</ArticleId>
            </ArticleIdList>
        </PubmedData>
    </PubmedArticle>
    ', 'pubmed-xml', 'ce93c5c1b0c931af708b14a9d36b8c88360dc61ad53d7a455a332d34f859c830', false, false);
INSERT INTO trialdb_old.article VALUES ('17059514', 1, 'Effectiveness of an ''half elemental diet'' as maintenance therapy for Crohn''s disease: A randomized-controlled trial.', 'BACKGROUND: Although thiopurines have a proven role in maintenance therapy for Crohn''s disease, an alternative therapy is needed for patients intolerant or resistant to thiopurines.
AIM: To evaluate the effectiveness of home enteral nutrition as a maintenance therapy regimen in which half of the daily calorie requirement is provided by an elemental diet and the remaining half by a free diet. We refer to this home enteral nutrition therapy as ''half elemental diet''.
METHODS: Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25). The primary outcome measure of this study was the occurrence of relapse over the 2-year period.
RESULTS: The relapse rate in the half elemental diet group was significantly lower [34.6% vs. 64.0%; multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)] than that in the free diet group after a mean follow-up of 11.9 months. Compliance was similar in the two groups. No adverse event occurred in any of the patients throughout the study.
CONCLUSION: This randomized-controlled trial shows the effectiveness of an half elemental diet, which is a promising maintenance therapy for Crohn''s disease patients.', 'Alimentary pharmacology & therapeutics', 'Aliment. Pharmacol. Ther.', '24', '9', '1333-40', 2006, '2006 Nov 01', '["Takagi S", "Utsunomiya K", "Kuriyama S", "Yokoyama H", "Takahashi S", "Iwabuchi M", "Takahashi H", "Takahashi S", "Kinouchi Y", "Hiwatashi N", "Funayama Y", "Sasaki I", "Tsuji I", "Shimosegawa T"]', '["Journal Article", "Randomized Controlled Trial"]', '["Adult", "Crohn Disease", "Enteral Nutrition", "Female", "Follow-Up Studies", "Food, Formulated", "Humans", "Male", "Parenteral Nutrition", "Recurrence", "Treatment Outcome"]', '[]', '10.1111/j.1365-2036.2006.03120.x', 'eng', '<PubmedArticle>
        <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">17059514</PMID>
            <DateCompleted>
                <Year>2007</Year>
                <Month>05</Month>
                <Day>07</Day>
            </DateCompleted>
            <DateRevised>
                <Year>2006</Year>
                <Month>10</Month>
                <Day>24</Day>
            </DateRevised>
            <Article PubModel="Print">
                <Journal>
                    <ISSN IssnType="Print">0269-2813</ISSN>
                    <JournalIssue CitedMedium="Print">
                        <Volume>24</Volume>
                        <Issue>9</Issue>
                        <PubDate>
                            <Year>2006</Year>
                            <Month>Nov</Month>
                            <Day>01</Day>
                        </PubDate>
                    </JournalIssue>
                    <Title>Alimentary pharmacology &amp; therapeutics</Title>
                    <ISOAbbreviation>Aliment. Pharmacol. Ther.</ISOAbbreviation>
                </Journal>
                <ArticleTitle>Effectiveness of an ''half elemental diet'' as maintenance therapy for Crohn''s disease: A randomized-controlled trial.</ArticleTitle>
                <Pagination>
                    <MedlinePgn>1333-40</MedlinePgn>
                </Pagination>
                <Abstract>
                    <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Although thiopurines have a proven role in maintenance therapy for Crohn''s disease, an alternative therapy is needed for patients intolerant or resistant to thiopurines.</AbstractText>
                    <AbstractText Label="AIM" NlmCategory="OBJECTIVE">To evaluate the effectiveness of home enteral nutrition as a maintenance therapy regimen in which half of the daily calorie requirement is provided by an elemental diet and the remaining half by a free diet. We refer to this home enteral nutrition therapy as ''half elemental diet''.</AbstractText>
                    <AbstractText Label="METHODS" NlmCategory="METHODS">Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25). The primary outcome measure of this study was the occurrence of relapse over the 2-year period.</AbstractText>
                    <AbstractText Label="RESULTS" NlmCategory="RESULTS">The relapse rate in the half elemental diet group was significantly lower [34.6% vs. 64.0%; multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)] than that in the free diet group after a mean follow-up of 11.9 months. Compliance was similar in the two groups. No adverse event occurred in any of the patients throughout the study.</AbstractText>
                    <AbstractText Label="CONCLUSION" NlmCategory="CONCLUSIONS">This randomized-controlled trial shows the effectiveness of an half elemental diet, which is a promising maintenance therapy for Crohn''s disease patients.</AbstractText>
                </Abstract>
                <AuthorList CompleteYN="Y">
                    <Author ValidYN="Y">
                        <LastName>Takagi</LastName>
                        <ForeName>S</ForeName>
                        <Initials>S</Initials>
                        <AffiliationInfo>
                            <Affiliation>Division of Gastroenterology, Department of Internal Medicine, Tohoku University Graduate School of Medicine, Sendai, Japan. stakagi@int3.med.tohoku.ac.jp</Affiliation>
                        </AffiliationInfo>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Utsunomiya</LastName>
                        <ForeName>K</ForeName>
                        <Initials>K</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Kuriyama</LastName>
                        <ForeName>S</ForeName>
                        <Initials>S</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Yokoyama</LastName>
                        <ForeName>H</ForeName>
                        <Initials>H</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Takahashi</LastName>
                        <ForeName>S</ForeName>
                        <Initials>S</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Iwabuchi</LastName>
                        <ForeName>M</ForeName>
                        <Initials>M</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Takahashi</LastName>
                        <ForeName>H</ForeName>
                        <Initials>H</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Takahashi</LastName>
                        <ForeName>S</ForeName>
                        <Initials>S</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Kinouchi</LastName>
                        <ForeName>Y</ForeName>
                        <Initials>Y</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Hiwatashi</LastName>
                        <ForeName>N</ForeName>
                        <Initials>N</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Funayama</LastName>
                        <ForeName>Y</ForeName>
                        <Initials>Y</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Sasaki</LastName>
                        <ForeName>I</ForeName>
                        <Initials>I</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Tsuji</LastName>
                        <ForeName>I</ForeName>
                        <Initials>I</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Shimosegawa</LastName>
                        <ForeName>T</ForeName>
                        <Initials>T</Initials>
                    </Author>
                </AuthorList>
                <Language>eng</Language>
                <PublicationTypeList>
                    <PublicationType UI="D016428">Journal Article</PublicationType>
                    <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
                </PublicationTypeList>
            </Article>
            <MedlineJournalInfo>
                <Country>England</Country>
                <MedlineTA>Aliment Pharmacol Ther</MedlineTA>
                <NlmUniqueID>8707234</NlmUniqueID>
                <ISSNLinking>0269-2813</ISSNLinking>
            </MedlineJournalInfo>
            <CitationSubset>IM</CitationSubset>
            <MeshHeadingList>
                <MeshHeading>
                    <DescriptorName UI="D000328" MajorTopicYN="N">Adult</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D003424" MajorTopicYN="N">Crohn Disease</DescriptorName>
                    <QualifierName UI="Q000178" MajorTopicYN="Y">diet therapy</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004750" MajorTopicYN="N">Enteral Nutrition</DescriptorName>
                    <QualifierName UI="Q000379" MajorTopicYN="N">methods</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005500" MajorTopicYN="N">Follow-Up Studies</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005526" MajorTopicYN="Y">Food, Formulated</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D008297" MajorTopicYN="N">Male</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D010288" MajorTopicYN="N">Parenteral Nutrition</DescriptorName>
                    <QualifierName UI="Q000379" MajorTopicYN="N">methods</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D012008" MajorTopicYN="N">Recurrence</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D016896" MajorTopicYN="N">Treatment Outcome</DescriptorName>
                </MeshHeading>
            </MeshHeadingList>
        </MedlineCitation>
        <PubmedData>
            <History>
                <PubMedPubDate PubStatus="pubmed">
                    <Year>2006</Year>
                    <Month>10</Month>
                    <Day>25</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="medline">
                    <Year>2007</Year>
                    <Month>5</Month>
                    <Day>8</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="entrez">
                    <Year>2006</Year>
                    <Month>10</Month>
                    <Day>25</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
            </History>
            <PublicationStatus>ppublish</PublicationStatus>
            <ArticleIdList>
                <ArticleId IdType="pubmed">17059514</ArticleId>
                <ArticleId IdType="pii">APT3120</ArticleId>
                <ArticleId IdType="doi">10.1111/j.1365-2036.2006.03120.x</ArticleId>
            </ArticleIdList>
        </PubmedData>
    </PubmedArticle>
    ', 'pubmed-xml', 'abb398b8ae62f20df76ad5d2a8e0a4837796cd8fd4522d5012d6dcff50a1722f', false, false);
INSERT INTO trialdb_old.article VALUES ('18719013', 1, 'Health related quality of life after combined hormone replacement therapy: randomised controlled trial.', 'OBJECTIVE: To assess the effect of combined hormone replacement therapy (HRT) on health related quality of life.
DESIGN: Randomised placebo controlled double blind trial.
SETTING: General practices in United Kingdom (384), Australia (94), and New Zealand (24).
PARTICIPANTS: Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859). Data on health related quality of life at one year were available from 1043 and 1087 women, respectively.
INTERVENTIONS: Conjugated equine oestrogen 0.625 mg plus medroxyprogesterone acetate 2.5/5.0 mg or matched placebo orally daily for one year.
MAIN OUTCOME MEASURES: Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire. Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D). Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively.
RESULTS: After one year small but significant improvements were observed in three of nine components of the women''s health questionnaire for those taking combined HRT compared with those taking placebo: vasomotor symptoms (P<0.001), sexual functioning (P<0.001), and sleep problems (P<0.001). Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001). Hot flushes were experienced in the combined HRT and placebo groups by 30% and 29% at trial entry and 9% and 25% at one year, respectively. No significant differences in other menopausal symptoms, depression, or overall quality of life were observed at one year.
CONCLUSIONS: Combined HRT started many years after the menopause can improve health related quality of life.
TRIAL REGISTRATION: ISRCTN 63718836.', 'BMJ (Clinical research ed.)', 'BMJ', '337', NULL, 'a1190', 2008, '2008 Aug 21', '["Welton AJ", "Vickers MR", "Kim J", "Ford D", "Lawton BA", "MacLennan AH", "Meredith SK", "Martin J", "Meade TW", "WISDOM team"]', '["Journal Article", "Multicenter Study", "Randomized Controlled Trial", "Research Support, Non-U.S. Gov''t"]', '["Aged", "Double-Blind Method", "Drug Therapy, Combination", "Estrogens", "Female", "Health Status", "Hormone Replacement Therapy", "Humans", "Middle Aged", "Postmenopause", "Progestins", "Prognosis", "Quality of Life", "Surveys and Questionnaires", "Women''s Health"]', '[]', '10.1136/bmj.a1190', 'eng', '<PubmedArticle>
        <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">18719013</PMID>
            <DateCompleted>
                <Year>2008</Year>
                <Month>09</Month>
                <Day>02</Day>
            </DateCompleted>
            <DateRevised>
                <Year>2018</Year>
                <Month>11</Month>
                <Day>13</Day>
            </DateRevised>
            <Article PubModel="Electronic">
                <Journal>
                    <ISSN IssnType="Electronic">1756-1833</ISSN>
                    <JournalIssue CitedMedium="Internet">
                        <Volume>337</Volume>
                        <PubDate>
                            <Year>2008</Year>
                            <Month>Aug</Month>
                            <Day>21</Day>
                        </PubDate>
                    </JournalIssue>
                    <Title>BMJ (Clinical research ed.)</Title>
                    <ISOAbbreviation>BMJ</ISOAbbreviation>
                </Journal>
                <ArticleTitle>Health related quality of life after combined hormone replacement therapy: randomised controlled trial.</ArticleTitle>
                <Pagination>
                    <MedlinePgn>a1190</MedlinePgn>
                </Pagination>
                <ELocationID EIdType="doi" ValidYN="Y">10.1136/bmj.a1190</ELocationID>
                <ELocationID EIdType="pii" ValidYN="Y">337/aug21_2/a1190</ELocationID>
                <Abstract>
                    <AbstractText Label="OBJECTIVE" NlmCategory="OBJECTIVE">To assess the effect of combined hormone replacement therapy (HRT) on health related quality of life.</AbstractText>
                    <AbstractText Label="DESIGN" NlmCategory="METHODS">Randomised placebo controlled double blind trial.</AbstractText>
                    <AbstractText Label="SETTING" NlmCategory="METHODS">General practices in United Kingdom (384), Australia (94), and New Zealand (24).</AbstractText>
                    <AbstractText Label="PARTICIPANTS" NlmCategory="METHODS">Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859). Data on health related quality of life at one year were available from 1043 and 1087 women, respectively.</AbstractText>
                    <AbstractText Label="INTERVENTIONS" NlmCategory="METHODS">Conjugated equine oestrogen 0.625 mg plus medroxyprogesterone acetate 2.5/5.0 mg or matched placebo orally daily for one year.</AbstractText>
                    <AbstractText Label="MAIN OUTCOME MEASURES" NlmCategory="METHODS">Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire. Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D). Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively.</AbstractText>
                    <AbstractText Label="RESULTS" NlmCategory="RESULTS">After one year small but significant improvements were observed in three of nine components of the women''s health questionnaire for those taking combined HRT compared with those taking placebo: vasomotor symptoms (P&lt;0.001), sexual functioning (P&lt;0.001), and sleep problems (P&lt;0.001). Significantly fewer women in the combined HRT group reported hot flushes (P&lt;0.001), night sweats (P&lt;0.001), aching joints and muscles (P=0.001), insomnia (P&lt;0.001), and vaginal dryness (P&lt;0.001) than in the placebo group, but greater proportions reported breast tenderness (P&lt;0.001) or vaginal discharge (P&lt;0.001). Hot flushes were experienced in the combined HRT and placebo groups by 30% and 29% at trial entry and 9% and 25% at one year, respectively. No significant differences in other menopausal symptoms, depression, or overall quality of life were observed at one year.</AbstractText>
                    <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">Combined HRT started many years after the menopause can improve health related quality of life.</AbstractText>
                    <AbstractText Label="TRIAL REGISTRATION" NlmCategory="BACKGROUND">ISRCTN 63718836.</AbstractText>
                </Abstract>
                <AuthorList CompleteYN="Y">
                    <Author ValidYN="Y">
                        <LastName>Welton</LastName>
                        <ForeName>Amanda J</ForeName>
                        <Initials>AJ</Initials>
                        <AffiliationInfo>
                            <Affiliation>MRC General Practice Research Framework, Stephenson House, London NW1 2ND.</Affiliation>
                        </AffiliationInfo>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Vickers</LastName>
                        <ForeName>Madge R</ForeName>
                        <Initials>MR</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Kim</LastName>
                        <ForeName>Joseph</ForeName>
                        <Initials>J</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Ford</LastName>
                        <ForeName>Deborah</ForeName>
                        <Initials>D</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Lawton</LastName>
                        <ForeName>Beverley A</ForeName>
                        <Initials>BA</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>MacLennan</LastName>
                        <ForeName>Alastair H</ForeName>
                        <Initials>AH</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Meredith</LastName>
                        <ForeName>Sarah K</ForeName>
                        <Initials>SK</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Martin</LastName>
                        <ForeName>Jeannett</ForeName>
                        <Initials>J</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <LastName>Meade</LastName>
                        <ForeName>Tom W</ForeName>
                        <Initials>TW</Initials>
                    </Author>
                    <Author ValidYN="Y">
                        <CollectiveName>WISDOM team</CollectiveName>
                    </Author>
                </AuthorList>
                <Language>eng</Language>
                <DataBankList CompleteYN="Y">
                    <DataBank>
                        <DataBankName>ISRCTN</DataBankName>
                        <AccessionNumberList>
                            <AccessionNumber>ISRCTN63718836</AccessionNumber>
                        </AccessionNumberList>
                    </DataBank>
                </DataBankList>
                <GrantList CompleteYN="Y">
                    <Grant>
                        <Agency>British Heart Foundation</Agency>
                        <Country>United Kingdom</Country>
                    </Grant>
                    <Grant>
                        <Agency>Medical Research Council</Agency>
                        <Country>United Kingdom</Country>
                    </Grant>
                    <Grant>
                        <Agency>Department of Health</Agency>
                        <Country>United Kingdom</Country>
                    </Grant>
                    <Grant>
                        <GrantID>MC_U122797165</GrantID>
                        <Agency>Medical Research Council</Agency>
                        <Country>United Kingdom</Country>
                    </Grant>
                    <Grant>
                        <GrantID>G0701113</GrantID>
                        <Agency>Medical Research Council</Agency>
                        <Country>United Kingdom</Country>
                    </Grant>
                </GrantList>
                <PublicationTypeList>
                    <PublicationType UI="D016428">Journal Article</PublicationType>
                    <PublicationType UI="D016448">Multicenter Study</PublicationType>
                    <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
                    <PublicationType UI="D013485">Research Support, Non-U.S. Gov''t</PublicationType>
                </PublicationTypeList>
                <ArticleDate DateType="Electronic">
                    <Year>2008</Year>
                    <Month>08</Month>
                    <Day>21</Day>
                </ArticleDate>
            </Article>
            <MedlineJournalInfo>
                <Country>England</Country>
                <MedlineTA>BMJ</MedlineTA>
                <NlmUniqueID>8900488</NlmUniqueID>
                <ISSNLinking>0959-8138</ISSNLinking>
            </MedlineJournalInfo>
            <ChemicalList>
                <Chemical>
                    <RegistryNumber>0</RegistryNumber>
                    <NameOfSubstance UI="D004967">Estrogens</NameOfSubstance>
                </Chemical>
                <Chemical>
                    <RegistryNumber>0</RegistryNumber>
                    <NameOfSubstance UI="D011372">Progestins</NameOfSubstance>
                </Chemical>
            </ChemicalList>
            <CitationSubset>AIM</CitationSubset>
            <CitationSubset>IM</CitationSubset>
            <CommentsCorrectionsList>
                <CommentsCorrections RefType="CommentIn">
                    <RefSource>BMJ. 2009;338:a2597</RefSource>
                    <PMID Version="1">19139137</PMID>
                </CommentsCorrections>
                <CommentsCorrections RefType="CommentIn">
                    <RefSource>BMJ. 2008;337:a1494</RefSource>
                    <PMID Version="1">18768558</PMID>
                </CommentsCorrections>
                <CommentsCorrections RefType="CommentIn">
                    <RefSource>Nat Clin Pract Endocrinol Metab. 2009 Mar;5(3):136-7</RefSource>
                    <PMID Version="1">19229231</PMID>
                </CommentsCorrections>
            </CommentsCorrectionsList>
            <MeshHeadingList>
                <MeshHeading>
                    <DescriptorName UI="D000368" MajorTopicYN="N">Aged</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004311" MajorTopicYN="N">Double-Blind Method</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004359" MajorTopicYN="N">Drug Therapy, Combination</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D004967" MajorTopicYN="N">Estrogens</DescriptorName>
                    <QualifierName UI="Q000008" MajorTopicYN="Y">administration &amp; dosage</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D006304" MajorTopicYN="N">Health Status</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D020249" MajorTopicYN="N">Hormone Replacement Therapy</DescriptorName>
                    <QualifierName UI="Q000379" MajorTopicYN="Y">methods</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D006801" MajorTopicYN="N">Humans</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D008875" MajorTopicYN="N">Middle Aged</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D017698" MajorTopicYN="N">Postmenopause</DescriptorName>
                    <QualifierName UI="Q000523" MajorTopicYN="Y">psychology</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D011372" MajorTopicYN="N">Progestins</DescriptorName>
                    <QualifierName UI="Q000008" MajorTopicYN="Y">administration &amp; dosage</QualifierName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D011379" MajorTopicYN="N">Prognosis</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D011788" MajorTopicYN="Y">Quality of Life</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D011795" MajorTopicYN="N">Surveys and Questionnaires</DescriptorName>
                </MeshHeading>
                <MeshHeading>
                    <DescriptorName UI="D016387" MajorTopicYN="N">Women''s Health</DescriptorName>
                </MeshHeading>
            </MeshHeadingList>
            <InvestigatorList>
                <Investigator ValidYN="Y">
                    <LastName>Abdalla</LastName>
                    <ForeName>M</ForeName>
                    <Initials>M</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>DeStavola</LastName>
                    <ForeName>B L</ForeName>
                    <Initials>BL</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Allen</LastName>
                    <ForeName>P</ForeName>
                    <Initials>P</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Allen</LastName>
                    <ForeName>H</ForeName>
                    <Initials>H</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Bastick</LastName>
                    <ForeName>R</ForeName>
                    <Initials>R</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Brown</LastName>
                    <ForeName>H</ForeName>
                    <Initials>H</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Foulger</LastName>
                    <ForeName>K</ForeName>
                    <Initials>K</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Fox</LastName>
                    <ForeName>S</ForeName>
                    <Initials>S</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Glynn</LastName>
                    <ForeName>V</ForeName>
                    <Initials>V</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Hall</LastName>
                    <ForeName>A</ForeName>
                    <Initials>A</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Hand</LastName>
                    <ForeName>L</ForeName>
                    <Initials>L</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Hill</LastName>
                    <ForeName>A</ForeName>
                    <Initials>A</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Leathem</LastName>
                    <ForeName>C</ForeName>
                    <Initials>C</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Mackinnon</LastName>
                    <ForeName>W</ForeName>
                    <Initials>W</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Marshall</LastName>
                    <ForeName>E</ForeName>
                    <Initials>E</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Williams</LastName>
                    <ForeName>A</ForeName>
                    <Initials>A</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Collins N</LastName>
                    <ForeName>N</ForeName>
                    <Initials>N</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>O''Conner</LastName>
                    <ForeName>B</ForeName>
                    <Initials>B</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Darbyshire</LastName>
                    <ForeName>J H</ForeName>
                    <Initials>JH</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Ghali</LastName>
                    <ForeName>M</ForeName>
                    <Initials>M</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Furness</LastName>
                    <ForeName>P</ForeName>
                    <Initials>P</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Islam</LastName>
                    <ForeName>M Z</ForeName>
                    <Initials>MZ</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Harrild</LastName>
                    <ForeName>K</ForeName>
                    <Initials>K</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Knott</LastName>
                    <ForeName>C</ForeName>
                    <Initials>C</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Taylor</LastName>
                    <ForeName>L</ForeName>
                    <Initials>L</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Walgrove</LastName>
                    <ForeName>M A</ForeName>
                    <Initials>MA</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Wilkes</LastName>
                    <ForeName>H C</ForeName>
                    <Initials>HC</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Zhu</LastName>
                    <ForeName>C-Q</ForeName>
                    <Initials>CQ</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Zuhrie</LastName>
                    <ForeName>S R</ForeName>
                    <Initials>SR</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Griffith</LastName>
                    <ForeName>E</ForeName>
                    <Initials>E</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Ryan</LastName>
                    <ForeName>P</ForeName>
                    <Initials>P</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Komesaroff</LastName>
                    <ForeName>P</ForeName>
                    <Initials>P</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Marley</LastName>
                    <ForeName>J</ForeName>
                    <Initials>J</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Paine</LastName>
                    <ForeName>B J</ForeName>
                    <Initials>BJ</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Stocks</LastName>
                    <ForeName>N P</ForeName>
                    <Initials>NP</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Dowell</LastName>
                    <ForeName>A</ForeName>
                    <Initials>A</Initials>
                </Investigator>
                <Investigator ValidYN="Y">
                    <LastName>Rose</LastName>
                    <ForeName>S</ForeName>
                    <Initials>S</Initials>
                </Investigator>
            </InvestigatorList>
        </MedlineCitation>
        <PubmedData>
            <History>
                <PubMedPubDate PubStatus="pubmed">
                    <Year>2008</Year>
                    <Month>8</Month>
                    <Day>23</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="medline">
                    <Year>2008</Year>
                    <Month>9</Month>
                    <Day>3</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
                <PubMedPubDate PubStatus="entrez">
                    <Year>2008</Year>
                    <Month>8</Month>
                    <Day>23</Day>
                    <Hour>9</Hour>
                    <Minute>0</Minute>
                </PubMedPubDate>
            </History>
            <PublicationStatus>epublish</PublicationStatus>
            <ArticleIdList>
                <ArticleId IdType="pubmed">18719013</ArticleId>
                <ArticleId IdType="pmc">PMC2518695</ArticleId>
                <ArticleId IdType="doi">10.1136/bmj.a1190</ArticleId>
            </ArticleIdList>
            <ReferenceList>
                <Reference>
                    <Citation>Horm Behav. 1996 Sep;30(3):244-50</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">8918680</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Biol Psychiatry. 2004 Feb 15;55(4):406-12</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">14960294</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Arch Gen Psychiatry. 2001 Jun;58(6):529-34</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">11386980</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>N Engl J Med. 2006 Apr 6;354(14):1497-506</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16598046</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Soc Sci Med. 1994 Dec;39(11):1537-44</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">7817218</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Annu Rev Public Health. 1994;15:535-59</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">8054098</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>N Engl J Med. 2004 Feb 5;350(6):622</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">14762196</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Qual Life Res. 1996 Oct;5(5):469-80</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">8973126</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Decubitus. 1993 Sep;6(5):56-8</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">8286021</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Qual Life Res. 2004 Mar;13(2):311-20</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15085903</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Am J Obstet Gynecol. 2000 Aug;183(2):414-20</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">10942479</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Support Care Cancer. 1995 Jan;3(1):11-22</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">7697298</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>JAMA. 2005 Jul 13;294(2):183-93</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16014592</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Am J Obstet Gynecol. 1994 Feb;170(2):618-24</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">7509570</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Am J Psychiatry. 1983 Jan;140(1):41-6</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">6847983</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>BMJ. 2007 Aug 4;335(7613):239</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">17626056</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Arch Intern Med. 2003 Jan 27;163(2):205-9</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12546611</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Med Care. 1997 Nov;35(11):1109-18</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">9366890</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Hypertension. 2006 May;47(5):833-9</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16585410</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>JAMA. 2002 Feb 6;287(5):591-7</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">11829697</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>J Gen Intern Med. 2006 Apr;21(4):363-6</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16686814</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>BMJ. 1993 Oct 2;307(6908):836-40</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">8401125</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Horm Behav. 2006 Apr;49(4):441-9</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16257405</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Menopause. 2003 Jan-Feb;10(1):4-5</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12544670</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>JAMA. 2002 Jul 17;288(3):321-33</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12117397</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Climacteric. 2007 Jun;10(3):181-94</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">17487645</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>BMJ. 2004 Feb 14;328(7436):371</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">14962874</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Fertil Steril. 2005 Mar;83(3):558-66</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15749481</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Arch Intern Med. 2005 Apr 25;165(8):863-7</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15851636</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Stroke. 1997 Oct;28(10):1876-82</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">9341688</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Health Qual Life Outcomes. 2003;1:24</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12848895</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>J Allergy Clin Immunol. 1998 Jul;102(1):16-7</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">9679842</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Climacteric. 2002 Dec;5(4):317-25</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12626209</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Fertil Steril. 2001 Jun;75(6):1080-7</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">11384630</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>N Engl J Med. 2003 May 8;348(19):1839-54</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">12642637</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Menopause. 2004 Sep-Oct;11(5):508-18</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15356403</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Neurobiol Aging. 2006 Jan;27(1):141-9</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16298249</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Neurology. 2007 Sep 25;69(13):1322-30</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">17893293</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>J Gen Intern Med. 2004 Jul;19(7):791-804</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15209595</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Br J Obstet Gynaecol. 1997 Oct;104(10):1191-5</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">9332999</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Arch Intern Med. 2005 Sep 26;165(17):1976-86</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">16186467</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Stroke. 1998 Jan;29(1):63-8</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">9445330</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>Climacteric. 2005 Mar;8(1):49-55</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">15804731</ArticleId>
                    </ArticleIdList>
                </Reference>
                <Reference>
                    <Citation>BMC Womens Health. 2007 Feb 26;7:2</Citation>
                    <ArticleIdList>
                        <ArticleId IdType="pubmed">17324282</ArticleId>
                    </ArticleIdList>
                </Reference>
            </ReferenceList>
        </PubmedData>
    </PubmedArticle>
    ', 'pubmed-xml', 'b3a55236569d99b2158608b20bb5bbd9f5ef25b43205fd79a8b08ce199f49194', false, false);


--
-- Data for Name: article_search; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.article_search VALUES (33472925, '''-83'':136B ''-89'':150B ''0.023'':207B ''0.732'':176B ''1'':63B ''15'':109B ''2'':62B ''20.2'':147B ''28'':135B ''3'':92B,173B,256B ''39'':107B ''5'':149B ''68'':133B ''90'':53B,286B ''advers'':225B ''age'':129B ''alon'':76B ''among'':211B ''analys'':179B,270B ''analysi'':127B ''applic'':229B ''arteri'':49B ''assign'':59B ''associ'':251B ''autolog'':16B,68B,232B,235B,281B ''baselin'':152B ''blind'':41B ''cell'':8A,20B ''cerebr'':48B ''chang'':197B ''characterist'':153B ''chronic'':27B,244B,292B ''class'':277B ''classif'':271B ''clinicaltrialsgov'':294B ''compar'':192B ''conclus'':227B ''control'':38B,77B,117B,195B ''day'':54B,151B,287B ''demonstr'':100B ''detail'':268B ''differ'':156B,163B ''efficaci'':1A ''evalu'':43B ''event'':226B ''evid'':273B,279B ''extrem'':185B ''feasibl'':238B ''final'':122B ''function'':187B,269B ''group'':72B,78B,118B,158B,166B,191B,196B ''howev'':177B ''identifi'':295B ''iii'':278B ''improv'':22B,182B,253B,266B,285B ''includ'':112B ''index'':205B ''infarct'':51B ''inject'':70B ''intent'':124B ''intention-to-treat'':123B ''interv'':140B ''intraven'':5A ''ischem'':10A ''iv'':228B ''label'':36B ''leg'':200B,264B ''low'':214B ''lower'':184B ''major'':28B,245B ''mean'':128B,139B ''mesenchym'':6A,18B ''method'':30B ''middl'':47B ''modifi'':17B,87B ''month'':93B,174B,257B ''motor'':101B,186B,265B ''motric'':204B ''mrs'':90B,169B,258B ''msc'':69B,71B,115B,190B,247B ''mscs'':21B,233B,282B ''nct01716481'':296B ''notabl'':210B ''object'':12B ''observ'':263B ''onset'':57B,143B ''open'':35B ''open-label'':34B ''outcom'':42B,81B,96B,288B ''p'':175B,206B ''patient'':25B,44B,110B,131B,212B,242B,290B ''potenti'':217B ''precondit'':67B,231B ''predict'':215B ''primari'':80B ''prospect'':33B ''provid'':276B ''random'':37B,145B ''rang'':134B,148B ''rankin'':88B ''ratio'':64B ''receiv'':66B ''recoveri'':23B,102B,216B ''relat'':224B ''respect'':119B ''result'':103B ''safe'':240B ''safeti'':3A ''scale'':89B ''score'':84B,170B,201B,259B ''secondari'':95B,178B ''serious'':221B ''serum'':236B ''sever'':46B ''shift'':171B ''show'':180B ''signific'':162B,181B ''standard'':74B ''stem'':7A,19B ''stroke'':11A,29B,142B,246B,293B ''studi'':275B ''symptom'':56B ''territori'':50B ''test'':14B ''total'':105B ''treat'':126B ''treatment'':75B,223B,248B ''treatment-rel'':222B ''trial'':39B ''whether'':15B ''within'':52B ''year'':137B');
INSERT INTO trialdb_old.article_search VALUES (27797938, '''0.001'':224B ''0.002'':211B,238B ''0.023'':251B ''0.048'':170B ''0.25'':191B ''0.63'':234B ''0.75'':231B ''0.90'':236B ''1.07'':166B ''1.12'':207B ''1.13'':220B ''1.33'':204B ''1.36'':217B ''1.59'':209B ''1.63'':222B ''1.72'':163B ''2.78'':168B ''386'':70B ''896'':75B ''95'':85B,164B,205B,218B,232B ''activ'':183B ''addit'':115B ''adjust'':175B ''allel'':202B,215B,229B,241B ''also'':101B ''associ'':40B,55B,149B,193B,245B,266B ''birth'':98B ''blood'':112B ''bodi'':178B ''calcul'':88B ''cancer'':15A,43B,61B,72B,130B,155B,196B,271B ''case'':73B ''ci'':165B,206B,219B,233B ''cis'':86B ''cohort'':82B,99B ''collect'':113B ''compar'':156B ''conclus'':252B ''condit'':90B ''control'':77B ''design'':62B ''diabet'':177B ''disequilibrium'':189B ''earli'':22B ''event'':23B ''examin'':116B ''extrem'':157B ''factor'':94B ''fast'':107B ''five'':79B ''gene'':9A,36B,263B ''genet'':4A,28B,258B ''higher'':151B ''howev'':45B ''includ'':95B,198B ''index'':180B ''length'':3A,53B,68B,135B,147B,161B,249B,256B ''leucocyt'':1A,51B,66B,133B,145B,254B ''linear'':139B ''linkag'':188B ''logist'':91B,137B ''mass'':179B ''match'':76B,93B,102B ''measur'':64B ''minor'':201B,214B,228B,240B ''month/year'':110B ''nucleotid'':119B ''object'':16B ''occur'':19B ''or'':83B ''p'':210B,223B,237B,250B ''pancreat'':14A,25B,42B,60B,71B,129B,154B,195B,270B ''per'':200B,213B,227B ''physic'':182B ''polymorph'':120B ''prediagnost'':50B,65B,144B,253B ''prospect'':80B ''ptrend'':169B ''quintil'':158B ''r2'':190B ''region'':10A,37B,125B,264B ''regress'':92B,140B ''relat'':127B ''remain'':172B ''respect'':141B ''result'':142B,171B ''revers'':33B ''risk'':12A,44B,58B,131B,152B,197B,268B ''rs2736098'':226B ''rs2736100'':212B ''rs401681'':199B,243B ''sex'':104B ''shorten'':18B ''shorter'':143B,247B ''singl'':118B ''single-nucleotid'':117B ''smoke'':105B ''snps'':121B,185B ''status'':106B,108B ''subsequ'':57B ''telomer'':2A,17B,52B,67B,134B,146B,160B,248B,255B ''telomeras'':32B ''tert'':8A,35B,124B,187B,262B ''three'':184B ''transcriptas'':34B ''tumorigenesi'':26B ''unchang'':173B ''unknown'':48B ''us'':81B ''use'':89B,136B ''variant'':5A,29B,259B ''whether'':49B ''year'':96B');
INSERT INTO trialdb_old.article_search VALUES (35358095, '''1'':82B,194B ''acut'':102B ''addit'':67B ''affect'':172B ''age'':186B ''also'':179B ''associ'':18B ''biomark'':61B ''block'':168B ''box'':81B ''brain'':7A,51B,151B ''caus'':98B ''contribut'':40B ''correl'':62B ''critic'':93B ''deplet'':106B ''diabet'':184B ''effect'':191B ''elev'':58B ''enhanc'':162B ''exacerb'':20B ''express'':76B ''extracellular'':2A,31B ''factor'':141B ''form'':46B ''format'':34B,170B ''found'':49B ''function'':160B ''given'':193B ''great'':126B ''group'':80B ''high'':78B ''high-mobl'':77B ''hmgb1'':83B,96B,115B,119B ''hour'':195B ''identifi'':90B ''import'':177B ''improv'':127B,153B,180B ''increas'':70B ''infarct'':152B ''inflammatori'':14B ''inhibitori'':140B ''injuri'':8A ''investig'':26B,132B,213B ''ischem'':5A,9B,54B,208B ''knockout'':113B ''level'':122B ''long'':155B ''long-term'':154B ''mechanist'':27B,87B ''mice'':145B,187B ''mobil'':79B ''motor'':159B ''neonat'':137B ''net'':33B,45B,60B,99B,121B,139B,169B,206B ''net-form'':44B ''net-inhibitori'':138B ''neurolog'':157B ''neutrophil'':1A,30B,47B,173B ''nnif'':142B,148B,166B,178B,215B ''observ'':69B ''onset'':198B ''outcom'':21B,43B,66B,129B,182B ''patholog'':203B ''patient'':56B,86B ''phase'':103B ''plasma'':59B,71B,118B ''platelet'':73B,88B,108B,111B ''platelet-specif'':110B ''potenti'':135B ''prompt'':11B ''recruit'':174B ''reduc'':117B ''regul'':4A,28B ''respons'':15B ''result'':200B ''role'':204B ''signific'':116B ''smaller'':150B ''sourc'':94B ''specif'':112B,167B ''still'':190B ''stroke'':6A,10B,36B,42B,55B,65B,85B,105B,124B,128B,144B,165B,176B,181B,197B,209B,217B ''strong'':13B ''studi'':24B ''subsequ'':131B ''support'':201B ''surfac'':75B ''surface-express'':74B ''surviv'':163B ''term'':156B ''therapeut'':134B ''therapi'':218B ''throughout'':50B ''tissu'':52B ''trap'':3A,32B ''treat'':146B ''warrant'':211B ''whether'':38B ''without'':171B ''wors'':64B');
INSERT INTO trialdb_old.article_search VALUES (15968009, '''0.01'':262B,286B ''0.033'':212B ''0.049'':202B ''0.078'':229B ''0.081'':196B ''0.23'':214B ''0.51'':280B ''0.625'':113B ''0.64'':274B ''0.86'':254B ''1'':220B,293B,295B,304B,316B ''1.14'':249B ''1.34'':260B ''11'':85B ''12'':106B,125B,132B,190B,271B ''16'':76B ''18.5'':103B ''1996'':71B ''2'':297B ''2002'':74B ''351'':89B ''5'':120B ''50'':94B ''81.5'':98B ''82'':139B ''87'':145B ''9'':235B ''95'':222B ''activ'':13A,32B,52B,102B,111B,177B ''ad'':341B ''affili'':79B ''age'':93B ''antibodi'':334B ''anticardiolipin'':333B ''anticoagul'':336B ''arterioven'':310B ''assess'':172B ''assessment-system'':171B ''associ'':348B ''background'':21B ''balanc'':375B ''benefit'':370B ''blind'':62B ''case'':298B,305B ''ci'':223B ''clinic'':81B ''combin'':4A ''compar'':392B ''composit'':179B ''concern'':24B ''conclus'':340B ''conduct'':68B ''conjug'':116B ''control'':65B ''cours'':344B ''daili'':118B ''day'':126B ''death'':294B ''deep'':300B,319B ''defin'':162B ''design'':58B ''develop'':318B ''differ'':210B,227B ''diseas'':12A,31B,51B,176B ''doubl'':61B ''double-blind'':60B ''drug'':112B ''effect'':2A,44B ''end'':153B ''erythematosus'':17A,38B,169B,175B ''estim'':209B ''estrogen'':5A,117B,166B ''evalu'':42B ''exogen'':26B ''femal'':27B ''find'':323B ''flare'':160B,182B,193B,241B,269B,357B,364B,380B,391B ''flare/person-year'':255B ''flares/person-year'':250B ''follow'':135B ''follow-up'':134B ''generaliz'':326B ''graft'':311B ''group'':143B,149B,188B,200B,206B,248B,278B,284B,290B,315B ''high'':331B ''high-tit'':330B ''hormon'':8A,28B,46B ''hrt'':49B,142B,199B,247B,252B,277B,289B,346B,372B,382B ''inact'':97B ''increas'':244B,354B,386B ''index'':178B ''intervent'':105B ''june'':73B ''limit'':217B,322B ''lupus'':16A,37B,168B,174B,335B,360B ''march'':70B ''margin'':233B ''may'':29B ''mean'':92B ''measur'':150B ''medroxyprogesteron'':123B ''menopaus'':90B ''mg'':114B,121B ''mild'':238B,366B ''moder'':240B,368B ''month'':107B,128B,133B,191B,272B ''nation'':170B ''natur'':356B ''noninferior'':66B,237B ''object'':40B ''occurr'':156B ''p'':213B,261B,285B ''patient'':88B,91B,317B ''per'':127B ''placebo'':64B,130B,148B,205B,257B,283B,314B,394B ''placebo-control'':63B ''plus'':119B ''point'':154B ''postmenopaus'':54B ''practic'':83B ''prespecifi'':232B ''previous'':338B ''primari'':152B ''probabl'':264B ''progesteron'':7A ''random'':19A,59B ''rare'':184B ''rate'':137B,194B,358B ''relat'':258B ''replac'':9A,47B ''result'':180B ''rheumatolog'':80B ''risk'':259B,352B,378B,388B ''safeti'':164B ''set'':75B ''sever'':159B,181B,192B,390B ''short'':343B ''side'':221B ''signific'':243B,385B ''sle'':39B,57B,104B ''small'':351B ''stabl'':101B ''stable-act'':100B ''state'':87B ''stroke'':296B ''system'':15A,36B,173B ''therapi'':10A,48B ''thrombosi'':302B,307B,321B,339B ''titer'':332B ''treatment'':109B,187B,226B ''trial'':20A,67B ''type'':267B ''u.s'':86B ''univers'':78B ''university-affili'':77B ''upper'':216B ''venous'':301B,320B ''within'':230B ''women'':34B,55B,328B ''worsen'':30B ''year'':95B ''yield'':207B');
INSERT INTO trialdb_old.article_search VALUES (17059514, '''-0.98'':163B ''0.16'':162B ''0.40'':159B ''11.9'':178B ''2'':137B ''2002'':95B ''2005'':97B ''25'':122B ''26'':115B ''34.6'':153B ''51'':98B ''64.0'':155B ''95'':160B ''advers'':188B ''aim'':45B ''altern'':34B ''although'':20B ''assign'':107B ''background'':19B ''calori'':65B ''ci'':161B ''complianc'':180B ''conclus'':199B ''control'':17A,203B ''crohn'':11A,30B,220B ''daili'':64B ''diet'':6A,72B,80B,92B,112B,119B,148B,169B,212B ''diseas'':13A,32B,222B ''effect'':1A,49B,207B ''element'':5A,71B,91B,111B,147B,211B ''enter'':52B,86B ''evalu'':47B ''event'':189B ''follow'':175B ''follow-up'':174B ''free'':79B,118B,168B ''group'':113B,120B,149B,170B,186B ''half'':4A,61B,76B,90B,110B,146B,210B ''hazard'':157B ''home'':51B,85B ''hospit'':104B ''intoler'':40B ''lower'':152B ''mainten'':8A,27B,56B,217B ''mean'':173B ''measur'':126B ''method'':93B ''month'':179B ''multivari'':156B ''n'':114B,121B ''need'':37B ''nutrit'':53B,87B ''occur'':190B ''occurr'':132B ''outcom'':125B ''patient'':39B,99B,195B,223B ''period'':139B ''primari'':124B ''promis'':216B ''proven'':24B ''provid'':68B ''random'':16A,106B,202B ''randomized-control'':15A,201B ''rate'':143B ''ratio'':158B ''refer'':82B ''regimen'':58B ''relaps'':134B,142B ''remain'':75B ''remiss'':101B ''requir'':66B ''resist'':42B ''result'':140B ''role'':25B ''show'':205B ''signific'':151B ''similar'':182B ''studi'':129B,198B ''therapi'':9A,28B,35B,57B,88B,218B ''thiopurin'':21B,44B ''throughout'':196B ''trial'':18A,204B ''two'':103B,185B ''vs'':154B ''year'':138B');
INSERT INTO trialdb_old.article_search VALUES (18719013, '''-69'':56B ''/5.0'':105B ''0.001'':220B,224B,229B,242B,246B,252B,255B,260B,273B,278B ''0.625'':99B ''1043'':90B ''1087'':92B ''1859'':76B ''1862'':72B ''2.5'':104B ''24'':50B ''25'':300B ''29'':293B ''30'':291B ''3721'':59B ''384'':44B ''50'':55B ''63718836'':342B ''9'':298B ''94'':46B ''acet'':103B ''ach'':247B ''age'':54B ''analogu'':183B ''assess'':16B ''australia'':45B ''avail'':88B ''blind'':36B ''breast'':270B ''centr'':151B ''ces'':158B ''ces-d'':157B ''chang'':134B ''combin'':7A,20B,67B,210B,235B,285B,324B ''compar'':212B ''compon'':200B ''conclus'':323B ''conjug'':96B ''control'':12A,34B ''d'':159B ''daili'':111B ''data'':77B ''depress'':148B,155B,312B ''design'':31B ''differ'':307B ''discharg'':276B ''doubl'':35B ''dryness'':258B ''effect'':18B ''emot'':136B ''entri'':296B ''epidemiolog'':153B ''equin'':97B ''european'':175B ''euroqol'':180B ''experienc'':282B ''fewer'':231B ''flush'':240B,280B ''function'':222B ''general'':39B ''greater'':267B ''group'':237B,265B,289B ''health'':1A,26B,79B,118B,132B,161B,205B,334B ''hormon'':8A,21B ''hot'':239B,279B ''hrt'':24B,211B,236B,286B,325B ''improv'':193B,333B ''insomnia'':253B ''instrument'':179B ''intervent'':95B ''isrctn'':341B ''joint'':248B ''kingdom'':43B ''life'':5A,30B,83B,122B,165B,170B,178B,317B,338B ''main'':115B ''mani'':327B ''match'':108B ''measur'':117B,127B,142B,172B ''medroxyprogesteron'':102B ''menopaus'':139B,310B,331B ''mg'':100B,106B ''muscl'':250B ''n'':71B,75B ''new'':48B ''night'':243B ''nine'':199B ''object'':14B ''observ'':195B,319B ''oestrogen'':68B,98B ''one'':85B,113B,188B,302B,321B ''oral'':110B ''outcom'':116B ''overal'':160B,167B,314B ''p'':219B,223B,228B,241B,245B,251B,254B,259B,272B,277B ''particip'':51B ''physic'':138B ''placebo'':33B,74B,109B,216B,264B,288B ''plus'':101B ''postmenopaus'':52B ''practic'':40B ''problem'':227B ''progestogen'':70B ''proport'':268B ''psycholog'':124B ''qualiti'':3A,28B,81B,120B,163B,168B,176B,315B,336B ''questionnair'':133B,146B,206B ''randomis'':11A,32B,58B,65B ''registr'':340B ''relat'':2A,27B,80B,119B,162B,335B ''replac'':9A,22B ''report'':238B,269B ''respect'':94B,185B,304B ''result'':186B ''scale'':156B,184B ''set'':38B ''sexual'':221B ''signific'':192B,230B,306B ''sleep'':226B ''small'':190B ''start'':326B ''studi'':154B ''sweat'':244B ''symptom'':140B,145B,218B,311B ''take'':209B,215B ''tender'':271B ''therapi'':10A,23B ''three'':197B ''trial'':13A,37B,295B,339B ''unit'':42B ''uterus'':63B ''vagin'':257B,275B ''vasomotor'':217B ''visual'':182B ''wellb'':125B ''women'':53B,60B,93B,130B,203B,232B ''year'':86B,114B,189B,303B,322B,328B ''zealand'':49B');


--
-- Data for Name: article_tag; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Adenocarcinoma');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Adult');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Aged');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Aged, 80 and over');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Alleles');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Case-Control Studies');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Female');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Follow-Up Studies');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Humans');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Leukocytes');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Male');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Middle Aged');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Odds Ratio');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Pancreatic Neoplasms');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Polymorphism, Single Nucleotide');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Prospective Studies');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Randomized Controlled Trials as Topic');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Risk Factors');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Telomerase');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'Telomere Shortening');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'mesh', 'United States');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'pubtype', 'Journal Article');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'pubtype', 'Observational Study');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'pubtype', 'Research Support, N.I.H., Extramural');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'pubtype', 'Research Support, U.S. Gov''t, Non-P.H.S.');
INSERT INTO trialdb_old.article_tag VALUES ('27797938', 'pubtype', 'Research Support, Non-U.S. Gov''t');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Animals');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Brain Injuries');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Extracellular Traps');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'HMGB1 Protein');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Humans');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Ischemic Stroke');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Mice');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Neutrophils');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'mesh', 'Stroke');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'pubtype', 'Journal Article');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'pubtype', 'Research Support, Non-U.S. Gov''t');
INSERT INTO trialdb_old.article_tag VALUES ('35358095', 'pubtype', 'Research Support, N.I.H., Extramural');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Adolescent');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Aged');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Aged, 80 and over');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Double-Blind Method');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Estrogen Replacement Therapy');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Estrogens, Conjugated (USP)');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Female');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Follow-Up Studies');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Humans');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Lupus Erythematosus, Systemic');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Medroxyprogesterone');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Middle Aged');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Postmenopause');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'mesh', 'Risk Factors');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Clinical Trial');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Journal Article');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Multicenter Study');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Randomized Controlled Trial');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Research Support, N.I.H., Extramural');
INSERT INTO trialdb_old.article_tag VALUES ('15968009', 'pubtype', 'Research Support, U.S. Gov''t, P.H.S.');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Adult');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Crohn Disease');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Enteral Nutrition');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Female');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Follow-Up Studies');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Food, Formulated');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Humans');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Male');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Parenteral Nutrition');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Recurrence');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'mesh', 'Treatment Outcome');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'pubtype', 'Journal Article');
INSERT INTO trialdb_old.article_tag VALUES ('17059514', 'pubtype', 'Randomized Controlled Trial');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Aged');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Double-Blind Method');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Drug Therapy, Combination');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Estrogens');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Female');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Health Status');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Hormone Replacement Therapy');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Humans');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Middle Aged');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Postmenopause');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Progestins');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Prognosis');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Quality of Life');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Surveys and Questionnaires');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'mesh', 'Women''s Health');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'pubtype', 'Journal Article');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'pubtype', 'Multicenter Study');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'pubtype', 'Randomized Controlled Trial');
INSERT INTO trialdb_old.article_tag VALUES ('18719013', 'pubtype', 'Research Support, Non-U.S. Gov''t');


--
-- Data for Name: article_version; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--



--
-- Data for Name: effect; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.effect VALUES ('27797938', 0, 'OR', 1.72, 1.07, 2.78, 95, 'OR 1.72; 95% CI 1.07 to 2.78', 'Shorter prediagnostic leucocyte telomere length');
INSERT INTO trialdb_old.effect VALUES ('27797938', 1, 'OR', 1.33, 1.12, 1.59, 95, 'OR 1.33; 95% CI 1.12 to 1.59', 'rs401681');
INSERT INTO trialdb_old.effect VALUES ('27797938', 2, 'OR', 1.36, 1.13, 1.63, 95, 'OR 1.36; 95% CI 1.13 to 1.63', 'rs2736100');
INSERT INTO trialdb_old.effect VALUES ('27797938', 3, 'OR', 0.75, 0.63, 0.9, 95, 'OR 0.75; 95% CI 0.63 to 0.90', 'rs2736098');
INSERT INTO trialdb_old.effect VALUES ('15968009', 0, 'RR', 1.34, NULL, NULL, NULL, 'relative risk, 1.34', 'Mild to moderate flares');
INSERT INTO trialdb_old.effect VALUES ('17059514', 0, 'HR', 0.4, 0.16, 0.98, 95, 'multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)', 'relapse rate');


--
-- Data for Name: outcome; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.outcome VALUES ('33472925', 0, 'primary', 'score on the modified Rankin Scale (mRS)', '3 months');
INSERT INTO trialdb_old.outcome VALUES ('33472925', 1, 'secondary', 'motor recovery', NULL);
INSERT INTO trialdb_old.outcome VALUES ('15968009', 0, 'primary', 'occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite', NULL);
INSERT INTO trialdb_old.outcome VALUES ('17059514', 0, 'primary', 'occurrence of relapse', '2 years');
INSERT INTO trialdb_old.outcome VALUES ('18719013', 0, 'primary', 'Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire', NULL);
INSERT INTO trialdb_old.outcome VALUES ('18719013', 1, 'primary', 'Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D)', NULL);
INSERT INTO trialdb_old.outcome VALUES ('18719013', 2, 'primary', 'Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively', NULL);


--
-- Data for Name: p_value; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.p_value VALUES ('33472925', 0, '=', 0.732, 'p = 0.732', 1043, 1052, 'results', 'mRS score shift at 3 months');
INSERT INTO trialdb_old.p_value VALUES ('33472925', 1, '=', 0.023, 'p = 0.023', 1245, 1254, 'results', 'change in the leg score of the Motricity Index');
INSERT INTO trialdb_old.p_value VALUES ('27797938', 0, '=', 0.048, 'ptrend=0.048', 1100, 1112, 'results', 'Shorter prediagnostic leucocyte telomere length');
INSERT INTO trialdb_old.p_value VALUES ('27797938', 1, '=', 0.002, 'p=0.002', 1376, 1383, 'results', 'rs401681');
INSERT INTO trialdb_old.p_value VALUES ('27797938', 2, '=', 0.001, 'p=0.001', 1444, 1451, 'results', 'rs2736100');
INSERT INTO trialdb_old.p_value VALUES ('27797938', 3, '=', 0.002, 'p=0.002', 1515, 1522, 'results', 'rs2736098');
INSERT INTO trialdb_old.p_value VALUES ('27797938', 4, '=', 0.023, 'p=0.023', 1600, 1607, 'results', 'associated with shorter telomere length');
INSERT INTO trialdb_old.p_value VALUES ('15968009', 0, '=', 0.23, 'P = 0.23', 1221, 1229, 'results', 'yielding an estimated difference of 0.033');
INSERT INTO trialdb_old.p_value VALUES ('15968009', 1, '=', 0.01, 'P = 0.01', 1531, 1539, 'results', 'Mild to moderate flares');
INSERT INTO trialdb_old.p_value VALUES ('15968009', 2, '=', 0.01, 'P = 0.01', 1651, 1659, 'results', 'probability of any type of flare by 12 months');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 0, '<', 0.001, 'P<0.001', 1386, 1393, 'results', 'vasomotor symptoms');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 1, '<', 0.001, 'P<0.001', 1416, 1423, 'results', 'sexual functioning');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 2, '<', 0.001, 'P<0.001', 1446, 1453, 'results', 'sleep problems');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 3, '<', 0.001, 'P<0.001', 1530, 1537, 'results', 'hot flushes');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 4, '<', 0.001, 'P<0.001', 1554, 1561, 'results', 'night sweats');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 5, '=', 0.001, 'P=0.001', 1591, 1598, 'results', 'aching joints and muscles');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 6, '<', 0.001, 'P<0.001', 1611, 1618, 'results', 'insomnia');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 7, '<', 0.001, 'P<0.001', 1642, 1649, 'results', 'vaginal dryness');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 8, '<', 0.001, 'P<0.001', 1730, 1737, 'results', 'breast tenderness');
INSERT INTO trialdb_old.p_value VALUES ('18719013', 9, '<', 0.001, 'P<0.001', 1761, 1768, 'results', 'vaginal discharge');


--
-- Data for Name: provenance; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.provenance VALUES ('33472925', 0, 'design.study_type', 'rct', 'methods', 175, 202, 'In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group).');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 1, 'design.blinding', 'open-label', 'methods', 163, 173, 'In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group).');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 2, 'design.outcome_assessor_blinded', 'True', 'methods', 208, 223, 'In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group).');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 3, 'design.allocation_ratio', '2:1', 'methods', 350, 353, 'In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients with severe middle cerebral artery territory infarct within 90 days of symptom onset were assigned, in a 2:1 ratio, to receive preconditioned autologous MSC injections (MSC group) or standard treatment alone (control group).');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 4, 'sample_size.arms', '39', 'results', 637, 713, 'A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 5, 'sample_size.arms', '15', 'results', 637, 713, 'A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 6, 'sample_size.analyzed', '54', 'results', 626, 757, 'A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 7, 'sample_size.total', '54', 'results', 626, 757, 'A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final intention-to-treat analysis.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 8, 'outcomes.primary', 'score on the modified Rankin Scale (mRS)', 'methods', 470, 551, 'The primary outcome was the score on the modified Rankin Scale (mRS) at 3 months.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 9, 'outcomes.secondary', 'motor recovery', 'methods', 552, 616, 'The secondary outcome was to further demonstrate motor recovery.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 10, 'registry_ids', 'NCT01716481', 'registration', 1864, 1875, 'NCT01716481.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 11, 'p_values', 'p = 0.732', 'results', 1043, 1052, 'There was no significant difference between the groups in the mRS score shift at 3 months ( p = 0.732).');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 12, 'p_values', 'p = 0.023', 'results', 1245, 1254, 'However, secondary analyses showed significant improvements in lower extremity motor function in the MSC group compared to the control group (change in the leg score of the Motricity Index, p = 0.023), which was notable among patients with low predicted recovery potential.');
INSERT INTO trialdb_old.provenance VALUES ('33472925', 13, 'evidence_class', 'AAN III', 'evidence', 1710, 1833, 'This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes in patients with chronic stroke.');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 0, 'design.study_type', 'observational', 'methods', 484, 491, 'We measured prediagnostic leucocyte telomere length in 386 pancreatic cancer cases and 896 matched controls from five prospective US cohorts.');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 1, 'sample_size.total', '1282', 'methods', 406, 458, 'We measured prediagnostic leucocyte telomere length in 386 pancreatic cancer cases and 896 matched controls from five prospective US cohorts.');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 2, 'p_values', 'ptrend=0.048', 'results', 1100, 1112, 'Shorter prediagnostic leucocyte telomere length was associated with higher risk of pancreatic cancer (comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 3, 'p_values', 'p=0.002', 'results', 1376, 1383, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 4, 'p_values', 'p=0.001', 'results', 1444, 1451, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 5, 'p_values', 'p=0.002', 'results', 1515, 1522, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 6, 'p_values', 'p=0.023', 'results', 1600, 1607, 'The minor allele for rs401681 was associated with shorter telomere length (p=0.023).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 7, 'effects', 'OR 1.72; 95% CI 1.07 to 2.78', 'results', 1070, 1098, 'Shorter prediagnostic leucocyte telomere length was associated with higher risk of pancreatic cancer (comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 8, 'effects', 'OR 1.33; 95% CI 1.12 to 1.59', 'results', 1346, 1374, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 9, 'effects', 'OR 1.36; 95% CI 1.13 to 1.63', 'results', 1414, 1442, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('27797938', 10, 'effects', 'OR 0.75; 95% CI 0.63 to 0.90', 'results', 1485, 1513, 'Three SNPs at TERT (linkage disequilibrium r2<0.25) were associated with pancreatic cancer risk, including rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59; p=0.002), rs2736100 (per minor allele OR 1.36; 95% CI 1.13 to 1.63; p=0.001) and rs2736098 (per minor allele OR 0.75; 95% CI 0.63 to 0.90; p=0.002).');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 0, 'design.study_type', 'rct', 'title', 132, 148, 'The effect of combined estrogen and progesterone hormone replacement therapy on disease activity in systemic lupus erythematosus: a randomized trial.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 1, 'design.blinding', 'double-blind', 'methods', 283, 295, 'Randomized, double-blind, placebo-controlled noninferiority trial conducted from March 1996 to June 2002.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 2, 'design.placebo', 'True', 'methods', 297, 304, 'Randomized, double-blind, placebo-controlled noninferiority trial conducted from March 1996 to June 2002.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 3, 'design.multicenter', 'True', 'methods', 386, 431, '16 university-affiliated rheumatology clinics or practices in 11 U.S. states.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 4, 'sample_size.total', '351', 'methods', 474, 497, '351 menopausal patients (mean age, 50 years) with inactive (81.5%) or stable-active (18.5%) SLE.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 5, 'outcomes.primary', 'occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite', 'methods', 833, 1028, 'The primary end point was occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite.');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 6, 'p_values', 'P = 0.23', 'results', 1221, 1229, 'Severe flare was rare in both treatment groups: The 12-month severe flare rate was 0.081 for the HRT group and 0.049 for the placebo group, yielding an estimated difference of 0.033 (P = 0.23).');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 7, 'p_values', 'P = 0.01', 'results', 1531, 1539, 'Mild to moderate flares were significantly increased in the HRT group: 1.14 flares/person-year for HRT and 0.86 flare/person-year for placebo (relative risk, 1.34; P = 0.01).');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 8, 'p_values', 'P = 0.01', 'results', 1651, 1659, 'The probability of any type of flare by 12 months was 0.64 for the HRT group and 0.51 for the placebo group (P = 0.01).');
INSERT INTO trialdb_old.provenance VALUES ('15968009', 9, 'effects', 'relative risk, 1.34', 'results', 1510, 1529, 'Mild to moderate flares were significantly increased in the HRT group: 1.14 flares/person-year for HRT and 0.86 flare/person-year for placebo (relative risk, 1.34; P = 0.01).');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 0, 'design.study_type', 'rct', 'title', 88, 115, 'Effectiveness of an ''half elemental diet'' as maintenance therapy for Crohn''s disease: A randomized-controlled trial.');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 1, 'design.multicenter', 'True', 'methods', 526, 544, 'Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25).');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 2, 'sample_size.arms', '26', 'methods', 599, 607, 'Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25).');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 3, 'sample_size.arms', '25', 'methods', 629, 637, 'Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25).');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 4, 'sample_size.total', '51', 'methods', 478, 638, 'Between 2002 and 2005, 51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) or a free diet group (n = 25).');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 5, 'outcomes.primary', 'occurrence of relapse', 'methods', 639, 734, 'The primary outcome measure of this study was the occurrence of relapse over the 2-year period.');
INSERT INTO trialdb_old.provenance VALUES ('17059514', 6, 'effects', 'multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)', 'results', 836, 886, 'The relapse rate in the half elemental diet group was significantly lower [34.6% vs. 64.0%; multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)] than that in the free diet group after a mean follow-up of 11.9 months.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 0, 'design.study_type', 'rct', 'title', 75, 102, 'Health related quality of life after combined hormone replacement therapy: randomised controlled trial.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 1, 'design.blinding', 'double-blind', 'methods', 151, 163, 'Randomised placebo controlled double blind trial.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 2, 'design.placebo', 'True', 'methods', 132, 139, 'Randomised placebo controlled double blind trial.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 3, 'sample_size.randomized', '3721', 'methods', 325, 365, 'Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 4, 'sample_size.arms', '1862', 'methods', 404, 412, 'Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 5, 'sample_size.arms', '1859', 'methods', 424, 432, 'Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 6, 'sample_size.total', '3721', 'methods', 325, 365, 'Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 7, 'outcomes.primary', 'Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire', 'outcomes', 705, 812, 'Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 8, 'outcomes.primary', 'Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D)', 'outcomes', 813, 989, 'Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 9, 'outcomes.primary', 'Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively', 'outcomes', 990, 1162, 'Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 10, 'registry_ids', 'ISRCTN63718836', 'registration', 2163, 2178, 'ISRCTN 63718836.');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 11, 'p_values', 'P<0.001', 'results', 1386, 1393, 'After one year small but significant improvements were observed in three of nine components of the women''s health questionnaire for those taking combined HRT compared with those taking placebo: vasomotor symptoms (P<0.001), sexual functioning (P<0.001), and sleep problems (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 12, 'p_values', 'P<0.001', 'results', 1416, 1423, 'After one year small but significant improvements were observed in three of nine components of the women''s health questionnaire for those taking combined HRT compared with those taking placebo: vasomotor symptoms (P<0.001), sexual functioning (P<0.001), and sleep problems (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 13, 'p_values', 'P<0.001', 'results', 1446, 1453, 'After one year small but significant improvements were observed in three of nine components of the women''s health questionnaire for those taking combined HRT compared with those taking placebo: vasomotor symptoms (P<0.001), sexual functioning (P<0.001), and sleep problems (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 14, 'p_values', 'P<0.001', 'results', 1530, 1537, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 15, 'p_values', 'P<0.001', 'results', 1554, 1561, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 16, 'p_values', 'P=0.001', 'results', 1591, 1598, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 17, 'p_values', 'P<0.001', 'results', 1611, 1618, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 18, 'p_values', 'P<0.001', 'results', 1642, 1649, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 19, 'p_values', 'P<0.001', 'results', 1730, 1737, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');
INSERT INTO trialdb_old.provenance VALUES ('18719013', 20, 'p_values', 'P<0.001', 'results', 1761, 1768, 'Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001).');


--
-- Data for Name: registry_id; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.registry_id VALUES ('33472925', 'NCT01716481');
INSERT INTO trialdb_old.registry_id VALUES ('15968009', 'NCT00000419');
INSERT INTO trialdb_old.registry_id VALUES ('18719013', 'ISRCTN63718836');


--
-- Data for Name: run; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.run VALUES (1, 'import', NULL, '/tmp/alembic/build/fatcat-3.xml', NULL, 'PubMed', '2026-12-02T04:24:33+00:00', '2026-12-02T04:24:33+00:00', 'completed', 3, 3, 0, 0, 0, 0, NULL, '0.1.0', '1.0.0');


--
-- Data for Name: saved_search; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.saved_search VALUES ('msc-stroke', 'mesenchymal stem cells AND stroke', '2026-12-02T04:24:44+00:00', NULL);


--
-- Data for Name: screening; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.screening VALUES (1, '33472925', 'included', NULL, '2026-12-02T04:24:37+00:00');
INSERT INTO trialdb_old.screening VALUES (2, '35358095', 'excluded', 'animal study', '2026-12-02T04:24:40+00:00');


--
-- Data for Name: search_member; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--



--
-- Data for Name: trial; Type: TABLE DATA; Schema: trialdb_old; Owner: -
--

INSERT INTO trialdb_old.trial VALUES ('33472925', '1.0.0', 'rct', true, true, 'open-label', true, false, NULL, '2:1', NULL, false, 54, NULL, 54, 'AAN', 'III', 'This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes in patients with chronic stroke.', '{"design": {"allocation_ratio": "2:1", "blinding": "open-label", "controlled": true, "crossover": false, "multicenter": null, "outcome_assessor_blinded": true, "phase": null, "placebo": false, "randomized": true, "study_type": "rct"}, "effects": [], "evidence_class": {"level": "III", "scheme": "AAN", "text": "This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes in patients with chronic stroke."}, "outcomes": [{"name": "score on the modified Rankin Scale (mRS)", "role": "primary", "timepoint": "3 months"}, {"name": "motor recovery", "role": "secondary", "timepoint": null}], "p_values": [{"end": 1052, "op": "=", "outcome": "mRS score shift at 3 months", "section": "results", "start": 1043, "text": "p = 0.732", "value": 0.732}, {"end": 1254, "op": "=", "outcome": "change in the leg score of the Motricity Index", "section": "results", "start": 1245, "text": "p = 0.023", "value": 0.023}], "pmid": "33472925", "registry_ids": ["NCT01716481"], "sample_size": {"analyzed": 54, "arms": [{"label": "MSC", "n": 39}, {"label": "control", "n": 15}], "randomized": null, "total": 54}, "title": "Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke."}');
INSERT INTO trialdb_old.trial VALUES ('27797938', '1.0.0', 'observational', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1282, NULL, NULL, NULL, NULL, NULL, '{"design": {"allocation_ratio": null, "blinding": null, "controlled": null, "crossover": null, "multicenter": null, "outcome_assessor_blinded": null, "phase": null, "placebo": null, "randomized": false, "study_type": "observational"}, "effects": [{"ci_high": 2.78, "ci_level": 95.0, "ci_low": 1.07, "measure": "OR", "text": "OR 1.72; 95% CI 1.07 to 2.78", "value": 1.72}, {"ci_high": 1.59, "ci_level": 95.0, "ci_low": 1.12, "measure": "OR", "text": "OR 1.33; 95% CI 1.12 to 1.59", "value": 1.33}, {"ci_high": 1.63, "ci_level": 95.0, "ci_low": 1.13, "measure": "OR", "text": "OR 1.36; 95% CI 1.13 to 1.63", "value": 1.36}, {"ci_high": 0.9, "ci_level": 95.0, "ci_low": 0.63, "measure": "OR", "text": "OR 0.75; 95% CI 0.63 to 0.90", "value": 0.75}], "evidence_class": null, "outcomes": [], "p_values": [{"end": 1112, "op": "=", "outcome": "Shorter prediagnostic leucocyte telomere length", "section": "results", "start": 1100, "text": "ptrend=0.048", "value": 0.048}, {"end": 1383, "op": "=", "outcome": "rs401681", "section": "results", "start": 1376, "text": "p=0.002", "value": 0.002}, {"end": 1451, "op": "=", "outcome": "rs2736100", "section": "results", "start": 1444, "text": "p=0.001", "value": 0.001}, {"end": 1522, "op": "=", "outcome": "rs2736098", "section": "results", "start": 1515, "text": "p=0.002", "value": 0.002}, {"end": 1607, "op": "=", "outcome": "associated with shorter telomere length", "section": "results", "start": 1600, "text": "p=0.023", "value": 0.023}], "pmid": "27797938", "registry_ids": [], "sample_size": {"analyzed": null, "arms": [], "randomized": null, "total": 1282}, "title": "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer."}');
INSERT INTO trialdb_old.trial VALUES ('35358095', '1.0.0', 'other', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{"design": {"allocation_ratio": null, "blinding": null, "controlled": null, "crossover": null, "multicenter": null, "outcome_assessor_blinded": null, "phase": null, "placebo": null, "randomized": null, "study_type": "other"}, "effects": [], "evidence_class": null, "outcomes": [], "p_values": [], "pmid": "35358095", "registry_ids": [], "sample_size": {"analyzed": null, "arms": [], "randomized": null, "total": null}, "title": "Neutrophil extracellular traps regulate ischemic stroke brain injury."}');
INSERT INTO trialdb_old.trial VALUES ('15968009', '1.0.0', 'rct', true, true, 'double-blind', true, true, NULL, NULL, true, false, 351, NULL, NULL, NULL, NULL, NULL, '{"design": {"allocation_ratio": null, "blinding": "double-blind", "controlled": true, "crossover": false, "multicenter": true, "outcome_assessor_blinded": true, "phase": null, "placebo": true, "randomized": true, "study_type": "rct"}, "effects": [{"ci_high": null, "ci_level": null, "ci_low": null, "measure": "RR", "text": "relative risk, 1.34", "value": 1.34}], "evidence_class": null, "outcomes": [{"name": "occurrence of a severe flare as defined by Safety of Estrogens in Lupus Erythematosus, National Assessment-Systemic Lupus Erythematosus Disease Activity Index composite", "role": "primary", "timepoint": null}], "p_values": [{"end": 1229, "op": "=", "outcome": "yielding an estimated difference of 0.033", "section": "results", "start": 1221, "text": "P = 0.23", "value": 0.23}, {"end": 1539, "op": "=", "outcome": "Mild to moderate flares", "section": "results", "start": 1531, "text": "P = 0.01", "value": 0.01}, {"end": 1659, "op": "=", "outcome": "probability of any type of flare by 12 months", "section": "results", "start": 1651, "text": "P = 0.01", "value": 0.01}], "pmid": "15968009", "registry_ids": ["NCT00000419"], "sample_size": {"analyzed": null, "arms": [], "randomized": null, "total": 351}, "title": "The effect of combined estrogen and progesterone hormone replacement therapy on disease activity in systemic lupus erythematosus: a randomized trial."}');
INSERT INTO trialdb_old.trial VALUES ('17059514', '1.0.0', 'rct', true, true, NULL, NULL, false, NULL, NULL, true, false, 51, NULL, NULL, NULL, NULL, NULL, '{"design": {"allocation_ratio": null, "blinding": null, "controlled": true, "crossover": false, "multicenter": true, "outcome_assessor_blinded": null, "phase": null, "placebo": false, "randomized": true, "study_type": "rct"}, "effects": [{"ci_high": 0.98, "ci_level": 95.0, "ci_low": 0.16, "measure": "HR", "text": "multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)", "value": 0.4}], "evidence_class": null, "outcomes": [{"name": "occurrence of relapse", "role": "primary", "timepoint": "2 years"}], "p_values": [], "pmid": "17059514", "registry_ids": [], "sample_size": {"analyzed": null, "arms": [{"label": "half elemental diet", "n": 26}, {"label": "free diet", "n": 25}], "randomized": null, "total": 51}, "title": "Effectiveness of an ''half elemental diet'' as maintenance therapy for Crohn''s disease: A randomized-controlled trial."}');
INSERT INTO trialdb_old.trial VALUES ('18719013', '1.0.0', 'rct', true, true, 'double-blind', true, true, NULL, NULL, true, false, 3721, 3721, NULL, NULL, NULL, NULL, '{"design": {"allocation_ratio": null, "blinding": "double-blind", "controlled": true, "crossover": false, "multicenter": true, "outcome_assessor_blinded": true, "phase": null, "placebo": true, "randomized": true, "study_type": "rct"}, "effects": [], "evidence_class": null, "outcomes": [{"name": "Health related quality of life and psychological wellbeing as measured by the women''s health questionnaire", "role": "primary", "timepoint": null}, {"name": "Changes in emotional and physical menopausal symptoms as measured by a symptoms questionnaire and depression by the Centre for Epidemiological Studies depression scale (CES-D)", "role": "primary", "timepoint": null}, {"name": "Overall health related quality of life and overall quality of life as measured by the European quality of life instrument (EuroQol) and visual analogue scale, respectively", "role": "primary", "timepoint": null}], "p_values": [{"end": 1393, "op": "<", "outcome": "vasomotor symptoms", "section": "results", "start": 1386, "text": "P<0.001", "value": 0.001}, {"end": 1423, "op": "<", "outcome": "sexual functioning", "section": "results", "start": 1416, "text": "P<0.001", "value": 0.001}, {"end": 1453, "op": "<", "outcome": "sleep problems", "section": "results", "start": 1446, "text": "P<0.001", "value": 0.001}, {"end": 1537, "op": "<", "outcome": "hot flushes", "section": "results", "start": 1530, "text": "P<0.001", "value": 0.001}, {"end": 1561, "op": "<", "outcome": "night sweats", "section": "results", "start": 1554, "text": "P<0.001", "value": 0.001}, {"end": 1598, "op": "=", "outcome": "aching joints and muscles", "section": "results", "start": 1591, "text": "P=0.001", "value": 0.001}, {"end": 1618, "op": "<", "outcome": "insomnia", "section": "results", "start": 1611, "text": "P<0.001", "value": 0.001}, {"end": 1649, "op": "<", "outcome": "vaginal dryness", "section": "results", "start": 1642, "text": "P<0.001", "value": 0.001}, {"end": 1737, "op": "<", "outcome": "breast tenderness", "section": "results", "start": 1730, "text": "P<0.001", "value": 0.001}, {"end": 1768, "op": "<", "outcome": "vaginal discharge", "section": "results", "start": 1761, "text": "P<0.001", "value": 0.001}], "pmid": "18719013", "registry_ids": ["ISRCTN63718836"], "sample_size": {"analyzed": null, "arms": [{"label": "combined oestrogen and progestogen", "n": 1862}, {"label": "placebo", "n": 1859}], "randomized": 3721, "total": 3721}, "title": "Health related quality of life after combined hormone replacement therapy: randomised controlled trial."}');


--
-- Name: run_id_seq; Type: SEQUENCE SET; Schema: trialdb_old; Owner: -
--

SELECT pg_catalog.setval('trialdb_old.run_id_seq', 1, true);


--
-- Name: screening_id_seq; Type: SEQUENCE SET; Schema: trialdb_old; Owner: -
--

SELECT pg_catalog.setval('trialdb_old.screening_id_seq', 2, true);


--
-- Name: arm arm_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.arm
    ADD CONSTRAINT arm_pkey PRIMARY KEY (pmid, "position");


--
-- Name: arm_result arm_result_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.arm_result
    ADD CONSTRAINT arm_result_pkey PRIMARY KEY (pmid, "position");


--
-- Name: article article_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (pmid);


--
-- Name: article_search article_search_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.article_search
    ADD CONSTRAINT article_search_pkey PRIMARY KEY (pmid);


--
-- Name: article_tag article_tag_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.article_tag
    ADD CONSTRAINT article_tag_pkey PRIMARY KEY (pmid, kind, value);


--
-- Name: article_version article_version_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.article_version
    ADD CONSTRAINT article_version_pkey PRIMARY KEY (pmid, content_hash);


--
-- Name: effect effect_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.effect
    ADD CONSTRAINT effect_pkey PRIMARY KEY (pmid, "position");


--
-- Name: outcome outcome_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.outcome
    ADD CONSTRAINT outcome_pkey PRIMARY KEY (pmid, "position");


--
-- Name: p_value p_value_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.p_value
    ADD CONSTRAINT p_value_pkey PRIMARY KEY (pmid, "position");


--
-- Name: provenance provenance_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.provenance
    ADD CONSTRAINT provenance_pkey PRIMARY KEY (pmid, "position");


--
-- Name: registry_id registry_id_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.registry_id
    ADD CONSTRAINT registry_id_pkey PRIMARY KEY (pmid, registry_id);


--
-- Name: run run_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.run
    ADD CONSTRAINT run_pkey PRIMARY KEY (id);


--
-- Name: saved_search saved_search_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.saved_search
    ADD CONSTRAINT saved_search_pkey PRIMARY KEY (name);


--
-- Name: screening screening_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.screening
    ADD CONSTRAINT screening_pkey PRIMARY KEY (id);


--
-- Name: search_member search_member_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.search_member
    ADD CONSTRAINT search_member_pkey PRIMARY KEY (saved_search, pmid);


--
-- Name: trial trial_pkey; Type: CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.trial
    ADD CONSTRAINT trial_pkey PRIMARY KEY (pmid);


--
-- Name: ix_article_newest; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_newest ON trialdb_old.article USING btree (year DESC NULLS LAST, pmid);


--
-- Name: ix_article_pmid_retracted; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_pmid_retracted ON trialdb_old.article USING btree (pmid, retracted);


--
-- Name: ix_article_retracted; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_retracted ON trialdb_old.article USING btree (retracted);


--
-- Name: ix_article_search_vector; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_search_vector ON trialdb_old.article_search USING gin (search_vector);


--
-- Name: ix_article_tag_kind_value; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_tag_kind_value ON trialdb_old.article_tag USING btree (kind, value);


--
-- Name: ix_article_year; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_article_year ON trialdb_old.article USING btree (year);


--
-- Name: ix_outcome_name_trgm; Type: INDEX; Schema: trialdb_old; Owner: -
--



--
-- Name: ix_p_value_outcome_trgm; Type: INDEX; Schema: trialdb_old; Owner: -
--



--
-- Name: ix_p_value_value; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_p_value_value ON trialdb_old.p_value USING btree (value);


--
-- Name: ix_registry_id_registry_id; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_registry_id_registry_id ON trialdb_old.registry_id USING btree (registry_id);


--
-- Name: ix_screening_pmid; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_screening_pmid ON trialdb_old.screening USING btree (pmid);


--
-- Name: ix_search_member_pmid; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_search_member_pmid ON trialdb_old.search_member USING btree (pmid);


--
-- Name: ix_trial_blinding; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_blinding ON trialdb_old.trial USING btree (blinding);


--
-- Name: ix_trial_evidence_level; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_evidence_level ON trialdb_old.trial USING btree (evidence_level);


--
-- Name: ix_trial_extractor_version; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_extractor_version ON trialdb_old.trial USING btree (extractor_version);


--
-- Name: ix_trial_largest; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_largest ON trialdb_old.trial USING btree (total_n DESC NULLS LAST, pmid);


--
-- Name: ix_trial_n_pmid; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_n_pmid ON trialdb_old.trial USING btree (total_n, pmid);


--
-- Name: ix_trial_phase; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_phase ON trialdb_old.trial USING btree (phase);


--
-- Name: ix_trial_study_type; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_study_type ON trialdb_old.trial USING btree (study_type);


--
-- Name: ix_trial_total_n; Type: INDEX; Schema: trialdb_old; Owner: -
--

CREATE INDEX ix_trial_total_n ON trialdb_old.trial USING btree (total_n);


--
-- Name: arm arm_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.arm
    ADD CONSTRAINT arm_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: arm_result arm_result_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.arm_result
    ADD CONSTRAINT arm_result_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: article_tag article_tag_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.article_tag
    ADD CONSTRAINT article_tag_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: effect effect_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.effect
    ADD CONSTRAINT effect_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: outcome outcome_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.outcome
    ADD CONSTRAINT outcome_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: p_value p_value_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.p_value
    ADD CONSTRAINT p_value_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: provenance provenance_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.provenance
    ADD CONSTRAINT provenance_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: registry_id registry_id_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.registry_id
    ADD CONSTRAINT registry_id_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- Name: trial trial_pmid_fkey; Type: FK CONSTRAINT; Schema: trialdb_old; Owner: -
--

ALTER TABLE ONLY trialdb_old.trial
    ADD CONSTRAINT trial_pmid_fkey FOREIGN KEY (pmid) REFERENCES trialdb_old.article(pmid);


--
-- PostgreSQL database dump complete
--



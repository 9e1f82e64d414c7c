"""PubMed in: file readers (PubMed XML, MEDLINE, plain text) that yield Article records."""

from trialdb.fetch.article import AbstractSection, Article, Deletion
from trialdb.fetch.files import check_source, iter_records, read_articles

__all__ = ["AbstractSection", "Article", "Deletion", "check_source", "iter_records", "read_articles"]

"""The extractor's version, stored with every extraction so old facts can be re-extracted."""

EXTRACTOR_VERSION = "1.4.0"

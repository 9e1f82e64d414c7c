"""Alembic revisions of trialdb's schema, one file each (NNNN_what.py), oldest first."""

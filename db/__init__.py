"""Storage: SQLModel tables, engine, idempotent upserts, full-text search, queries, export rows."""

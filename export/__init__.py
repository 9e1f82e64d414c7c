"""Outputs: the rows, files and figures made from the stored trials (CSV, JSON, meta table, RIS/BibTeX, XLSX, the
PRISMA-S report, plot data). Each reads through db's query API (db.search, db.queries, db.screening); none stores."""

"""The report on the question log for the staff who own the documents (`raadgiver report`, GET /v1/admin/report):
how many asked through which channel, what share was answered, the questions the documents did not answer grouped
into themes, the answers judged unhelpful, what is cited and what never is, and the programmes recommended.

- `period.py`: the period asked for (`30d`, `12w`, `2026-01-01`) and ISO weeks.
- `themes.py`: the unanswered questions clustered into themes with the embedding model.
- `build.py`: the report itself, computed from logged rows (`Report`, `build_report`, `report_from_log`).
- `text_summary.py`, `csv_export.py`, `html_page.py` (with `charts.py`): the ways it is shown.

It reads the question log, the embedding model and the tokenizer; it never imports answering, the API or ingest.
"""

"""Ingest: turn input text into a Document (reference lists, records, citations)."""

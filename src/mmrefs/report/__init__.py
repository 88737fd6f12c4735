"""Renderers for people: claim → source maps and (later) check reports."""

"""Exporters: pure functions Document/References → text in a consumer's format."""

"""Crossref and PubMed clients: URL builders, pure payload → Record mappers, one fetch seam."""

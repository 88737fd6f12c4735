"""mmrefs: extract, resolve, de-duplicate and check the references of scientific reviews."""

__version__ = "0.1.0"

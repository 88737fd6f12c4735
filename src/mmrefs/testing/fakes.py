"""Provider payloads in the wire formats of ../shared/api-samples (see FORMATS.md there).

These feed the local stand-in servers of the integration tests and the benchmark; the
mappings themselves are tested against the recorded payloads (tests/unit/providers), so a
mapping bug cannot hide behind a fake built the same wrong way.

Works are described from the bundled review's printed references. Their DOIs use the
prefix 10.5555, which Crossref's documentation uses for example DOIs, so no test claims a
real work's identifier; PMIDs are small made-up numbers for the same reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from mmrefs.model import Reference


def crossref_work(ref: Reference, doi: str, **changes: Any) -> dict[str, Any]:
    """A `/works` item shaped like the recorded samples (arrays, date-parts, sequence)."""
    authors: list[dict[str, Any]] = [
        {
            "given": a.given,
            "family": a.family.title(),
            "sequence": "first" if n == 0 else "additional",
            "affiliation": [],
        }
        for n, a in enumerate(ref.authors)
    ]
    item: dict[str, Any] = {
        "DOI": doi,
        "title": [ref.title],
        "author": authors,
        "container-title": [ref.container],
        "short-container-title": [ref.container],
        "issued": {"date-parts": [[int(ref.year)]]},
        "volume": ref.volume,
        "issue": ref.issue,
        "page": ref.pages or ref.article_number,
        "type": "journal-article",
        "score": 42.5,
    }
    item.update(changes)
    return {k: v for k, v in item.items() if v not in ("", None)}


def work_list(items: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "status": "ok",
            "message-type": "work-list",
            "message-version": "1.0.0",
            "message": {
                "facets": {},
                "total-results": len(items),
                "items": items,
                "items-per-page": len(items),
                "query": {"start-index": 0, "search-terms": None},
            },
        }
    )


def summary(docs: dict[str, dict[str, Any]]) -> str:
    return json.dumps(
        {"header": {"type": "esummary", "version": "0.3"}, "result": {"uids": list(docs), **docs}}
    )


def summary_doc(ref: Reference, pmid: str, doi: str, **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uid": pmid,
        "pubdate": ref.year,
        "source": ref.container,
        "authors": [
            {
                "name": f"{a.family.title()} {a.given.replace(' ', '')}",
                "authtype": "Author",
                "clusterid": "",
            }
            for a in ref.authors
        ],
        "title": ref.title + ".",
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages,
        "pubtype": ["Journal Article"],
        "articleids": [
            {"idtype": "pubmed", "idtypen": 1, "value": pmid},
            {"idtype": "doi", "idtypen": 3, "value": doi},
        ],
        "fulljournalname": ref.container,
    }
    doc.update(changes)
    return doc


def pubmed_article(ref: Reference, pmid: str, doi: str, **changes: Any) -> str:
    """One EFetch `<PubmedArticle>` shaped like the recorded samples (efetch_pubmed_*.xml).

    `changes` override fields: `title`, `vernacular`, `authors` ([(last, fore)]), `journal`,
    `iso`, `year`, `volume`, `issue`, `pages`, `abstract`, `pubtypes`, `issn`.
    """
    fields: dict[str, Any] = {
        "title": ref.title + ".",
        "vernacular": "",
        "authors": [(a.family.title(), a.given) for a in ref.authors],
        "journal": ref.container,
        "iso": ref.container,
        "year": ref.year,
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages or ref.article_number,
        "abstract": "",
        "pubtypes": ["Journal Article"],
        "issn": "",
    } | changes
    part = _optional_parts(fields)
    types = "".join(f"<PublicationType>{_x(t)}</PublicationType>" for t in fields["pubtypes"])
    return (
        '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
        f'<PMID Version="1">{pmid}</PMID><Article PubModel="Print"><Journal>{part["issn"]}'
        f'<JournalIssue CitedMedium="Print"><Volume>{_x(fields["volume"])}</Volume>'
        f"{part['issue']}<PubDate><Year>{_x(fields['year'])}</Year></PubDate></JournalIssue>"
        f"<Title>{_x(fields['journal'])}</Title><ISOAbbreviation>{_x(fields['iso'])}"
        f"</ISOAbbreviation></Journal><ArticleTitle>{_x(fields['title'])}</ArticleTitle>"
        f'{part["pages"]}{part["abstract"]}<AuthorList CompleteYN="Y">'
        f"{_authors_xml(fields['authors'])}</AuthorList><Language>eng</Language>"
        f"{part['vernacular']}<PublicationTypeList>{types}</PublicationTypeList></Article>"
        "</MedlineCitation><PubmedData><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'
        + (f'<ArticleId IdType="doi">{_x(doi)}</ArticleId>' if doi else "")
        + "</ArticleIdList></PubmedData></PubmedArticle>"
    )


def _authors_xml(names: list[tuple[str, str]]) -> str:
    return "".join(
        f'<Author ValidYN="Y"><LastName>{_x(last)}</LastName><ForeName>{_x(fore)}</ForeName>'
        f"<Initials>{_x(fore.replace(' ', ''))}</Initials></Author>"
        for last, fore in names
    )


def _optional_parts(fields: dict[str, Any]) -> dict[str, str]:
    """Elements PubMed leaves out when empty (no issue, no abstract, no pagination)."""
    optional = {
        "issn": f'<ISSN IssnType="Print">{_x(fields["issn"])}</ISSN>',
        "issue": f"<Issue>{_x(fields['issue'])}</Issue>",
        "abstract": f"<Abstract><AbstractText>{_x(fields['abstract'])}</AbstractText></Abstract>",
        "vernacular": f"<VernacularTitle>{_x(fields['vernacular'])}</VernacularTitle>",
        "pages": f"<Pagination><MedlinePgn>{_x(fields['pages'])}</MedlinePgn></Pagination>",
    }
    return {k: v if fields[k] else "" for k, v in optional.items()}


def article_set(articles: Iterable[str]) -> str:
    """An EFetch reply: the XML prolog and DOCTYPE of the 2025 recordings, then articles."""
    return (
        '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
        '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
        "<PubmedArticleSet>\n" + "\n".join(articles) + "</PubmedArticleSet>"
    )


def _x(value: object) -> str:
    return escape(str(value))

"""PubMed EFetch XML → Record: the fullest record PubMed gives (abstract, every author with
given names, full journal title, ISSNs, the original-language title).

Parsed with defusedxml (the reply is untrusted text). Identifiers are read from each
article's own `PubmedData/ArticleIdList`, never from its `ReferenceList`, whose cited works
carry `ArticleId`s too. Paths follow the recorded samples in ../shared/api-samples/ncbi.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from mmrefs.model import Author, Notice, Record
from mmrefs.providers.base import PayloadError, unbracket

NOTICE_TYPES = {
    "Retracted Publication": "retraction",
    "Retraction of Publication": "retraction-notice",
    "Expression of Concern": "expression_of_concern",
    "Published Erratum": "erratum",
    "Corrected and Republished Article": "correction",
}
COMMENT_NOTICES = {  # CommentsCorrections/@RefType on the work that was updated
    "RetractionIn": "retraction",
    "ErratumIn": "erratum",
    "ExpressionOfConcernIn": "expression_of_concern",
    "CorrectedandRepublishedIn": "correction",
}
_ARTICLE_NUMBER = re.compile(r"[A-Za-z]{0,4}\d{3,12}")


def _text(node: Element | None) -> str:
    """All text inside a node (titles hold `<i>`, `<sup>`), with spaces normalised."""
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _find(node: Element, path: str) -> str:
    return _text(node.find(path))


def _author(node: Element) -> Author:
    collective = _find(node, "CollectiveName")
    if collective:
        return Author(literal=collective)
    return Author(
        family=_find(node, "LastName"),
        given=_find(node, "ForeName") or _find(node, "Initials"),
        suffix=_find(node, "Suffix"),
    )


def _year(article: Element) -> str:
    date = article.find("Journal/JournalIssue/PubDate")
    text = (_find(date, "Year") or _find(date, "MedlineDate")) if date is not None else ""
    found = re.search(r"\d{4}", text or _find(article, "ArticleDate/Year"))
    return found.group(0) if found else ""


def _abstract(article: Element) -> str:
    """Structured abstracts keep their labels (`BACKGROUND: …`)."""
    parts = []
    for node in article.findall("Abstract/AbstractText"):
        label = node.get("Label", "")
        text = _text(node)
        parts.append(f"{label}: {text}" if label and text else text)
    return " ".join(p for p in parts if p)


def _article_ids(entry: Element) -> dict[str, str]:
    return {
        node.get("IdType", ""): _text(node)
        for node in entry.findall("PubmedData/ArticleIdList/ArticleId")
    }


def _locator(article: Element) -> tuple[str, str]:
    """(pages, article number): MEDLINE pagination, else an e-locator that looks like an
    article number (`e2307852`), never a publisher's internal id."""
    pages = _find(article, "Pagination/MedlinePgn")
    if pages:
        return pages, ""
    for node in article.findall("ELocationID"):
        value = _text(node)
        if node.get("EIdType") == "pii" and _ARTICLE_NUMBER.fullmatch(value):
            return "", value
    return "", ""


def _notices(citation: Element, types: list[str]) -> tuple[Notice, ...]:
    found = [Notice(NOTICE_TYPES[t], source="pubmed") for t in types if t in NOTICE_TYPES]
    for node in citation.findall("CommentsCorrectionsList/CommentsCorrections"):
        kind = COMMENT_NOTICES.get(node.get("RefType", ""))
        if kind:
            found.append(Notice(kind, label=_find(node, "RefSource"), source="pubmed"))
    return tuple(dict.fromkeys(found))


def _issns(citation: Element) -> tuple[str, ...]:
    nodes = citation.findall("Article/Journal/ISSN") + citation.findall(
        "MedlineJournalInfo/ISSNLinking"
    )
    return tuple(dict.fromkeys(t for t in (_text(n) for n in nodes) if t))


def record_from_article(entry: Element) -> Record:
    """One `PubmedArticle` → Record (pure; the mapping table of EFetch)."""
    citation = entry.find("MedlineCitation")
    article = citation.find("Article") if citation is not None else None
    if citation is None or article is None:
        raise PayloadError("EFetch article without MedlineCitation/Article")
    ids = _article_ids(entry)
    doi = ids.get("doi") or next(
        (_text(n) for n in article.findall("ELocationID") if n.get("EIdType") == "doi"), ""
    )
    types = [_text(n) for n in article.findall("PublicationTypeList/PublicationType")]
    vernacular = _find(article, "VernacularTitle")
    pages, number = _locator(article)
    return Record(
        source="pubmed",
        pmid=_find(citation, "PMID"),
        doi=doi.lower(),
        title=unbracket(_find(article, "ArticleTitle")),
        authors=tuple(_author(a) for a in article.findall("AuthorList/Author")),
        container=_find(article, "Journal/Title"),
        container_short=_find(article, "Journal/ISOAbbreviation")
        or _find(citation, "MedlineJournalInfo/MedlineTA"),
        year=_year(article),
        volume=_find(article, "Journal/JournalIssue/Volume"),
        issue=_find(article, "Journal/JournalIssue/Issue"),
        pages=pages,
        article_number=number,
        type=", ".join(types),
        notices=_notices(citation, types),
        abstract=_abstract(article),
        titles=(unbracket(vernacular),) if vernacular else (),
        issn=_issns(citation),
    )


def _parse(text: str) -> Any:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(text)
    except (ParseError, DefusedXmlException) as exc:
        raise PayloadError(f"NCBI sent unreadable XML: {exc}") from exc


def records_from_efetch(text: str) -> dict[str, Record]:
    """PMID → Record for every article of an EFetch reply; an unknown PMID is simply
    absent (PubMed answers an empty `PubmedArticleSet`)."""
    root = _parse(text)
    if root.tag != "PubmedArticleSet":
        raise PayloadError(f"EFetch reply is a <{root.tag}>, not a PubmedArticleSet")
    records = (record_from_article(e) for e in root.findall("PubmedArticle"))
    return {r.pmid: r for r in records if r.pmid}


def pmids_from_esearch_xml(text: str) -> list[str]:
    """The id list of an ESearch XML reply (`eSearchResult/IdList/Id`)."""
    root = _parse(text)
    if root.tag != "eSearchResult":
        raise PayloadError(f"ESearch reply is a <{root.tag}>, not an eSearchResult")
    return [_text(n) for n in root.findall("IdList/Id") if _text(n)]

"""Synthetic reviews and build decorations shared by the tests and the benchmarks.

Why here and not in `tests/`: the benchmarks need the very same generator as the tests, so
the numbers they report describe inputs the tests have checked. Everything is
deterministic (seeded), pure (text in, text or `Build` out) and imports only the model;
callers run `pipeline.build` themselves, so this module stays below the pipeline.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from mmrefs.model import (
    Build,
    Finding,
    Record,
    Reference,
    Resolution,
    ResolutionMode,
    ResolutionStatus,
    Severity,
    SourceLoc,
)

HOSTILE_TITLE = "<script>alert(1)</script> and a hostile title"

_FAMILIES = ("ZHANG", "WANG", "LI", "CHEN", "SMITH", "GARCIA", "MÜLLER", "KUMAR", "SATO", "ROSSI")
# (title, Chinese claim, English claim): a claim states what the work it cites is about,
# so a benchmark measures the checker on a review an editor would pass, not on noise.
_TOPICS = (
    (
        "Bortezomib-loaded hydrogels for local delivery in multiple myeloma",
        "负载硼替佐米(bortezomib)的水凝胶(hydrogel)提高了多发性骨髓瘤骨髓中的药物浓度",
        "Bortezomib-loaded hydrogels raised drug levels in the multiple myeloma bone marrow",
    ),
    (
        "Chitosan nanoparticles for controlled drug release in multiple myeloma",
        "壳聚糖(chitosan)纳米颗粒(nanoparticle)可控释放药物并靶向多发性骨髓瘤细胞",
        "Chitosan nanoparticles released drugs in a controlled way to multiple myeloma cells",
    ),
    (
        "Liposomal carfilzomib in relapsed multiple myeloma",
        "卡非佐米(carfilzomib)脂质体(liposome)延长了多发性骨髓瘤患者体内的药物半衰期",
        "Liposomal carfilzomib extended the drug's half-life in multiple myeloma",
    ),
    (
        "CD38 antibody-drug conjugates against multiple myeloma cells",
        "抗CD38抗体偶联药物清除了小鼠模型中的多发性骨髓瘤细胞",
        "CD38 antibody-drug conjugates cleared multiple myeloma cells in mice",
    ),
    (
        "Microspheres for three-dimensional culture of multiple myeloma cells",
        "微球(microsphere)构建的多发性骨髓瘤三维培养模型能够预测疗效",
        "Microsphere three-dimensional cultures of multiple myeloma cells predicted response",
    ),
)
_TOPIC_RUN = 8  # consecutive references share a topic, so most ranges stay on one topic
_JOURNALS = ("Blood", "J Hematol Oncol", "Biomaterials", "Adv Mater", "Leukemia", "Nat Commun")
_TITLE = {True: "大分子生物材料治疗多发性骨髓瘤的合成综述", False: "A synthetic review"}
_INTRO = {
    True: "多发性骨髓瘤(multiple myeloma, MM)是一种血液系统恶性肿瘤。",
    False: "Multiple myeloma (MM) is a malignancy of plasma cells.",
}
_HEADING = {True: "材料与机制", False: "Mechanisms"}
_SENTENCES_PER_PARAGRAPH = 8
_TABLE_AND_CAPTION = {
    True: "表1 合成表格\n\n大类 Major categories\t材料类别 Material category\t参考文献 References\n"
    "Delivery materials\t{en}\t[{last}]\n\n"
    "图1 {zh}(本图引用自参考文献[{last}])\n\n参考文献 (References)\n",
    False: "Table 1 A synthetic table\n\nMajor categories\tMaterial category\tReferences\n"
    "Delivery materials\t{en}\t[{last}]\n\n"
    "Fig. 1 {en} (adapted from reference [{last}])\n\nReferences\n",
}


@dataclass(frozen=True, slots=True)
class ReviewShape:
    """How big a synthetic review is: references, body citation marks (a table row and a
    caption cite the last reference on top of them), sections."""

    references: int = 25
    citations: int = 60
    sections: int = 6
    seed: int = 0
    hostile_title: int | None = None  # number of the reference whose title is hostile
    language: str = "zh"  # "zh": Chinese body; "en": English body


def synthetic_review(shape: ReviewShape = ReviewShape()) -> str:
    """A GB/T 7714 review with a Chinese (or English) body: headed sections, one table,
    one caption, marks cited by first appearance (then re-cited at random), each claim on
    its source's topic, and the reference list."""
    rng = random.Random(shape.seed)
    marks = list(_mark_numbers(shape, rng))
    per_section = max(1, -(-len(marks) // shape.sections))
    zh = shape.language == "zh"
    lines = [_TITLE[zh], "", _INTRO[zh], ""]
    for s in range(shape.sections):
        chunk = marks[s * per_section : (s + 1) * per_section]
        lines += [f"{s + 1} {_HEADING[zh]}", ""]
        for start in range(0, len(chunk), _SENTENCES_PER_PARAGRAPH):
            lines += [_paragraph(chunk[start : start + _SENTENCES_PER_PARAGRAPH], zh), ""]
    _, claim_zh, claim_en = _topic(shape.references)
    table = _TABLE_AND_CAPTION[zh].format(last=shape.references, zh=claim_zh, en=claim_en)
    lines += table.split("\n")
    lines += [_reference(n, shape, rng) for n in range(1, shape.references + 1)]
    return "\n".join(lines) + "\n"


def _mark_numbers(shape: ReviewShape, rng: random.Random) -> Iterator[tuple[int, ...]]:
    """Each reference first in order (the GB/T rule), then re-citations, some as ranges."""
    for n in range(1, shape.references + 1):
        yield (n,)
    for _ in range(max(0, shape.citations - shape.references)):
        n = rng.randint(1, shape.references)
        width = rng.choice((1, 1, 1, 2, 3))
        yield tuple(range(n, min(shape.references, n + width - 1) + 1))


def _topic(number: int) -> tuple[str, str, str]:
    return _TOPICS[(number - 1) // _TOPIC_RUN % len(_TOPICS)]


def _paragraph(chunk: list[tuple[int, ...]], zh: bool) -> str:
    """One sentence per mark, stating the cited work's topic."""
    sentences = []
    for numbers in chunk:
        mark = f"{numbers[0]}-{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])
        _, claim_zh, claim_en = _topic(numbers[0])
        sentences.append(f"{claim_zh}^[{mark}]。" if zh else f"{claim_en}^[{mark}]. ")
    return "".join(sentences).strip()


def _reference(n: int, shape: ReviewShape, rng: random.Random) -> str:
    authors = ", ".join(
        f"{rng.choice(_FAMILIES)} {rng.choice('ABCDEFGHJK')}" for _ in range(rng.randint(1, 3))
    )
    title = _topic(n)[0]
    if n == shape.hostile_title:
        title = HOSTILE_TITLE
    year = rng.randint(1998, 2025)
    tail = f", doi: 10.5555/syn.{year}.{n:05d}" if n % 3 == 0 else ""
    return (
        f"- [{n}] {authors}, et al. {title} [J]. *{rng.choice(_JOURNALS)}*, {year}, "
        f"{rng.randint(1, 140)}({rng.randint(1, 12)}): {rng.randint(100, 999)}-9{tail}."
    )


def sample_findings(build: Build) -> tuple[Finding, ...]:
    """One finding per place a report must show one: at a claim (its line and numbers), at a
    source only, and nowhere in particular; every severity, with evidence."""
    found: list[Finding] = []
    citations = build.citations.citations if build.citations else ()
    if citations:
        cit = citations[0]
        found.append(
            Finding(
                "citation.narrative-author",
                Severity.WARNING,
                f"{cit.marker} names an author who is not the first author",
                cit.numbers,
                cit.loc,
                (("claim", "PUENTE"), ("reference", "DE LA PUENTE")),
            )
        )
    refs = build.document.references
    if refs:
        last = refs[-1]
        found.append(
            Finding(
                "reference.incomplete",
                Severity.ERROR,
                "journal article without volume or pages",
                (last.number,) if last.number is not None else (),
                last.loc,
                (("missing", "volume, pages"),),
            )
        )
    found.append(Finding("check.note", Severity.INFO, "a document-wide note from a rule"))
    return tuple(found)


def spread_findings(build: Build, count: int) -> tuple[Finding, ...]:
    """`count` findings spread evenly over the citations (codes and severities rotating),
    so a benchmark measures a report with findings placed inline, not an empty one."""
    citations = build.citations.citations if build.citations else ()
    if not citations or count <= 0:
        return ()
    step = max(1, len(citations) // count)
    codes = ("citation.off-topic", "citation.narrative-author", "reference.incomplete")
    return tuple(
        Finding(
            codes[i % len(codes)],
            (Severity.INFO, Severity.WARNING, Severity.ERROR)[i % 3],
            f"synthetic finding {i + 1} at {cit.marker}",
            cit.numbers,
            cit.loc,
            (("claim", cit.claim.text[:20]),),
        )
        for i, cit in enumerate(citations[::step][:count])
    )


def sample_resolutions(build: Build) -> tuple[Resolution, ...]:
    """A resolution of each status for the first five references, so a report shows DOI
    and PubMed links, evidence, candidates and errors without any network."""
    statuses = (
        ResolutionStatus.RESOLVED,
        ResolutionStatus.AMBIGUOUS,
        ResolutionStatus.NOT_FOUND,
        ResolutionStatus.OFFLINE,
        ResolutionStatus.ERROR,
    )
    return tuple(
        _resolution(ref, status)
        for ref, status in zip(build.document.references, statuses, strict=False)
    )


def _resolution(ref: Reference, status: ResolutionStatus) -> Resolution:
    if status != ResolutionStatus.RESOLVED:
        candidates = (Record("crossref", doi=f"10.5555/cand.{ref.number}", title=ref.title),)
        reason = {"ambiguous": "two candidates verify"}.get(status.value, status.value)
        return Resolution(ref.key, ref.number, status, reason=reason, candidates=candidates)
    record = Record("pubmed", doi=f"10.5555/res.{ref.number}", pmid="12345678", title=ref.title)
    evidence = (("author", "exact"), ("title", "0.98"), ("year", "exact"))
    return Resolution(
        ref.key,
        ref.number,
        status,
        record.doi,
        record.pmid,
        0.97,
        "verified",
        evidence,
        record=record,
    )


def decorate(
    build: Build,
    findings: bool = True,
    resolutions: bool = True,
    title: tuple[int, str] | None = None,
) -> Build:
    """`build` with sample findings/resolutions added and optionally one reference retitled
    (e.g. with `HOSTILE_TITLE`), for report tests that must not depend on other stages."""
    doc = build.document
    if title is not None:
        number, text = title
        refs = tuple(replace(r, title=text) if r.number == number else r for r in doc.references)
        doc = replace(doc, references=refs)
    build = replace(build, document=doc)
    if resolutions:
        build = replace(
            build, resolutions=sample_resolutions(build), resolution_mode=ResolutionMode.ONLINE
        )
    if findings:
        build = replace(build, findings=build.findings + sample_findings(build))
    return build


def nowhere() -> SourceLoc:
    """A location that matches no line of any document (for findings placed nowhere)."""
    return SourceLoc("", 0)

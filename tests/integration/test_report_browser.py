"""The HTML report in a real headless browser: Debian's chromium driven by Selenium through
Debian's chromedriver. The test fails (never skips) when they are missing: `.ci/run`
installs them.

The page is the bundled review's report with sample findings and resolutions, and a
reference title of `<script>alert(1)</script>…`. The same helpers make the screenshot in
the docs:

    .venv/bin/python tests/integration/test_report_browser.py docs/report.png
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver import Chrome as WebDriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from mmrefs import pipeline
from mmrefs.model import Build
from mmrefs.report.html import render_report_html
from mmrefs.report.view import ReportView, report_view
from mmrefs.testing import HOSTILE_TITLE, decorate

ROOT = Path(__file__).resolve().parents[2]
REVIEW = ROOT / "refs" / "mm-biomaterials-review.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
VISIBLE = "return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent).length"


def review_build() -> Build:
    return pipeline.build(REVIEW.read_text(encoding="utf-8"), "refs/mm-biomaterials-review.txt")


def start_browser(width: int = 1280, height: int = 900) -> WebDriver:
    assert CHROMIUM.exists(), f"{CHROMIUM} missing: apt-get install chromium (see .ci/run)"
    assert CHROMEDRIVER.exists(), f"{CHROMEDRIVER} missing: apt-get install chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    return driver


def open_report(driver: WebDriver, path: Path) -> None:
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "f-shown").text)


@pytest.fixture(scope="module")
def build() -> Build:
    """Only the sample findings (the check rules' own would move the filter counts)."""
    return decorate(replace(review_build(), findings=()), title=(3, HOSTILE_TITLE))


@pytest.fixture(scope="module")
def view(build: Build) -> ReportView:
    """What the page must show, counted in Python (the parser's counts may change)."""
    return report_view(build)


@pytest.fixture(scope="module")
def report(build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report_html(build), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(report: Path) -> Iterator[WebDriver]:
    driver = start_browser()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: WebDriver, report: Path) -> WebDriver:
    """The report freshly loaded (filters reset), with the console log drained."""
    open_report(browser, report)
    return browser


def choose(driver: WebDriver, control: str, value: str) -> None:
    Select(driver.find_element(By.ID, control)).select_by_value(value)


def test_loads_without_console_errors_or_alerts(page: WebDriver, view: ReportView) -> None:
    log = page.get_log("browser")  # type: ignore[no-untyped-call]
    severe = [e for e in log if e["level"] == "SEVERE"]
    assert severe == []
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    claims, sources = view.claim_count, len(view.sources)
    assert page.execute_script(VISIBLE, "article.claim") == claims
    shown = page.find_element(By.ID, "f-shown").text
    assert shown == f"{claims} of {claims} claims, {sources} of {sources} sources"


def test_hostile_title_shows_as_text(page: WebDriver) -> None:
    heading = page.find_element(By.CSS_SELECTOR, "#ref-3 h3").text
    assert HOSTILE_TITLE in heading
    assert page.execute_script("return document.scripts.length") == 1


def test_filters_hide_what_they_should(page: WebDriver, view: ReportView) -> None:
    choose(page, "f-severity", "warning")  # the sample narrative-author finding, at [1], [2]
    assert page.execute_script(VISIBLE, "article.claim") == 1
    assert page.execute_script(VISIBLE, "article.source") == 2
    assert page.find_element(By.ID, "claim-1").is_displayed()
    choose(page, "f-severity", "")
    choose(page, "f-code", "reference.incomplete")  # at the last source only
    assert page.execute_script(VISIBLE, "article.claim") == 0
    assert page.execute_script(VISIBLE, "article.source") == 1
    assert page.execute_script(VISIBLE, "section.claims-section") == 0
    page.find_element(By.ID, "f-reset").click()
    section = view.sections[1]
    choose(page, "f-section", section.name)
    assert page.execute_script(VISIBLE, "article.claim") == len(section.claims)
    assert page.execute_script(VISIBLE, "section.claims-section") == 1


def test_search_box(page: WebDriver) -> None:
    page.find_element(By.ID, "f-search").send_keys("alert(1)")
    WebDriverWait(page, 5).until(lambda d: d.execute_script(VISIBLE, "article.source") == 1)
    assert page.find_element(By.ID, "ref-3").is_displayed()


def test_clicking_a_mark_lands_on_its_source(page: WebDriver) -> None:
    page.find_element(By.CSS_SELECTOR, '#claim-1 a.mark[href="#ref-1"]').click()
    WebDriverWait(page, 5).until(lambda d: d.current_url.endswith("#ref-1"))
    assert page.execute_script("return document.querySelector(':target').id") == "ref-1"
    assert _in_view(page, "ref-1")


def test_a_link_reveals_a_filtered_out_claim(page: WebDriver, view: ReportView) -> None:
    choose(page, "f-code", "reference.incomplete")  # only the last source stays
    link = page.find_element(By.CSS_SELECTOR, f"#{view.sources[-1].anchor} .cited-by a")
    target = (link.get_attribute("href") or "").split("#")[1]
    assert not page.find_element(By.ID, target).is_displayed()
    link.click()
    WebDriverWait(page, 5).until(lambda d: d.find_element(By.ID, target).is_displayed())
    assert _in_view(page, target)


def test_screenshot(page: WebDriver, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    assert page.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000


def _in_view(driver: WebDriver, element_id: str) -> bool:
    time.sleep(0.1)  # let the scroll settle
    box = driver.execute_script(
        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return [r.top, window.innerHeight];",
        element_id,
    )
    return bool(0 <= box[0] < box[1])


def save_docs_screenshot(target: Path) -> None:
    """The bundled review's report (as `mmrefs build` makes it) at 1280x900."""
    html = target.with_suffix(".html")
    html.write_text(render_report_html(review_build()), encoding="utf-8")
    driver = start_browser(1280, 900)
    try:
        open_report(driver, html)
        driver.save_screenshot(str(target))
    finally:
        driver.quit()
        html.unlink()


if __name__ == "__main__":
    save_docs_screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png"))

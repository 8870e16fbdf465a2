"""The review form in a real browser on a phone-sized screen: Debian's chromium, headless,
driven by selenium through Debian's chromedriver (paths given explicitly: nothing is
downloaded). A professional fills in a review in Dutch and one in English, with the SUS
block, gets a refusal for a missing answer, keeps every answer, and gives consent.

Screenshots are saved in ``LENDINGDESK_SHOTS`` (default: the test's temporary folder).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from lendingdesk.services.review_links import ReviewLinkService
from lendingdesk.store.models import Review
from lendingdesk.web.server import ReviewWebServer, ServerOptions
from tests.reviews.factories import SUS_EXAMPLE

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE = (390, 844)  # CSS pixels of a common phone


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}: .ci/run must install chromium and chromium-driver")
    pytest.skip(f"{reason} (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        _unavailable("Debian's chromium or chromedriver is not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--no-first-run", "--disable-extensions",
        f"--window-size={PHONE[0]},{PHONE[1]}", "--lang=nl-NL",
    ):  # fmt: skip
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True},
    )
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LENDINGDESK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def site(desk) -> Iterator[tuple[ReviewWebServer, ReviewLinkService]]:
    links = ReviewLinkService(desk.db, lambda: desk.ctx, base_url="http://phone.test")
    server = ReviewWebServer(links, ServerOptions(host="127.0.0.1", port=0)).start()
    yield server, links
    server.stop()


def full_page(driver, path: Path) -> Path:
    """The whole page as the phone would scroll through it."""
    data = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"captureBeyondViewport": True, "fromSurface": True}
    )
    path.write_bytes(base64.b64decode(data["data"]))
    return path


def choose(driver, key: str, value: object) -> None:
    """Tap the answer's label, as a finger would (the label is the large target)."""
    from selenium.webdriver.common.by import By

    radio = driver.find_element(By.CSS_SELECTOR, f'input[name="q-{key}"][value="{value}"]')
    label = radio.find_element(By.XPATH, "./ancestor::label")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    label.click()
    assert radio.is_selected()


def type_into(driver, element_id: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    field.clear()
    field.send_keys(text)


def fill_review(driver, *, skip_overall: bool = False) -> None:
    from selenium.webdriver.common.by import By

    choose(driver, "setting", "verpleeghuis")
    choose(driver, "client_group", "dementie")
    type_into(driver, "q-duration_weeks", "6")
    choose(driver, "frequency", "meerdere_keren_per_week")
    if not skip_overall:
        choose(driver, "overall", 4)
    for key, value in (("ease_of_use", 4), ("usefulness_client", 5),
                       ("usefulness_professional", 3)):  # fmt: skip
        choose(driver, key, value)
    choose(driver, "effect_workload", 0)
    choose(driver, "effect_work_pleasure", 1)
    for key in ("ph_bodily_functions", "ph_mental_wellbeing", "ph_meaningfulness",
                "ph_quality_of_life", "ph_participation"):  # fmt: skip
        choose(driver, key, 1)
    choose(driver, "ph_daily_functioning", "na")
    choose(driver, "recommend", 8)
    type_into(driver, "q-pros", "Rust aan tafel, bewoners doen mee.")
    summary = driver.find_element(By.CSS_SELECTOR, "details.optional summary")
    details = summary.find_element(By.XPATH, "..")
    if details.get_attribute("open") is None:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
        summary.click()
    for number, value in enumerate(SUS_EXAMPLE, 1):
        choose(driver, f"sus_{number}", value)


def send(driver) -> None:
    """Tap the send button and wait for the next page."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    # The old page is marked in its own window object; the next page has a fresh one. (Waiting
    # for the old <html> element to go stale is racy: while the page changes, chromedriver may
    # answer "node does not belong to the document" instead of "stale".)
    driver.execute_script("window.lendingdeskOldPage = true")
    button = driver.find_element(By.CSS_SELECTOR, "button.send")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()

    def next_page_loaded(d) -> bool:
        return bool(
            d.execute_script(
                "return !window.lendingdeskOldPage && document.readyState === 'complete'"
            )
        )

    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


def stored(desk) -> list[Review]:
    with desk.db.session() as session:
        return list(session.scalars(select(Review).order_by(Review.id)))


def test_dutch_review_with_sus_a_refusal_and_consent(desk, site, browser, shots):
    from selenium.webdriver.common.by import By

    driver = browser
    server, links = site
    link = links.issue_link(desk.loan())
    driver.delete_all_cookies()
    driver.get(server.url + f"/r/{link.token}")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Uw review"
    assert "Tovertafel Original" in driver.find_element(By.CSS_SELECTOR, "dl.loan").text
    # Nothing wider than the phone: no sideways scrolling.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]
    driver.save_screenshot(str(shots / "phone-nl-top.png"))
    fill_review(driver, skip_overall=True)
    type_into(driver, "_name", "Sanne de Vries")
    consent = driver.find_element(By.ID, "_consent")
    consent.find_element(By.XPATH, "./ancestor::label").click()
    assert consent.is_selected()
    send(driver)
    # Refused: one missing answer, named at the top with a link; everything else kept.
    problems = driver.find_element(By.ID, "problems")
    assert "De review is nog niet verstuurd" in problems.text
    assert "Wat is uw algemene oordeel" in problems.text and "ontbreekt" in problems.text
    assert driver.find_element(By.CSS_SELECTOR, 'input[name="q-sus_3"][value="5"]').is_selected()
    assert driver.find_element(By.ID, "_name").get_attribute("value") == "Sanne de Vries"
    assert driver.find_element(By.ID, "_consent").is_selected()
    assert driver.find_element(By.ID, "q-pros").get_attribute("value").startswith("Rust aan")
    driver.save_screenshot(str(shots / "phone-nl-refused.png"))
    problems.find_element(By.CSS_SELECTOR, "a").click()
    assert driver.current_url.endswith("#q-overall")
    choose(driver, "overall", 4)
    full_page(driver, shots / "phone-nl-full.png")
    send(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Dank u wel!"
    driver.save_screenshot(str(shots / "phone-nl-thanks.png"))
    (review,) = stored(desk)
    assert review.moderation == "pending" and review.scores["sus"] == 85.0
    assert review.reviewer_name == "Sanne de Vries" and review.publish_name
    assert review.answers["ph_daily_functioning"] == "na"
    driver.back()  # the phone's back button, then sending again: the link is spent
    driver.refresh()
    assert "al gegeven" in driver.find_element(By.TAG_NAME, "main").text


def test_english_review_by_the_language_switch_without_consent(desk, site, browser, shots):
    from selenium.webdriver.common.by import By

    driver = browser
    server, links = site
    link = links.issue_link(desk.loan(tag=desk.tags[1], badge=1))
    driver.delete_all_cookies()
    driver.get(server.url + f"/r/{link.token}")
    switch = driver.find_element(By.CSS_SELECTOR, "a.lang")
    assert switch.text == "English"
    switch.click()
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Your review"
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "How likely are you to recommend this product to a colleague?" in body
    assert "I thought the system was easy to use." in driver.page_source
    fill_review(driver)
    type_into(driver, "_discipline", "Physiotherapist")
    full_page(driver, shots / "phone-en-full.png")
    send(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Thank you!"
    (review,) = stored(desk)
    assert not review.publish_name and review.reviewer_name is None
    assert review.reviewer_discipline == "Physiotherapist" and review.scores["sus"] == 85.0
    driver.save_screenshot(str(shots / "phone-en-thanks.png"))

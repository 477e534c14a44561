#!/usr/bin/python3
"""`ctoladder site` in a real browser: headless Chromium driven by Selenium (Debian's chromium,
chromium-driver and python3-selenium).

Builds the site of the built-in library and of a hostile role folder, then checks what a reader
meets: every page loads from file:// with no console error and no request outside the site;
compare, search, the language switch and the self-assessment work by clicking, and compare and
gap give the CLI's JSON; hostile role text shows as text and runs nothing; every page parses as
HTML without errors. Screenshots go to OUT/screenshots/.

usage: site_test.py CTOLADDER OUT_DIR
"""
import atexit
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import html5lib
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
# Tens of times the measured cost (0.03-0.05 s Release, ~0.5 s under ASan): only a blow-up fails.
BUILD_BLOW_UP_SECONDS = 30
# Waits for the browser are guards too: they return as soon as the page is ready.
WAIT_SECONDS = 60
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, flush=True)


def run(binary, *args, env_extra=None):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("CTOLADDER_ROLES", None)
    env.update(env_extra or {})
    return subprocess.run([binary, "--no-cache", *args], capture_output=True, text=True, env=env)


def build(binary, out, *extra):
    if os.path.exists(out):
        shutil.rmtree(out)
    started = time.monotonic()
    result = run(binary, *extra, "site", out)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"ctoladder site failed ({result.returncode}): {result.stderr}")
    return seconds, result.stdout


def browser(download_dir):
    options = webdriver.ChromeOptions()
    profile = tempfile.mkdtemp(prefix="ctl-chrome-")
    atexit.register(shutil.rmtree, profile, True)  # Chromium's profile, gone with the test
    # As root Chromium needs --no-sandbox; the rest keeps it from reaching the network on its own.
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--disable-extensions",
                 "--window-size=1200,900", f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") \
        if hasattr(webdriver, "ChromeService") else webdriver.chrome.service.Service("/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": download_dir})
    return driver


def drain_logs(driver):
    """Console messages at warning or worse, and every URL the page asked for."""
    console = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return console, urls


def alert_fired(driver):
    try:
        driver.switch_to.alert.dismiss()
        return True
    except NoAlertPresentException:
        return False


def load(driver, path):
    driver.get("file://" + path)
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.execute_script("return document.readyState") == "complete")


def search_for(driver, query):
    """Types a query on the search page and waits for its results: the page draws them on the
    hashchange the form causes, after the click returns."""
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    box.send_keys(query)
    driver.find_element(By.ID, "search-go").click()
    WebDriverWait(driver, WAIT_SECONDS).until(
        lambda d: query in d.find_element(By.ID, "search-status").text)


def check_pages(driver, site, label, pattern="*.html"):
    """Every page: no console error, nothing fetched from outside the site, no alert."""
    pages = sorted(glob.glob(os.path.join(site, pattern)))
    check(len(pages) > 10, f"{label}: only {len(pages)} pages")
    drain_logs(driver)
    for page in pages:
        load(driver, page)
        console, urls = drain_logs(driver)
        check(not console, f"{label}: console messages on {os.path.basename(page)}: {console}")
        outside = [u for u in urls if not u.startswith("file://" + site + "/")]
        check(not outside, f"{label}: requests outside the site from {os.path.basename(page)}: {outside}")
        check(not alert_fired(driver), f"{label}: an alert fired on {os.path.basename(page)}")
        check(driver.execute_script("return window.pwned === undefined"),
              f"{label}: role text ran as script on {os.path.basename(page)}")
    return pages


def check_html(pages, label):
    """Every page parses as HTML without errors, and no href or src is javascript:."""
    parser = html5lib.HTMLParser(strict=True)
    for page in pages:
        data = open(page, "rb").read()
        try:
            parser.parse(data)
        except Exception as error:  # html5lib raises ParseError at the first error
            check(False, f"{label}: {os.path.basename(page)} is not valid HTML: {error}")
        text = data.decode("utf-8")
        check(not re.search(r'(href|src|action)\s*=\s*"\s*javascript:', text, re.I),
              f"{label}: a javascript: URL in {os.path.basename(page)}")
        # HTML Tidy knows HTML5 (xmllint --html is an HTML 4 parser: it calls <main> an error).
        # Tidy 5.6 predates ARIA 1.1's aria-current; that one warning is its mistake.
        # It does not know SVG 2 either: the attributes of the index's inline ladder picture
        # (an <a>'s href, class and aria-label; a <title>'s id) are "proprietary" to it. Only
        # those lines are forgiven; html5lib above parses the SVG in full.
        lines = text.split("\n")
        in_svg, depth = set(), False
        for number, line in enumerate(lines, 1):
            if line.startswith("<svg "):
                depth = True
            if depth:
                in_svg.add(number)
            if line.startswith("</svg>"):
                depth = False
        tidy = subprocess.run(["tidy", "-q", "-e", page], capture_output=True, text=True)

        def forgiven(line):
            if 'proprietary attribute "aria-current"' in line:
                return True
            at = re.match(r"line (\d+) column \d+ - Warning: <\w+> proprietary attribute", line)
            return bool(at) and int(at.group(1)) in in_svg
        problems = [line for line in tidy.stderr.splitlines() if line.strip() and not forgiven(line)]
        check(tidy.returncode < 2 and not problems,
              f"{label}: tidy finds problems in {os.path.basename(page)}: {problems}")


def download_have(driver, downloads, label):
    """Clicks the page's download button; returns the have-file's path once it is on disk."""
    for f in glob.glob(os.path.join(downloads, "*")):
        os.remove(f)
    driver.find_element(By.ID, "assess-download").click()
    have = os.path.join(downloads, "ctoladder-have.yaml")
    for _ in range(WAIT_SECONDS * 10):
        if os.path.exists(have):
            break
        time.sleep(0.1)
    check(os.path.exists(have), f"{label}: the have-file was not downloaded")
    return have


def test_builtin(binary, out, driver, downloads):
    site = os.path.join(out, "site")
    seconds, report = build(binary, site)
    print(f"built-in site: {report.strip()} (measured {seconds:.3f} s)")
    # A blow-up guard, not the speed target (well under a second, measured by bench/site.sh): a
    # sanitizer build on a busy shared machine takes 1-2 s, a loop that never ends takes forever.
    check(seconds < BUILD_BLOW_UP_SECONDS, f"building the site took {seconds:.2f} s")
    # Reproducible: a second build is byte-identical.
    again = os.path.join(out, "site-again")
    build(binary, again)
    diff = subprocess.run(["diff", "-r", "-q", site, again], capture_output=True, text=True)
    check(diff.returncode == 0, f"two builds differ: {diff.stdout}")

    phase = time.monotonic()
    pages = check_pages(driver, site, "built-in")
    print(f"  {len(pages)} pages loaded: {time.monotonic() - phase:.1f} s", flush=True)
    phase = time.monotonic()
    check_html(pages, "built-in")
    print(f"  HTML checked: {time.monotonic() - phase:.1f} s", flush=True)
    shots = os.path.join(out, "screenshots")
    os.makedirs(shots, exist_ok=True)

    # Index: the ladder picture is drawn, and each role's box is a link to its page, reached
    # by keyboard, visibly focused, opened with Enter, from file://.
    load(driver, os.path.join(site, "index.en.html"))
    check(driver.execute_script("var s = document.querySelector('figure.ladder svg'); return !!s && s.getBBox().width > 500"),
          "the ladder picture is not drawn")
    driver.save_screenshot(os.path.join(shots, "index.png"))
    test_ladder_links(binary, driver, site, shots)

    # Compare by clicking, and the JSON of compare for a sample of pairs both ways, against the CLI.
    load(driver, os.path.join(site, "compare.en.html"))
    Select(driver.find_element(By.ID, "compare-a")).select_by_value("architect")
    Select(driver.find_element(By.ID, "compare-b")).select_by_value("cto@startup")
    driver.find_element(By.ID, "compare-go").click()
    result = driver.find_element(By.ID, "compare-result").text
    cli_text = run(binary, "compare", "architect", "cto@startup").stdout
    summary = [line for line in cli_text.splitlines() if line.startswith("architect vs cto@startup:")]
    check(summary and summary[0] in result.replace("\n", " "),
          f"compare page summary differs from the CLI's: {summary}")
    check("Technical strategy & vision" in result, "compare page lacks the domain headings")
    # Its field labels are the role pages' ("Rank", not the id "rank"), in both languages.
    row_labels = "return Array.prototype.map.call(document.querySelectorAll(arguments[0]), function (e) { return e.textContent; })"
    compared = driver.execute_script(row_labels, "#compare-result table.fields tbody th")
    check(compared[:2] == ["Name", "Rank"] and "Hands-on coding" in compared and "Summary" in compared,
          f"compare page field labels: {compared}")
    load(driver, os.path.join(site, "role-cto.en.html"))
    facts = driver.execute_script(row_labels, "dl.facts dt")
    check({"Rank", "Track", "Scope"} <= set(facts) & set(compared),
          f"role page labels {facts} differ from compare's: {compared}")
    load(driver, os.path.join(site, "compare.zh.html"))
    Select(driver.find_element(By.ID, "compare-a")).select_by_value("architect")
    Select(driver.find_element(By.ID, "compare-b")).select_by_value("cto")
    driver.find_element(By.ID, "compare-go").click()
    compared_zh = driver.execute_script(row_labels, "#compare-result table.fields tbody th")
    load(driver, os.path.join(site, "role-cto.zh.html"))
    facts_zh = driver.execute_script(row_labels, "dl.facts dt")
    check(compared_zh[:2] == ["名称", "级别"] and {"级别", "路线", "范围"} <= set(facts_zh) & set(compared_zh),
          f"zh compare labels {compared_zh}, role page {facts_zh}")
    load(driver, os.path.join(site, "compare.en.html"))
    Select(driver.find_element(By.ID, "compare-a")).select_by_value("architect")
    Select(driver.find_element(By.ID, "compare-b")).select_by_value("cto@startup")
    driver.find_element(By.ID, "compare-go").click()
    driver.save_screenshot(os.path.join(shots, "compare.png"))
    refs = driver.execute_script("return CTOLADDER_DATA.roles.map(function (r) { return r.ref; })")
    bases = [r for r in refs if "@" not in r]
    pairs = [(a, b) for a in bases for b in bases if a != b][::5]
    pairs += [("cto@startup", "cto@enterprise"), ("cto@china", "cto@us"), ("cto@startup,china", "cto"),
              ("tech-director", "cto@enterprise,us"), ("cto", "cto")]
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            cli = json.loads(run(binary, "compare", x, y, "--format", "json").stdout)
            page = driver.execute_script("return ctoladder.compare(arguments[0], arguments[1])", x, y)
            check(cli == page, f"compare {x} {y}: the page's JSON differs from the CLI's")
    print(f"compare: {2 * len(pairs)} pairs match the CLI")

    # Search in both languages.
    load(driver, os.path.join(site, "search.en.html"))
    search_for(driver, "代码")
    # One item per distinct duty, with its roles, as the CLI's text shows them.
    hits = driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    cli_hits = json.loads(run(binary, "search", "代码", "--format", "json").stdout)["distinct"]
    check(len(hits) == cli_hits, f"search 代码: {len(hits)} hits on the page, {cli_hits} from the CLI")
    search_for(driver, "Code Review")
    status = driver.find_element(By.ID, "search-status").text
    cli_hits = json.loads(run(binary, "search", "Code Review", "--format", "json").stdout)["count"]
    check(status.startswith(f"{cli_hits} match"), f"search 'Code Review': status '{status}', CLI {cli_hits}")
    link = driver.find_element(By.CSS_SELECTOR, "#search-results li a")
    link.click()
    check("role-" in driver.current_url, f"a search hit leads to {driver.current_url}")
    driver.save_screenshot(os.path.join(shots, "search-hit.png"))

    # Self-assessment: tick, see coverage, download the have-file, and the CLI reads it alike.
    load(driver, os.path.join(site, "role-tech-manager.en.html"))
    boxes = driver.find_elements(By.CSS_SELECTOR, "input.hold")
    check(len(boxes) == 14, f"tech-manager page has {len(boxes)} tick boxes, not 14")
    for box in boxes[:3]:
        box.click()
    total = driver.find_element(By.CSS_SELECTOR, "#assess-result .gap-total").text
    check(total == "3 of 14 held (21%)", f"coverage after three ticks reads '{total}'")
    have = download_have(driver, downloads, "built-in")
    if os.path.exists(have):
        usage = [line for line in open(have, encoding="utf-8") if line.startswith("# Use it with:")]
        check(usage == ["# Use it with: ctoladder gap tech-manager --have ctoladder-have.yaml\n"],
              f"the have-file's usage comment: {usage}")
        cli = run(binary, "gap", "tech-manager", "--have", have, "--format", "json")
        check(cli.returncode == 0 and cli.stderr == "", f"gap --have the downloaded file: {cli.stderr}")
        held = driver.execute_script("return JSON.parse(localStorage.getItem(window.CTOLADDER_STORE + 'holds'))")
        page = driver.execute_script("return ctoladder.gap('tech-manager', arguments[0])", held)
        check(json.loads(cli.stdout) == page, "gap: the page's JSON differs from the CLI's")
        # Against another target too, so held ids the target does not need ("extra") count.
        cli = json.loads(run(binary, "gap", "cto@startup", "--have", have, "--format", "json").stdout)
        page = driver.execute_script("return ctoladder.gap('cto@startup', arguments[0])", held)
        check(cli == page, "gap cto@startup: the page's JSON differs from the CLI's")
    driver.execute_script("document.getElementById('assess').scrollIntoView()")
    driver.save_screenshot(os.path.join(shots, "self-assessment.png"))
    load(driver, os.path.join(site, "role-cto.en.html"))
    driver.save_screenshot(os.path.join(shots, "role.png"))

    # A role's guidance and each next step's basis, as a reader sees them: every piece of advice
    # with its source, an inferred step said to be one in words, in both languages.
    cli_guidance = json.loads(run(binary, "describe", "cto", "--format", "json").stdout)["guidance"]
    items = driver.find_elements(By.CSS_SELECTOR, "#guidance li.advice")
    check(len(items) == len(cli_guidance) > 0 and all(i.is_displayed() for i in items),
          f"role-cto: {len(items)} pieces of guidance shown, describe has {len(cli_guidance)}")
    check(items and items[0].find_element(By.CSS_SELECTOR, ".text").text == cli_guidance[0]["text"]["en"]
          and items[0].find_element(By.CSS_SELECTOR, ".source").text.startswith("Source: Article A, \u201cHow to become a CTO: what the role does\u201d § "),
          "role-cto: the first piece of guidance or its source differs from describe's")
    load(driver, os.path.join(site, "role-tech-director.en.html"))
    steps = {li.get_attribute("data-to"): li for li in driver.find_elements(By.CSS_SELECTOR, "#next-steps li.step")}
    check(set(steps) == {"cto", "head-of-engineering"}, f"tech-director's next steps shown: {sorted(steps)}")
    if "cto" in steps and "head-of-engineering" in steps:
        cto, head = steps["cto"].text, steps["head-of-engineering"].text
        check("sourced" in cto and "Source: Article B, \u201cCTO, tech director and tech manager: how they differ\u201d § CTO" in cto,
              f"tech-director → cto is not shown as sourced: {cto!r}")
        check("the project's inference" in head and "Source:" not in head,
              f"tech-director → head-of-engineering is not shown as inferred: {head!r}")
        style = driver.execute_script("return getComputedStyle(arguments[0]).borderLeftStyle", steps["head-of-engineering"])
        check(style == "dashed", f"an inferred step's border is {style}, not dashed like its arrow")
    driver.execute_script("document.getElementById('next-steps').scrollIntoView()")
    driver.save_screenshot(os.path.join(shots, "role-next-steps.png"))
    # A step's own advice (the tech manager's step to director: a team past about 20 people).
    load(driver, os.path.join(site, "role-tech-manager.en.html"))
    manager_steps = driver.find_elements(By.CSS_SELECTOR, "#next-steps li.step[data-to='tech-director']")
    check(manager_steps and manager_steps[0].find_elements(By.CSS_SELECTOR, "li.advice") and
          "20" in manager_steps[0].text,
          "tech-manager → tech-director is not shown with its advice")
    load(driver, os.path.join(site, "role-tech-director.zh.html"))
    zh = driver.find_element(By.ID, "next-steps").text
    check("下一步" in zh and "有出处" in zh and "本项目的推断" in zh and "出处：" in zh,
          f"the Chinese next steps lack their bases: {zh[:200]!r}")
    load(driver, os.path.join(site, "role-cto.zh.html"))
    zh = driver.find_element(By.ID, "guidance").text
    check(zh.startswith(f"建议（{len(cli_guidance)}）") and cli_guidance[0]["text"]["zh"] in zh,
          f"the Chinese guidance: {zh[:120]!r}")

    # Overlays on two axes together have pages of their own, linked from the role's pages.
    # Those the CLI resolves: the data declares enterprise with china, and startup with us, conflicts
    # (issue 12).
    pairs = [(v, p) for v in ("startup", "enterprise") for p in ("us", "china")]
    resolves = {pair: run(binary, "describe", f"cto@{pair[0]},{pair[1]}").returncode == 0 for pair in pairs}
    combos = [f"{v}.{p}" for (v, p), ok in resolves.items() if ok]
    check(len(combos) >= 2, f"the CLI resolves only {combos}")
    for (v, p), ok in resolves.items():
        check(os.path.exists(os.path.join(site, f"role-cto.{v}.{p}.en.html")) == ok,
              f"cto@{v},{p}: the CLI {'resolves' if ok else 'refuses'} it, the site {'has no' if ok else 'has a'} page")
    for lang in ("en", "zh"):
        load(driver, os.path.join(site, f"role-cto.startup.{lang}.html"))
        linked = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('ul.combinations a'), function (a) { return a.getAttribute('href'); })")
        check(sorted(linked) == sorted(f"role-cto.{c}.{lang}.html" for c in combos),
              f"{lang}: cto@startup's page links the combinations {linked}")
    load(driver, os.path.join(site, "role-cto.en.html"))
    driver.find_element(By.CSS_SELECTOR, "ul.combinations a[href='role-cto.enterprise.us.en.html']").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("role-cto.enterprise.us.en.html"))
    described = json.loads(run(binary, "describe", "cto@enterprise,us", "--format", "json").stdout)
    check(len(driver.find_elements(By.CSS_SELECTOR, "input.hold")) == len(described["responsibilities"]),
          "cto@enterprise,us: the page's duties are not describe's")
    notes = [n.text for n in driver.find_elements(By.CSS_SELECTOR, "p.overlay-note")]
    check(len(notes) == 3 and notes[2].startswith("@enterprise + @us:") and "the project's inference" in notes[2],
          f"cto@enterprise,us: the overlay notes {notes}")
    check(driver.find_element(By.CSS_SELECTOR, "ul.combinations strong").text == "cto@enterprise,us",
          "cto@enterprise,us: its own entry is not marked as this page")
    driver.save_screenshot(os.path.join(shots, "role-combined.png"))

    # The language switch, remembered across pages.
    load(driver, os.path.join(site, "index.en.html"))
    driver.find_element(By.CSS_SELECTOR, "a[data-lang-switch]").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("index.zh.html"))
    check(driver.find_element(By.TAG_NAME, "h1").text == "软件工程职业阶梯", "the switch did not lead to Chinese")
    # The choice applies to the language-neutral entry, index.html; a page named with its
    # language (a link someone sent) shows in that language (issue 16's trial, item 6).
    load(driver, os.path.join(site, "index.html"))
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("index.zh.html"))
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans",
          "the language choice is not remembered on index.html")
    load(driver, os.path.join(site, "role-architect.en.html"))
    time.sleep(0.5)  # a redirect would have happened in <head>, before the page loaded
    check(driver.current_url.endswith("/role-architect.en.html") and
          driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
          f"an explicit English link landed on {driver.current_url}")
    load(driver, os.path.join(site, "role-architect.zh.html"))
    driver.save_screenshot(os.path.join(shots, "role-zh.png"))
    driver.find_element(By.CSS_SELECTOR, "a[data-lang-switch]").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("role-architect.en.html"))
    console, _ = drain_logs(driver)
    check(not console, f"console messages while switching language: {console}")

    # Two sites from file:// share an origin, so one localStorage: each keeps its own language
    # and ticks. Chinese chosen on the first does not send the second (a copy) to Chinese, and
    # the first's ticks do not show on the second.
    load(driver, os.path.join(site, "index.en.html"))
    driver.find_element(By.CSS_SELECTOR, "a[data-lang-switch]").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("index.zh.html"))
    load(driver, os.path.join(again, "index.html"))
    time.sleep(0.5)  # a redirect would have happened in <head>, before the page loaded
    check(driver.current_url.endswith("site-again/index.html"),
          f"the first site's language choice moved the second to {driver.current_url}")
    load(driver, os.path.join(again, "role-tech-manager.en.html"))
    ticked = driver.execute_script("return document.querySelectorAll('input.hold:checked').length")
    check(ticked == 0, f"the first site's ticks show on the second: {ticked} ticked")
    keys = driver.execute_script("var k = []; for (var i = 0; i < localStorage.length; i++) k.push(localStorage.key(i)); return k.sort()")
    check(keys == [f"ctoladder:{site}/:holds", f"ctoladder:{site}/:lang"],
          f"localStorage keys: {keys}")
    load(driver, os.path.join(site, "index.zh.html"))
    driver.find_element(By.CSS_SELECTOR, "a[data-lang-switch]").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("index.en.html"))


def test_ladder_links(binary, driver, site, shots):
    cli = json.loads(run(binary, "list", "--format", "json").stdout)
    ids = sorted(r["id"] for r in cli["roles"])
    for lang in ("en", "zh"):
        load(driver, os.path.join(site, f"index.{lang}.html"))
        links = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('figure.ladder svg a.role'),"
            " function (a) { return [a.getAttribute('href'), a.getAttribute('aria-label')]; })")
        check(sorted(h for h, _ in links) == sorted(f"role-{i}.{lang}.html" for i in ids),
              f"{lang}: the ladder's links {sorted(h for h, _ in links)} are not one per role {ids}")
        check(all(os.path.exists(os.path.join(site, h)) for h, _ in links), f"{lang}: a ladder link leads nowhere")
        names = dict(links)
        inferred = "the project's inference" if lang == "en" else "本项目的推断"
        hoe = names.get(f"role-head-of-engineering.{lang}.html", "")
        check(("Head of engineering (head-of-engineering), rank 5 (the project's inference)" if lang == "en"
               else "工程主管（head-of-engineering），级别 5（本项目的推断）") == hoe,
              f"{lang}: the head of engineering's box is named {hoe!r}")
        check(inferred not in names.get(f"role-cto.{lang}.html", inferred), f"{lang}: cto's rank named inferred")
        # Issue 12: the picture marks the inferred ranks on their boxes and says what * means.
        texts = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('figure.ladder svg text'), function (t) { return t.textContent; })")
        starred = [t for t in texts if t.endswith("5*")]
        check(len(starred) == 2 and all(t.startswith(("chief-architect", "head-of-engineering")) for t in starred),
              f"{lang}: the boxes marked 5*: {starred}")
        check(any(t.startswith("* ") and inferred in t for t in texts), f"{lang}: no note on what * means")
    # By keyboard: Tab from the top of the page reaches the boxes, each visibly focused.
    load(driver, os.path.join(site, "index.en.html"))
    focused = None
    for _ in range(40):
        webdriver.ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script(
            "var a = document.activeElement; return a && a.matches('figure.ladder a.role') ? a.getAttribute('href') : null")
        if focused:
            break
    check(focused is not None, "Tab never reaches a box of the ladder picture")
    if focused:
        width = driver.execute_script(
            "return getComputedStyle(document.activeElement.querySelector('rect')).strokeWidth")
        check(width == "4px", f"a focused box's border is {width}, not the 4px focus mark")
        driver.save_screenshot(os.path.join(shots, "index-focus.png"))
        webdriver.ActionChains(driver).send_keys(Keys.ENTER).perform()
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("/" + focused))
        check(driver.current_url == "file://" + os.path.join(site, focused), f"Enter on a box led to {driver.current_url}")
    # By mouse: a click on the CTO's box opens the CTO's page.
    load(driver, os.path.join(site, "index.en.html"))
    driver.find_element(By.CSS_SELECTOR, "figure.ladder a.role[href='role-cto.en.html']").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.current_url.endswith("role-cto.en.html"))
    console, urls = drain_logs(driver)
    check(not console, f"console messages while following the ladder's links: {console}")


def test_media(driver, site, shots):
    """A phone, dark mode and print: looked at through screenshots, checked where it can be."""
    page = os.path.join(site, "role-tech-manager.en.html")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    for name in ("role-tech-manager.en.html", "compare.en.html", "index.en.html"):
        load(driver, os.path.join(site, name))
        wide = driver.execute_script("return document.documentElement.scrollWidth")
        check(wide <= 390, f"{name} is {wide} px wide on a 390 px phone screen")
    load(driver, page)
    driver.save_screenshot(os.path.join(shots, "phone-role.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    load(driver, page)
    background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    check(background == "rgb(21, 24, 28)", f"dark mode background is {background}")
    driver.save_screenshot(os.path.join(shots, "dark-role.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    load(driver, page)
    hidden = driver.execute_script(
        "return ['header.top nav', '#assess', 'footer'].every(function (s) {"
        "  return getComputedStyle(document.querySelector(s)).display === 'none'; })"
        " && getComputedStyle(document.querySelector('input.hold')).display === 'none'")
    check(hidden, "print: navigation, self-assessment, footer or tick boxes still shown")
    # The printed job description says whose it is: the site's (the company's) name on top.
    brand = driver.find_element(By.CSS_SELECTOR, "header.top .brand")
    check(brand.is_displayed() and brand.text == "The software-engineering career ladder",
          f"print: the header's site name is {'shown as ' + repr(brand.text) if brand.is_displayed() else 'hidden'}")
    driver.save_screenshot(os.path.join(shots, "print-role.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                      "preferCSSPageSize": True})
    import base64
    data = base64.b64decode(pdf["data"])
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    open(os.path.join(shots, "role-tech-manager-A4.pdf"), "wb").write(data)
    check(1 <= pages <= 3, f"tech-manager prints on {pages} A4 pages")
    drain_logs(driver)


def test_hostile(binary, out, driver, downloads):
    site = os.path.join(out, "site-hostile")
    build(binary, site, "--roles", os.path.join(HERE, "hostile-roles"))
    # One language is enough here: both come from the same code, which the built-in site
    # checks in full; the HTML check still reads every page.
    check_pages(driver, site, "hostile", "*.en.html")
    check_html(sorted(glob.glob(os.path.join(site, "*.html"))), "hostile")
    load(driver, os.path.join(site, "role-hostile.en.html"))
    body = driver.find_element(By.TAG_NAME, "body").text
    for shown in ["<script>window.pwned='name'</script>Hostile", "<script>alert(1)</script>",
                  "\" onmouseover=\"alert(1)", "javascript:alert(document.domain)"]:
        check(shown in body, f"hostile text is not shown as text: {shown}")
    for box in driver.find_elements(By.CSS_SELECTOR, "input.hold"):
        box.click()
    # The have-file of a site built with --roles names the folder, and its command works where
    # the folder is.
    have = download_have(driver, downloads, "hostile")
    if os.path.exists(have):
        text = open(have, encoding="utf-8").read()
        usage = re.search(r"^# Use it with: (.*)$", text, re.M)
        check(usage and usage.group(1) == "ctoladder gap hostile --roles hostile-roles --have ctoladder-have.yaml",
              f"hostile: the have-file's usage comment: {usage and usage.group(1)}")
        check("# (hostile-roles: the folder of role files this site was built from" in text,
              "hostile: the have-file does not say which folder --roles names")
        if usage:
            words = usage.group(1).split()
            words = [binary, "--no-cache"] + [have if w == "ctoladder-have.yaml" else w for w in words[1:]]
            env = dict(os.environ, LC_ALL="C.UTF-8")
            env.pop("CTOLADDER_ROLES", None)
            done = subprocess.run(words, capture_output=True, text=True, env=env, cwd=HERE)
            check(done.returncode == 0 and done.stderr == "",
                  f"hostile: the have-file's own command fails ({done.returncode}): {done.stderr}")
    load(driver, os.path.join(site, "compare.en.html"))
    Select(driver.find_element(By.ID, "compare-a")).select_by_value("hostile@evil")
    Select(driver.find_element(By.ID, "compare-b")).select_by_value("architect")
    driver.find_element(By.ID, "compare-go").click()
    result = driver.find_element(By.ID, "compare-result").text
    check("</script><script>window.pwned='data'</script>" in result, "hostile text missing from compare")
    cli = json.loads(run(binary, "--roles", os.path.join(HERE, "hostile-roles"), "compare",
                         "hostile@evil", "architect", "--format", "json").stdout)
    page = driver.execute_script("return ctoladder.compare('hostile@evil', 'architect')")
    check(cli == page, "hostile compare: the page's JSON differs from the CLI's")
    load(driver, os.path.join(site, "search.en.html"))
    search_for(driver, "<script>")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#search-results li")) >= 3, "hostile search finds too little")
    check(not alert_fired(driver) and driver.execute_script("return window.pwned === undefined"),
          "hostile text ran as script")
    console, urls = drain_logs(driver)
    check(not console, f"hostile: console messages: {console}")
    driver.save_screenshot(os.path.join(out, "screenshots", "hostile-compare.png"))


def check_one_language(driver, site, label, lang, pages):
    """A site in one language: no page in the other, no switch, and a visible note on every
    page saying so, in both languages."""
    other = "zh" if lang == "en" else "en"
    check(not glob.glob(os.path.join(site, f"*.{other}.html")), f"{label}: {other} pages were written")
    check(open(os.path.join(site, "index.html"), "rb").read() == open(os.path.join(site, f"index.{lang}.html"), "rb").read(),
          f"{label}: index.html is not the {lang} index")
    for page in pages:
        load(driver, os.path.join(site, page))
        switches = [a for a in driver.find_elements(By.CSS_SELECTOR, "a[data-lang-switch]") if a.is_displayed()]
        check(not switches, f"{label}: a language switch shows on {page}")
        check(not driver.find_elements(By.CSS_SELECTOR, "link[rel=alternate]"), f"{label}: {page} names an alternate language")
        notes = [n for n in driver.find_elements(By.CSS_SELECTOR, "p.lang-note") if n.is_displayed()]
        text = notes[0].text if notes else ""
        check("This ladder is in English only" in text and "本阶梯只有英文版" in text if lang == "en"
              else "本阶梯只有中文版" in text and "This ladder is in Chinese only" in text,
              f"{label}: {page} has no visible one-language note: {text!r}")
        console, _ = drain_logs(driver)
        check(not console, f"{label}: console messages on {page}: {console}")
    search = os.path.join(site, f"search.{lang}.html")
    lead = open(search, encoding="utf-8").read()
    check("English and Chinese" not in lead and "中英文均可" not in lead, f"{label}: search promises both languages")


def test_one_language(binary, out, driver):
    """An English-only company folder over the built-in library, and alone (--no-builtin), and
    the same folder in Chinese only: each site is in its one language, the language switch is
    gone, a note says so, and the pages and compare work as for two languages."""
    folder = os.path.join(HERE, "..", "e2e", "data", "company", "ladder")
    site = os.path.join(out, "site-en-only")
    build(binary, site, "--roles", folder)
    pages = ["index.en.html", "role-dev-3.en.html", "compare.en.html", "search.en.html", "domains.en.html"]
    check_one_language(driver, site, "en-only", "en", pages)
    driver.save_screenshot(os.path.join(out, "screenshots", "en-only-domains.png"))
    alone = os.path.join(out, "site-en-only-alone")
    build(binary, alone, "--roles", folder, "--no-builtin")
    check_one_language(driver, alone, "en-only --no-builtin", "en", pages)
    check(not os.path.exists(os.path.join(alone, "role-cto.en.html")), "--no-builtin: the built-in roles got pages")
    zh_folder = os.path.join(out, "ladder-zh")
    shutil.rmtree(zh_folder, ignore_errors=True)
    shutil.copytree(folder, zh_folder)
    for name in glob.glob(os.path.join(zh_folder, "*.yaml")):
        text = open(name, encoding="utf-8").read().replace("{en: ", "{zh: ")
        open(name, "w", encoding="utf-8").write(text)
    zh_site = os.path.join(out, "site-zh-only")
    build(binary, zh_site, "--roles", zh_folder, "--no-builtin")
    check_one_language(driver, zh_site, "zh-only", "zh",
                       [p.replace(".en.", ".zh.") for p in pages])
    load(driver, os.path.join(zh_site, "role-dev-3.zh.html"))
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans", "zh-only: page not marked zh")
    driver.save_screenshot(os.path.join(out, "screenshots", "zh-only-role.png"))
    load(driver, os.path.join(site, "role-dev-3.en.html"))
    check("Senior Developer" in driver.find_element(By.TAG_NAME, "body").text, "en-only: role page lacks its name")
    load(driver, os.path.join(site, "compare.en.html"))
    cli = json.loads(run(binary, "--roles", folder, "compare", "dev-3", "senior-engineer", "--format", "json").stdout)
    page = driver.execute_script("return ctoladder.compare('dev-3', 'senior-engineer')")
    check(cli == page, "en-only compare: the page's JSON differs from the CLI's")


def visible_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def test_reader_view(binary, out, driver):
    """What a new reader of the site pointed out (issue 16's trial): each seen as they see it."""
    site = os.path.join(out, "site")
    company = os.path.join(out, "site-en-only-alone")
    shots = os.path.join(out, "screenshots")
    # A language remembered by an earlier test would turn a load of a zh page into the en one.
    load(driver, os.path.join(site, "index.en.html"))
    driver.execute_script("localStorage.clear()")

    # Citations name the article by its title, never by its hashed file name.
    for page, lang in (("role-cto.en.html", "en"), ("role-cto.zh.html", "zh"), ("domains.en.html", "en"),
                       ("role-tech-director.zh.html", "zh")):
        load(driver, os.path.join(site, page))
        text = visible_text(driver)
        check(".txt" not in text, f"{page}: a citation shows a file name: "
              f"{[l for l in text.splitlines() if '.txt' in l][:2]}")
        cites = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "cite.article")]
        start = ("Article A, \u201c", "Article B, \u201c") if lang == "en" else ("文章 A《", "文章 B《")
        check(cites and all(c.startswith(start) for c in cites), f"{page}: citations read {sorted(set(cites))[:3]}")

    # The site's name is the one `help site` gives as the default: header, page title, heading.
    title = "The software-engineering career ladder"
    help_text = " ".join(run(binary, "help", "site").stdout.split())
    check(f"(default: {title})" in help_text, f"help site does not give the default title {title!r}")
    help_zh = "".join(run(binary, "--lang", "zh", "help", "site").stdout.split())
    check("软件工程职业阶梯" in help_zh, "help site in Chinese does not give the Chinese pages' default title")
    for page in ("index.en.html", "role-cto.en.html", "compare.en.html"):
        load(driver, os.path.join(site, page))
        brand = driver.find_element(By.CSS_SELECTOR, "header.top .brand").text
        check(brand == title, f"{page}: the header names the site {brand!r}")
        check(driver.title == title or driver.title.endswith(" \u00b7 " + title), f"{page}: <title> is {driver.title!r}")
    load(driver, os.path.join(site, "index.zh.html"))
    check(driver.find_element(By.CSS_SELECTOR, "header.top .brand").text == "软件工程职业阶梯" == driver.title,
          f"index.zh: the site is named {driver.title!r}")
    load(driver, os.path.join(site, "index.en.html"))
    check(driver.find_element(By.TAG_NAME, "h1").text == title and
          driver.find_element(By.CSS_SELECTOR, "figure.ladder svg > title").get_attribute("textContent") == title,
          "the index heading or the picture's title differs from the site's name")

    # One track order: the picture's columns and the table's.
    for page in (os.path.join(site, "index.en.html"), os.path.join(company, "index.en.html")):
        load(driver, page)
        drawn = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('figure.ladder svg text.track'),"
            " function (t) { return t.textContent; })")
        table = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.ladder-table thead th")][1:]
        check(drawn and drawn == table, f"{page}: tracks drawn {drawn}, tabled {table}")

    # The legend and the caption describe only the kinds of arrows drawn.
    def arrows(page):
        load(driver, page)
        kinds = driver.execute_script(
            "var steps = document.querySelectorAll('figure.ladder svg .steps path');"
            "var legend = document.querySelectorAll('figure.ladder svg .legend path');"
            "function kinds(list) { var k = {}; list.forEach(function (p) { k[p.classList.contains('sourced') ? 'solid' : 'dashed'] = 1; });"
            "  return Object.keys(k).sort(); }"
            "return [kinds(steps), kinds(legend)];")
        return kinds, driver.find_element(By.CSS_SELECTOR, "figure.ladder figcaption").text
    (drawn, legend), caption = arrows(os.path.join(site, "index.en.html"))
    check(drawn == legend == ["dashed", "solid"] and "solid" in caption and "dashed" in caption,
          f"built-in ladder: arrows {drawn}, legend {legend}, caption {caption!r}")
    (drawn, legend), caption = arrows(os.path.join(company, "index.en.html"))
    check(drawn == legend == ["dashed"] and "solid" not in caption and "all dashed" in caption,
          f"company ladder: arrows {drawn}, legend {legend}, caption {caption!r}")
    driver.save_screenshot(os.path.join(shots, "company-index.png"))

    # The combination the data refuses is listed, with the data's reason.
    refused = run(binary, "describe", "cto@enterprise,china")
    note = refused.stderr.split(" conflict: ", 1)[-1].split("\n")[0]
    check(refused.returncode != 0 and len(note) > 40, f"the CLI does not refuse cto@enterprise,china: {refused.stderr}")
    for page in ("role-cto.en.html", "role-cto.startup.en.html", "role-cto.enterprise.us.en.html"):
        load(driver, os.path.join(site, page))
        items = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "ul.combinations li.refused")]
        mine = [i for i in items if i.startswith("cto@enterprise,china: not combined: the role's data declares "
                                                 "@enterprise and @china a conflict: ")]
        check(len(items) == 2 and len(mine) == 1 and note in mine[0] and
              any(i.startswith("cto@startup,us: not combined: ") for i in items),
              f"{page}: the refused combinations read {items}")
    load(driver, os.path.join(site, "role-cto.zh.html"))
    items = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "ul.combinations li.refused")]
    check(len(items) == 2 and all("不可组合" in i and "相互冲突" in i for i in items), f"zh: the refused combinations read {items}")

    # The compare picker names the roles, in the page's language, with the reference.
    for lang, expect in (("en", "Chief Technology Officer (cto@startup,china)"), ("zh", "首席技术官（cto@startup,china）")):
        load(driver, os.path.join(site, f"compare.{lang}.html"))
        options = driver.find_elements(By.CSS_SELECTOR, "#compare-a option")
        texts = [o.text for o in options]
        check(expect in texts, f"compare.{lang}: no option {expect!r} in {texts[:4]}")
        check(all(o.text.endswith(("(" if lang == "en" else "（") + o.get_attribute("value") + (")" if lang == "en" else "）"))
                  and not o.text.startswith(o.get_attribute("value")) for o in options),
              f"compare.{lang}: an option is not 'name (reference)': {texts}")

    # Clearing ticks on one role's page leaves another role's ticks alone.
    load(driver, os.path.join(site, "role-tech-manager.en.html"))
    driver.execute_script("localStorage.removeItem(window.CTOLADDER_STORE + 'holds')")
    load(driver, os.path.join(site, "role-tech-manager.en.html"))
    manager = [b.get_attribute("value") for b in driver.find_elements(By.CSS_SELECTOR, "input.hold")]
    driver.find_element(By.CSS_SELECTOR, "input.hold[value='hiring']").click()
    load(driver, os.path.join(site, "role-programmer.en.html"))
    own = [b for b in driver.find_elements(By.CSS_SELECTOR, "input.hold") if b.get_attribute("value") not in manager]
    own[0].click()
    clear = driver.find_element(By.ID, "assess-clear")
    check(clear.text == "Clear this role's ticks", f"the clear button reads {clear.text!r}")
    clear.click()
    check(not any(b.is_selected() for b in driver.find_elements(By.CSS_SELECTOR, "input.hold")),
          "clearing left a tick on the page")
    load(driver, os.path.join(site, "role-tech-manager.en.html"))
    kept = [b.get_attribute("value") for b in driver.find_elements(By.CSS_SELECTOR, "input.hold") if b.is_selected()]
    check(kept == ["hiring"], f"clearing the programmer's ticks changed the tech manager's: {kept}")
    driver.execute_script("localStorage.removeItem(window.CTOLADDER_STORE + 'holds')")

    # Dark mode: no light panel anywhere, the ladder picture included.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    light = ("rgb(255, 255, 255)", "#ffffff", "#fff")
    for page in ("index.en.html", "role-cto.en.html", "compare.en.html", "search.en.html", "domains.en.html",
                 "index.zh.html"):
        load(driver, os.path.join(site, page))
        found = driver.execute_script(
            "var out = [];"
            "document.querySelectorAll('body, body *').forEach(function (e) {"
            "  var st = getComputedStyle(e);"
            "  if (e.getClientRects().length === 0 || st.visibility === 'hidden') return;"
            "  var bg = st.backgroundColor, m = bg.match(/\\d+/g);"
            "  var fill = e instanceof SVGElement && /^(rect|path|circle|polygon)$/.test(e.tagName) ? st.fill : '';"
            "  var f = fill.match(/\\d+/g);"
            "  function pale(c) { return c && c.length >= 3 && (c.length < 4 || +c[3] > 0.5) && +c[0] + +c[1] + +c[2] > 600; }"
            "  if (pale(m) || pale(f)) out.push(e.tagName + '.' + (e.getAttribute('class') || '') + ' ' + (pale(m) ? bg : fill));"
            "});"
            "return out.slice(0, 5);")
        check(not found, f"dark {page}: light panels {found}")
    load(driver, os.path.join(site, "index.en.html"))
    driver.save_screenshot(os.path.join(shots, "dark-index.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})

    # A phone (375 px): the ladder picture keeps its size (its text readable) and scrolls
    # sideways inside its frame, with a cue saying so; the page itself is no wider than the phone.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": True})
    for lang in ("en", "zh"):
        load(driver, os.path.join(site, f"index.{lang}.html"))
        state = driver.execute_script(
            "var box = document.querySelector('.ladder-scroll'), svg = box.querySelector('svg');"
            "var name = svg.querySelector('text.name').getBoundingClientRect();"
            "return {page: document.documentElement.scrollWidth, inner: box.scrollWidth, shown: box.clientWidth,"
            " scale: svg.getBoundingClientRect().width / svg.width.baseVal.value, nameHeight: name.height,"
            " cue: getComputedStyle(document.querySelector('.scroll-cue')).display,"
            " cueText: document.querySelector('.scroll-cue').textContent};")
        check(state["page"] <= 375, f"phone index.{lang}: the page is {state['page']} px wide")
        check(state["inner"] > state["shown"] + 100 and abs(state["scale"] - 1) < 0.01 and state["nameHeight"] >= 14,
              f"phone index.{lang}: the ladder is shrunk or does not scroll: {state}")
        check(state["cue"] == "block" and ("scroll sideways" in state["cueText"] or "左右滑动" in state["cueText"]),
              f"phone index.{lang}: no scroll cue: {state}")
        if lang == "en":
            driver.save_screenshot(os.path.join(shots, "phone-index.png"))
            driver.execute_script("document.querySelector('.ladder-scroll').scrollLeft = 10000")
            driver.save_screenshot(os.path.join(shots, "phone-index-scrolled.png"))
    load(driver, os.path.join(site, "compare.en.html"))
    check(driver.execute_script("return document.documentElement.scrollWidth") <= 375,
          "phone: the compare page's pickers are wider than the phone")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    load(driver, os.path.join(site, "index.en.html"))
    check(driver.execute_script("return getComputedStyle(document.querySelector('.scroll-cue')).display") == "none",
          "desktop: the scroll cue shows though the ladder fits")
    console, _ = drain_logs(driver)
    check(not console, f"reader view: console messages: {console}")


def test_trial_fixes(binary, out, driver):
    """What the 2026-12-03 trial of `site` found (issue 16), as a reader meets it."""
    shots = os.path.join(out, "screenshots")
    acme = os.path.join(HERE, "..", "e2e", "data", "site-acme")
    site = os.path.join(out, "site-acme-all")
    build(binary, site, "--roles", acme)
    load(driver, os.path.join(site, "index.en.html"))
    driver.execute_script("localStorage.clear()")

    # Item 1: on a wide screen the ladder picture takes the width it needs, out of the text
    # column, centred, whole: no sideways scroll and no cue. On a phone it still scrolls, at its
    # own size, under its cue.
    for width in (1280, 1920):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        load(driver, os.path.join(site, "index.en.html"))
        state = driver.execute_script(
            "var box = document.querySelector('.ladder-scroll'), svg = box.querySelector('svg');"
            "var r = svg.getBoundingClientRect(), main = document.querySelector('main').getBoundingClientRect();"
            "return {left: r.left, right: r.right, width: r.width, svg: svg.width.baseVal.value,"
            " view: document.documentElement.clientWidth, page: document.documentElement.scrollWidth,"
            " inner: box.scrollWidth, shown: box.clientWidth, mainWidth: main.width,"
            " cue: getComputedStyle(document.querySelector('.scroll-cue')).display};")
        check(state["svg"] > state["mainWidth"], f"{width}: the acme ladder is no wider than the text column: {state}")
        # Whole, unscrolled; at 1280 px drawn a little smaller (its width and the window's scroll
        # bar; up to 15 %, as site.js allows), never so small its text is hard to read; at 1920 px
        # at its own size.
        least = 0.87 if width < 1920 else 0.999
        check(state["inner"] <= state["shown"] and state["cue"] == "none" and
              state["svg"] * least <= state["width"] <= state["svg"] + 0.5,
              f"{width}: the acme ladder is cut off, scrolled or shrunk: {state}")
        check(state["left"] >= 0 and state["right"] <= state["view"] and state["page"] <= state["view"],
              f"{width}: the acme ladder leaves the screen or widens the page: {state}")
        check(abs(state["left"] - (state["view"] - state["right"])) <= 2,
              f"{width}: the acme ladder is not centred: {state}")
        driver.save_screenshot(os.path.join(shots, f"acme-all-index-{width}.png"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": True})
    load(driver, os.path.join(site, "index.en.html"))
    phone = driver.execute_script(
        "var box = document.querySelector('.ladder-scroll');"
        "return {page: document.documentElement.scrollWidth, inner: box.scrollWidth, shown: box.clientWidth,"
        " cue: getComputedStyle(document.querySelector('.scroll-cue')).display};")
    check(phone["page"] <= 375 and phone["inner"] > phone["shown"] and phone["cue"] == "block",
          f"phone: the acme ladder does not scroll with its cue: {phone}")
    driver.save_screenshot(os.path.join(shots, "acme-all-index-375.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    # Item 7: a dashed arrow is long enough to show its dashes beside its head.
    load(driver, os.path.join(site, "index.en.html"))
    short = driver.execute_script(
        "var out = []; document.querySelectorAll('figure.ladder svg .steps path[stroke-dasharray]').forEach("
        "function (p) { if (p.getTotalLength() < 40) out.push(p.dataset.from + '->' + p.dataset.to + ' ' + p.getTotalLength()); });"
        "return out;")
    check(not short, f"dashed arrows too short to show their dashes: {short}")

    # Item 5: English pages name the section in English where the project has the name, and
    # the article links to the sources page, which says what "Article B" is and its file.
    load(driver, os.path.join(site, "role-architect.en.html"))
    cites = [c.find_element(By.XPATH, "..").text for c in driver.find_elements(By.CSS_SELECTOR, "cite.article")]
    han = [c for c in cites if re.search(r"§ .*[\u4e00-\u9fff]", c)]
    check(cites and not han, f"role-architect.en: a section in Chinese: {han[:2]}")
    check(any(c.endswith("§ Architect") for c in cites), f"role-architect.en: no '§ Architect' in {cites[:3]}")
    link = driver.find_element(By.CSS_SELECTOR, "cite.article a")
    link.click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: "sources.en.html#src-" in d.current_url)
    target = driver.current_url.split("#", 1)[1]
    card = driver.find_element(By.ID, target).text
    check(re.search(r"Article [AB]", card) and re.search(r"0\d\d_[0-9a-f]{16}\.txt", card),
          f"the sources entry a citation leads to reads {card!r}")
    load(driver, os.path.join(site, "role-cto.zh.html"))
    check("伯乐在线" not in visible_text(driver), "role-cto.zh: a citation still shows the article's page title")
    for page in ("role-cto.en.html", "sources.en.html", "domains.en.html"):
        load(driver, os.path.join(site, page))
        check("伯乐在线" not in visible_text(driver), f"{page}: the article's page title shows")
        check(".txt" not in " ".join(c.text for c in driver.find_elements(By.CSS_SELECTOR, "cite.article")),
              f"{page}: a citation shows a file name")
    driver.save_screenshot(os.path.join(shots, "acme-all-sources.png"))
    # A company-only site explains "Article B" too; a company's web address is a link.
    alone_roles = os.path.join(out, "site-acme-url-roles")
    shutil.rmtree(alone_roles, ignore_errors=True)
    shutil.copytree(acme, alone_roles)
    eng2 = os.path.join(alone_roles, "eng-2.yaml")
    text = open(eng2, encoding="utf-8").read().replace("article: acme-ladder-2026.md, section: Engineer II",
                                                        'article: "https://acme.example/ladder?v=2&x=1", section: Engineer II')
    open(eng2, "w", encoding="utf-8").write(text)
    alone = os.path.join(out, "site-acme-alone")
    build(binary, alone, "--roles", alone_roles, "--no-builtin")
    load(driver, os.path.join(alone, "role-eng-2.en.html"))
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "cite.article a") if a.get_attribute("href").startswith("https:")]
    check(links and links[0].get_attribute("href") == "https://acme.example/ladder?v=2&x=1"
          and links[0].get_attribute("rel") == "noopener noreferrer" and links[0].text == "https://acme.example/ladder?v=2&x=1",
          f"the company's web address is not a link: {[(a.get_attribute('href'), a.text) for a in links]}")
    load(driver, os.path.join(alone, "sources.en.html"))
    sources = visible_text(driver)
    check("Article B" in sources and "004_3fe3bb29514d875f.txt" in sources and "acme-ladder-2026.md" in sources
          and "https://acme.example/ladder?v=2&x=1" in sources,
          f"the company-only site's sources page lacks an article: {sources[:400]!r}")
    driver.save_screenshot(os.path.join(shots, "acme-alone-sources.png"))
    console, urls = drain_logs(driver)
    check(not console, f"trial fixes: console messages: {console}")


def test_trial_cosmetics(binary, out, driver):
    """The trial's smaller findings (issue 16, items 8, 11, 12, 13, 15), as a reader sees them."""
    shots = os.path.join(out, "screenshots")
    site = os.path.join(out, "site")
    acme = os.path.join(HERE, "..", "e2e", "data", "site-acme")
    acme_site = os.path.join(out, "site-acme-all")
    load(driver, os.path.join(site, "index.en.html"))
    driver.execute_script("localStorage.clear()")

    # Item 12: what is missing names where it is usually learned by the role's name, a link;
    # the Chinese page's counts take full-width parentheses.
    for lang in ("en", "zh"):
        load(driver, os.path.join(site, f"role-tech-manager.{lang}.html"))
        driver.find_element(By.CSS_SELECTOR, "input.hold").click()
        heading = driver.find_element(By.CSS_SELECTOR, "#assess-result h3").text
        check(re.fullmatch(r"Missing \(\d+\)" if lang == "en" else r"尚缺（\d+）", heading),
              f"{lang}: the missing heading reads {heading!r}")
        where = driver.find_elements(By.CSS_SELECTOR, "#assess-result ul.missing .where a")
        names = {a.text for a in where}
        check(where and not any("-" in n for n in names) and all(a.get_attribute("href").endswith(f".{lang}.html") for a in where),
              f"{lang}: 'usually learned as' names {sorted(names)[:3]}")
        text = driver.find_element(By.CSS_SELECTOR, "#assess-result ul.missing .where").text
        check(re.search(r"\(rank \d\)" if lang == "en" else r"（级别 \d）", text), f"{lang}: where reads {text!r}")
        if lang == "zh":
            driver.save_screenshot(os.path.join(shots, "self-assessment-zh.png"))
        driver.find_element(By.ID, "assess-clear").click()

    # Item 13: a compare link names roles as people type them; a typo says so.
    load(driver, os.path.join(site, "compare.en.html") + "#a=CTO@china,startup&b=cto")
    check(Select(driver.find_element(By.ID, "compare-a")).first_selected_option.get_attribute("value") == "cto@startup,china",
          "compare: #a=CTO@china,startup is not cto@startup,china")
    load(driver, os.path.join(site, "compare.en.html") + "#a=ctoo&b=cto")
    result = driver.find_element(By.ID, "compare-result").text
    check(result == "No role ctoo in this library.", f"compare: a typo shows {result[:80]!r}")

    # Item 15: a field one role leaves unset reads 'not set', never an empty cell.
    load(driver, os.path.join(acme_site, "compare.en.html") + "#a=eng-1&b=cto")
    cells = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "#compare-result table.fields td")]
    check(cells and all(cells), f"compare eng-1 cto: an empty cell in {cells}")

    # Item 8: search shows a duty levels inherit once, with its roles, as the CLI does; the
    # counts are the CLI's.
    for folder, built, query in ((None, site, "review"), (acme, acme_site, "review"), (None, site, "代码")):
        extra = ["--roles", folder] if folder else []
        cli = json.loads(run(binary, *extra, "search", query, "--format", "json").stdout)
        load(driver, os.path.join(built, "search.en.html") + "#q=" + query)
        items = driver.find_elements(By.CSS_SELECTOR, "#search-results li")
        status = driver.find_element(By.ID, "search-status").text
        check(len(items) == cli["distinct"] and status.startswith(f"{cli['count']} match"),
              f"search {query!r}: {len(items)} items, status {status!r}; CLI {cli['count']} hits, {cli['distinct']} distinct")
        shown = sorted(i.find_element(By.CSS_SELECTOR, ".where").text.split(" \u00b7 ")[0] for i in items)
        check(shown == sorted(", ".join(d["roles"]) for d in cli["duties"]), f"search {query!r}: roles {shown} vs CLI")
    driver.save_screenshot(os.path.join(shots, "search-grouped.png"))

    # Item 11: a long title widens the ladder picture instead of being cut at both edges.
    long_site = os.path.join(out, "site-long-title")
    shutil.rmtree(long_site, ignore_errors=True)
    title = "A very long company title that goes on and on about the engineering ladder of Acme Corp"
    check(run(binary, "site", long_site, "--title", title).returncode == 0, "site --title LONG failed")
    load(driver, os.path.join(long_site, "index.en.html"))
    box = driver.execute_script(
        "var s = document.querySelector('figure.ladder svg'), t = s.querySelector('text.title').getBBox();"
        "return [t.x, t.x + t.width, s.viewBox.baseVal.width];")
    check(box[0] >= 0 and box[1] <= box[2], f"the long title is cut: text {box[0]:.0f}..{box[1]:.0f} of {box[2]:.0f}")
    console, _ = drain_logs(driver)
    check(not console, f"trial cosmetics: console messages: {console}")


def main():
    binary, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    downloads = os.path.join(out, "downloads")
    os.makedirs(downloads, exist_ok=True)
    started = time.monotonic()
    driver = browser(downloads)
    try:
        print(f"browser started: {time.monotonic() - started:.1f} s", flush=True)
        test_builtin(binary, out, driver, downloads)
        print(f"built-in site checked: {time.monotonic() - started:.1f} s", flush=True)
        test_media(driver, os.path.join(out, "site"), os.path.join(out, "screenshots"))
        test_hostile(binary, out, driver, downloads)
        test_one_language(binary, out, driver)
        test_reader_view(binary, out, driver)
        test_trial_fixes(binary, out, driver)
        test_trial_cosmetics(binary, out, driver)
    finally:
        driver.quit()
    print(f"browser test: {time.monotonic() - started:.1f} s, screenshots in {out}/screenshots")
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()

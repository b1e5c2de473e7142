"""The html report in a real browser: headless Chromium (Debian's `chromium`; .ci/run installs it) loads the
report of samples/ from a file and shows every quote highlighted, the speaker filter works (by click and by
the address), a focused quote shows its tooltip, and a screenshot of the filtered page is saved.

Chromium is driven through its command line only: `--dump-dom` prints the DOM once the page has settled.
Computed styles are read by a probe script added to a copy of the report (its hash added to the page's
Content-Security-Policy), which writes what it sees into the DOM as JSON. The unmodified report is loaded
too, which checks that the policy lets the report's own script run.

Set QUOTEATTR_SCREENSHOT=/some/file.png to keep a copy of the screenshot.
"""
from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

from quoteattr import extract
from quoteattr.report import HtmlWriter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium", shutil.which("chromium-browser"))
                 if p and os.path.exists(p)), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium); browser test skipped")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--virtual-time-budget=3000"]
SPEAKER = "Dana Whitlock"

PROBE = r"""
addEventListener("load", function () { setTimeout(function () {
  var d = document, out = {};
  function bg(el) { return getComputedStyle(el).backgroundColor; }
  function clear(c) { return c === "transparent" || c === "rgba(0, 0, 0, 0)"; }
  function state() {
    return [].map.call(d.querySelectorAll(".doc mark.q[id]"), function (q) {
      var shown = q.closest("article").offsetParent !== null;
      return { id: q.id, speaker: q.getAttribute("data-speaker"), highlighted: shown && !clear(bg(q)),
               shown: shown, tabindex: q.tabIndex };
    });
  }
  out.js = d.documentElement.classList.contains("js");
  out.initial = state();
  var button = [].filter.call(d.querySelectorAll("button.sp"), function (b) {
    return b.getAttribute("data-speaker") === "SPEAKER"; })[0];
  button.click();
  out.pressed = button.getAttribute("aria-pressed");
  out.hash = decodeURIComponent(location.hash);
  out.status = d.getElementById("filter-status").textContent;
  out.filtered = state();
  button.click();
  out.cleared = state();
  out.hashAfter = location.hash;
  var q = d.querySelector(".doc mark.q[id]");
  q.focus();
  var tip = d.getElementById("tip");
  out.focus = { active: d.activeElement === q, tipShown: !tip.hidden && getComputedStyle(tip).display !== "none" && tip.getBoundingClientRect().height > 20,
                tip: tip.textContent, outline: getComputedStyle(q).outlineStyle,
                related: [].map.call(d.querySelectorAll(".hl"), function (e) { return e.id; }),
                parts: q.getAttribute("data-parts") };
  var pre = d.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  d.body.appendChild(pre);
}, 0); });
""".replace("SPEAKER", SPEAKER)


def chromium(url: str, *args: str, timeout: float = 60) -> str:
    """Run headless Chromium on `url` with a new empty profile; its stdout."""
    profile = tempfile.mkdtemp(prefix="quoteattr-chromium-")
    try:
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, url],
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit non-interlaced PNG, as Chromium writes them."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3))
        prev = line
    return width, height, rows


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    stream = io.StringIO()
    writer = HtmlWriter(stream)
    quotes = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        quotes[path.name] = extract(text, path.name)
        writer.write_document(path.name, quotes[path.name], text)
    writer.close()
    report = folder / "report.html"
    report.write_text(stream.getvalue(), encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    probed = stream.getvalue().replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    probed = probed.replace("</body>", f"<script>{PROBE}</script>\n</body>", 1)
    (folder / "probe.html").write_text(probed, encoding="utf-8")
    return folder, [q for qs in quotes.values() for q in qs], writer.colours()


def test_every_quote_highlighted_filter_and_tooltip_work(page):
    folder, quotes, _ = page
    dom = chromium((folder / "probe.html").as_uri(), "--window-size=1280,900", "--dump-dom")
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, "the probe did not run: " + dom[-500:]
    out = json.loads(html.unescape(found.group(1)))
    assert out["js"]
    assert len(out["initial"]) == len(quotes) == 91
    assert all(q["highlighted"] and q["tabindex"] == 0 for q in out["initial"])
    assert out["pressed"] == "true" and out["hash"] == f"#speaker={SPEAKER}"
    assert out["status"].startswith(f"Showing 4 quotes by {SPEAKER} in 1 document")
    for q in out["filtered"]:
        mine = q["speaker"] == SPEAKER
        assert q["highlighted"] == mine and q["tabindex"] == (0 if mine else -1), q
    assert sum(q["shown"] for q in out["filtered"]) == 8  # the other quotes of Whitlock's one document
    assert all(q["highlighted"] for q in out["cleared"]) and out["hashAfter"] == ""
    focus = out["focus"]
    first = quotes[0]
    assert focus["active"] and focus["tipShown"] and focus["outline"] != "none"
    assert first.speaker in focus["tip"] and first.rule in focus["tip"] and f"{first.confidence:.2f}" in focus["tip"]
    assert sorted(focus["related"]) == sorted(focus["parts"].split())


def test_filter_from_the_address_and_screenshot(page, tmp_path):
    folder, quotes, colours = page
    url = (folder / "report.html").as_uri() + "#speaker=" + SPEAKER.replace(" ", "%20")
    dom = chromium(url, "--window-size=1280,900", "--dump-dom")
    assert re.search(r'<html lang="en" class="js"', dom), "the report's script did not run (CSP?)"
    marks = re.findall(r'<mark class="q (s\d+) [^"]*?( off)?" id="[^"]+"[^>]*data-speaker="([^"]*)"', dom)
    assert len(marks) == len(quotes)
    assert all((off == "") == (speaker == SPEAKER) for _, off, speaker in marks)
    assert re.search(r'data-speaker="Dana Whitlock" aria-pressed="true"', dom)
    assert len(re.findall(r'<article [^>]*hidden', dom)) == 9

    shot = tmp_path / "report.png"
    chromium(url, "--window-size=1280,900", f"--screenshot={shot}")
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1280, 900)
    sid = next(s for s, _, speaker in marks if speaker == SPEAKER)
    colour = bytes.fromhex(colours[sid][1:])
    painted = sum(1 for row in rows for x in range(0, len(row), 3) if row[x:x + 3] == colour)
    assert painted > 2000, "Whitlock's highlight colour is not on the screenshot"
    if os.environ.get("QUOTEATTR_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["QUOTEATTR_SCREENSHOT"])

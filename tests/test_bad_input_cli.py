"""``poligraph ingest`` over a folder mixing good articles with every kind of bad input: each bad
one is one line on stderr naming the file (and line) and the reason, every good article is
loaded, and the exit status is non-zero with the count of failures."""

from __future__ import annotations

import codecs
import json
import tracemalloc
from pathlib import Path

import pytest

from graph.config import StoreConfig
from ingest.article import Article
from ingest.readers import ReaderOptions, iter_articles
from poligraph.cli import main

MB = 1024 * 1024

GOOD_TEXT = "Belarus granted asylum to Kurmanbek Bakiyev on April 19, 2010.\n"
CYRILLIC = "Россия и Китай подписали соглашение о торговле в Москве. Стороны обсудили границу.\n"
FRENCH = "Le président français a signé à Genève un accord. Les délégués ont salué l'été.\n"
WIDE = "Germany signed an agreement with France in Paris on May 3, 2019.\n"


def _bad_folder(root: Path) -> Path:
    """A folder of good and bad inputs; returns it."""
    folder = root / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 12)
    (folder / "cyrillic.txt").write_bytes(CYRILLIC.encode("cp1251"))
    (folder / "french.txt").write_bytes(FRENCH.encode("latin-1"))
    (folder / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + WIDE.encode("utf-16-le"))
    (folder / "damaged.txt").write_bytes(
        "Russia signed a treaty with China in Moscow on the café terrace. ".encode()
        + b"\xff\xfe\xc3\x28 " + "The délégués left.\n".encode())
    lines = [json.dumps({"text": "Ecuador granted asylum to Julian Assange in 2012."}),
             "{not json at all",
             json.dumps({"text": 5}),
             json.dumps({"title": "a record without text"}),
             json.dumps({"text": "Mexico granted asylum to Evo Morales in November 2019."})]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "wrong.json").write_text(json.dumps({"title": 12, "date": ["x"], "body": None}),
                                       encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Extradition</title><style>p { color: red }</style>"
        "<script>document.write('injected script text')</script></head><body>"
        "<p>Turkey requested the extradition of Fethullah Gulen from the United States "
        "in July 2016.</p></body></html>", encoding="utf-8")
    (folder / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Beijing accord</title><description>China signed an agreement with "
        "Russia in Beijing.</description></item><item><title></title></item>"
        "</channel></rss>", encoding="utf-8")
    (folder / "two-mb.txt").write_bytes(b"word " * (2 * MB // 5 + 1))
    with (folder / "sparse-100mb.txt").open("wb") as handle:
        handle.truncate(100 * MB)  # sparse: no data blocks, refused by its size alone
    (folder / "no-entities.txt").write_text(
        "The weather was mild and everyone walked in the park after lunch.\n", encoding="utf-8")
    return folder


GOOD_ARTICLES = 10  # good, cyrillic, french, wide, damaged, 2 records, page, 1 feed entry, no-entities
EXPECTED_FAILURES = {
    "empty.txt": "empty file",
    "binary.txt": "binary file",
    "records.jsonl:2": "malformed JSON",
    "records.jsonl:3": "text field",
    "records.jsonl:4": "no text field",
    "wrong.json": "no text field",
    "feed.xml#1": "no text",
    "two-mb.txt": "file too large",
    "sparse-100mb.txt": "file too large",
    "missing.txt": "no such file",
}


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POLIGRAPH_STORE", "POLIGRAPH_DB"):
        monkeypatch.delenv(name, raising=False)


def _ingest(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["ingest", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_every_bad_input_is_one_line_and_every_good_article_is_loaded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], clean_env: None) -> None:
    folder = _bad_folder(tmp_path)
    db = tmp_path / "graph.lbdb"
    status, out, err = _ingest(capsys, str(folder), str(folder / "missing.txt"),
                               "--db", str(db), "--max-size-mb", "1", "-q")
    assert status == 1
    lines = err.strip().splitlines()
    assert lines[-1] == f"poligraph: {len(EXPECTED_FAILURES)} input(s) failed"
    skipped = lines[:-1]
    assert len(skipped) == len(EXPECTED_FAILURES), err
    assert "Traceback" not in err
    for name, reason in EXPECTED_FAILURES.items():
        matching = [line for line in skipped if f"{folder / name}:" in line]
        assert len(matching) == 1, (name, err)
        assert reason in matching[0], (name, matching[0])
    assert f"loaded {GOOD_ARTICLES} new article(s), 0 already loaded, " \
           f"{len(EXPECTED_FAILURES)} failed" in out

    from graph.stores import open_store

    with open_store(StoreConfig(backend="embedded", db_path=db)) as store:
        texts = set(store.article_texts(store.loaded_articles()).values())
    assert len(texts) == GOOD_ARTICLES
    assert {CYRILLIC, FRENCH, WIDE, GOOD_TEXT} <= texts  # legacy and wide encodings decoded exactly
    page = next(text for text in texts if "Gulen" in text)
    assert "injected" not in page and "color" not in page
    damaged = next(text for text in texts if "terrace" in text)
    assert "\ufffd" in damaged and "délégués" in damaged


def test_a_rerun_skips_what_is_loaded_and_still_reports_the_bad_inputs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], clean_env: None) -> None:
    folder = _bad_folder(tmp_path)
    db = str(tmp_path / "graph.lbdb")
    _ingest(capsys, str(folder), "--db", db, "--max-size-mb", "1", "-q")
    status, out, err = _ingest(capsys, str(folder), "--db", db, "--max-size-mb", "1", "-q")
    assert status == 1
    assert f"loaded 0 new article(s), {GOOD_ARTICLES} already loaded" in out
    assert err.strip().splitlines()[-1] == f"poligraph: {len(EXPECTED_FAILURES) - 1} input(s) failed"


def test_a_file_over_the_limit_is_refused_without_being_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.txt"
    unnamed = tmp_path / "huge-without-extension"
    for path in (huge, unnamed):
        with path.open("wb") as handle:
            handle.truncate(100 * MB)
    opened: list[tuple[str, int]] = []
    original_open = Path.open

    def recording_open(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        handle = original_open(self, mode, *args, **kwargs)  # type: ignore[arg-type]
        opened.append((self.name, 0))
        if "b" in mode:
            read = handle.read

            def counting_read(size: int = -1) -> bytes:
                data = read(size)
                opened.append((self.name, len(data)))
                return data

            handle.read = counting_read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", recording_open)
    items = list(iter_articles([huge, unnamed], ReaderOptions(max_file_bytes=MB)))
    assert [str(item) for item in items] == [
        f"{huge}: file too large: 100.0 MB, the limit is 1.0 MB",
        f"{unnamed}: file too large: 100.0 MB, the limit is 1.0 MB"]
    assert not any(name == "huge.txt" for name, _ in opened)
    assert sum(size for name, size in opened) <= 4096  # at most the head, to tell the format


def test_ten_thousand_files_stream_without_being_held(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    body = b"Delegates met in the hall for a long session. " * 40  # about 2 KB
    for number in range(10_000):
        (folder / f"{number:05d}.txt").write_bytes(b"%d " % number + body)
    tracemalloc.start()
    try:
        count = 0
        for item in iter_articles([folder]):
            assert isinstance(item, Article)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert peak < 8 * MB  # 10,000 texts of 2 KB would be over 20 MB (more as str objects)


def test_a_file_that_grew_after_it_was_measured_is_still_bounded_by_the_limit() -> None:
    import io

    from ingest.readers import _read_upto

    assert _read_upto(io.BytesIO(b"x" * 50), 10, 100) == b"x" * 50  # grew under the limit
    assert len(_read_upto(io.BytesIO(b"x" * 500), 10, 100)) == 101  # grew past it: seen as too large
    assert _read_upto(io.BytesIO(b"abc"), 3, 100) == b"abc"

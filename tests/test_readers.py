"""Readers: every format, every kind of bad input, and no input that makes them raise."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import ConfigError, InputError
from ingest.article import Article
from ingest.readers import ReaderOptions, iter_articles


def read(*paths: Path, options: ReaderOptions | None = None) -> list[Article | InputError]:
    return list(iter_articles(paths, options))


def only_article(path: Path, options: ReaderOptions | None = None) -> Article:
    items = read(path, options=options)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(path: Path, options: ReaderOptions | None = None) -> InputError:
    items = read(path, options=options)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# --- plain text -------------------------------------------------------------------------------

RUSSIAN = ("Президент встретился с губернатором области в Минске.\n\n"
           "Стороны обсудили торговлю и поставки зерна.\n")
FRENCH = "Le ministre des Affaires étrangères a reçu à Genève son homologue. Ça a duré déjà trois heures.\n"


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "cp1251"), (FRENCH, "latin-1"), (FRENCH, "cp1252"),
    (RUSSIAN, "utf-16"), (FRENCH, "utf-16"), (RUSSIAN, "utf-8-sig"), (RUSSIAN, "utf-8"),
    (FRENCH, "utf-16-le"),
], ids=["ru-cp1251", "fr-latin1", "fr-cp1252", "ru-utf16", "fr-utf16", "ru-utf8bom", "ru-utf8",
        "fr-utf16le-no-bom"])
def test_text_in_legacy_and_unicode_encodings_decodes_exactly(tmp_path: Path, text: str,
                                                              encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert only_article(path).text == text


def test_encoding_override_is_obeyed_and_failure_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(RUSSIAN.encode("koi8_r"))
    assert only_article(path, ReaderOptions(encoding="koi8_r")).text == RUSSIAN
    path.write_bytes(b"\xff\xfe\xfa plain")
    assert "cannot decode as utf-8" in str(only_error(path, ReaderOptions(encoding="utf-8")))


def test_unknown_encoding_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        ReaderOptions(encoding="no-such-codec")
    with pytest.raises(ConfigError):
        ReaderOptions(fields={"body": "text"})


def test_binary_txt_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    error = only_error(path)
    assert error.reason == "binary file, not text"
    assert str(error) == f"{path}: binary file, not text"


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 65, 66]) * 50)
    assert only_error(path).reason == "binary file, not text"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_or_blank_text_is_an_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only_error(path).reason == "empty file"


def test_damaged_utf8_is_decoded_with_replacement(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    good = "Zürich hosted talks between the delegations; “progress” was reported. Señor Pérez spoke."
    path.write_bytes(good.encode("utf-8").replace(b"talks", b"ta\xffks"))
    article = only_article(path)
    assert article.text == good.replace("talks", "ta\ufffdks")


def test_line_endings_are_normalised_and_text_kept_whole(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Leaders meet in Oslo\r\n\r\nThe talks began.\rThey ended.\r\n")
    assert only_article(path).text == "Leaders meet in Oslo\n\nThe talks began.\nThey ended.\n"


@pytest.mark.parametrize("dateline, expected", [
    ("Updated at 22:06,23-05-2018", date(2018, 5, 23)),
    ("23 May 2018", date(2018, 5, 23)),
    ("2018-05-23", date(2018, 5, 23)),
    ("May 23, 2018 10:15 GMT", date(2018, 5, 23)),
    ("Published: Wed, 23 May 2018 10:15:00 +0000", date(2018, 5, 23)),
    ("Friday, September 6, 2019", date(2019, 9, 6)),
])
def test_dateline_and_title_are_detected(tmp_path: Path, dateline: str, expected: date) -> None:
    path = tmp_path / "dated.txt"
    text = f"{dateline}\n\nParliament approves the new treaty\n\nThe vote passed easily.\n"
    path.write_text(text, encoding="utf-8")
    article = only_article(path)
    assert (article.published, article.title) == (expected, "Parliament approves the new treaty")
    assert article.text == text


def test_a_sentence_with_a_date_is_neither_dateline_nor_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("On 23 May 2018 the two presidents signed an accord in the capital.\n\n"
                    "Observers welcomed it.\n", encoding="utf-8")
    article = only_article(path)
    assert (article.published, article.title) == (None, None)


def test_title_needs_a_blank_line_after_it(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Short heading\nThe body starts right away.\n", encoding="utf-8")
    assert only_article(path).title is None


def test_article_without_entities_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("it rained all day and nobody went out\n", encoding="utf-8")
    assert only_article(path).text == "it rained all day and nobody went out\n"


# --- JSON and JSON Lines -----------------------------------------------------------------------

def test_json_lines_bad_lines_are_reported_and_good_ones_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "Ministers met in Rome.", "title": "Rome talks", "date": "2019-11-11",
                    "url": "https://example.org/a", "source": "Example Wire"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "A second article.", "published": "Mon, 11 Nov 2019 09:00:00 GMT"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [type(item).__name__ for item in items] == [
        "Article", "InputError", "InputError", "InputError", "InputError", "Article"]
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert first == Article(path=f"{path}:1", text="Ministers met in Rome.", title="Rome talks",
                            published=date(2019, 11, 11), source="Example Wire",
                            url="https://example.org/a")
    assert (last.path, last.published) == (f"{path}:7", date(2019, 11, 11))
    errors = [item for item in items if isinstance(item, InputError)]
    assert [error.line for error in errors] == [2, 3, 5, 6]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON")
    assert "no text field" in errors[1].reason and "not a string" in errors[2].reason


def test_json_object_and_list_paths(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Body.", "date": None, "title": None}), encoding="utf-8")
    assert only_article(single).path == str(single)
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"body": 3}, "oops", {"text": "   "},
                                {"text": "Fifth.", "date": "12 March 2020"}]), encoding="utf-8")
    items = read(many)
    assert [item.path for item in items] == [f"{many}#{index}" for index in range(5)]
    assert [isinstance(item, Article) for item in items] == [True, False, False, False, True]
    assert items[4].published == date(2020, 3, 12)  # type: ignore[union-attr]
    assert "not an object" in items[2].reason  # type: ignore[union-attr]


def test_json_field_names_are_selectable(tmp_path: Path) -> None:
    path = tmp_path / "custom.json"
    path.write_text(json.dumps({"text": "ignored", "story": "The chosen text.", "when": 1573430400,
                                "outlet_name": "Gazette", "headline_x": "Chosen"}), encoding="utf-8")
    options = ReaderOptions(fields={"text": "story", "date": "when", "source": "outlet_name",
                                    "title": "headline_x"})
    article = only_article(path, options)
    assert (article.text, article.published, article.source, article.title) == (
        "The chosen text.", date(2019, 11, 11), "Gazette", "Chosen")


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "fine",\n  "title": oops\n}', encoding="utf-8")
    error = only_error(path)
    assert error.line == 3 and str(error).startswith(f"{path}:3: malformed JSON")


def test_json_of_the_wrong_shape_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "number.json"
    path.write_text("17", encoding="utf-8")
    assert "expected a JSON object" in only_error(path).reason


def test_deeply_nested_json_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert isinstance(read(path)[0], InputError)


# --- HTML and feeds ----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Treaty signed | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2021-04-02T08:00:00Z">
<style>body { color: red } .secret { display: none }</style>
<script>document.write("INJECTED"); var stolen = "COOKIE";</script></head>
<body><article><h1>Treaty signed</h1>
<p>The foreign ministers of two neighbouring countries signed a border treaty on Friday after
four years of negotiations, officials said.</p>
<p>The agreement settles the line along the river and opens two new crossings for trade.</p>
<script>alert("SCRIPTED")</script></article></body></html>"""


def test_html_main_text_and_metadata_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only_article(path)
    assert "border treaty" in article.text
    for leaked in ("INJECTED", "COOKIE", "SCRIPTED", "color: red"):
        assert leaked not in article.text
    assert article.source == "The Daily Planet"
    assert article.published == date(2021, 4, 2)
    assert article.title and "Treaty signed" in article.title


def test_tiny_or_malformed_html_falls_back_to_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_text("<html><body><p>Troops <b>withdrew</i> from the <div>border<script>x()",
                    encoding="utf-8")
    article = only_article(path)
    assert "withdrew" in article.text and "x()" not in article.text


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    assert only_error(path).reason == "no article text found in the page"


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    path.write_bytes(page.encode("cp1251"))
    assert "губернатором" in only_article(path).text


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World Wire</title>
<item><title>Summit opens</title><link>https://example.org/summit</link>
<pubDate>Tue, 02 Jul 2019 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Leaders &lt;b&gt;gathered&lt;/b&gt; for the summit.&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</description></item>
<item><title>Empty entry</title><link>https://example.org/empty</link></item>
<item><title>Envoy recalled</title><link>https://example.org/envoy</link>
<description>The ambassador was recalled for consultations.</description></item>
</channel></rss>"""


def test_feed_entries_become_articles_and_a_broken_entry_an_error(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(FEED, encoding="utf-8")
    items = read(path)
    assert [type(item).__name__ for item in items] == ["Article", "InputError", "Article"]
    summit, broken, envoy = items
    assert isinstance(summit, Article) and isinstance(broken, InputError)
    assert summit.text == "Leaders gathered for the summit."
    assert (summit.title, summit.published, summit.url, summit.source) == (
        "Summit opens", date(2019, 7, 2), "https://example.org/summit", "Example World Wire")
    assert broken.path == f"{path}#1" and "Empty entry" in broken.reason
    assert envoy.source == "Example World Wire"  # type: ignore[union-attr]


def test_atom_feed_with_bozo_markup_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Desk</title><entry><title>Ceasefire agreed</title><updated>2020-11-10T00:00:00Z</updated>
<content type="html">&lt;p&gt;Both sides agreed a ceasefire &amp; nbsp;</content></entry>
<entry><title>Unclosed""", encoding="utf-8")
    articles = [item for item in read(path) if isinstance(item, Article)]
    assert articles and "ceasefire" in articles[0].text
    assert (articles[0].source, articles[0].published) == ("Atom Desk", date(2020, 11, 10))


def test_xml_that_is_no_feed_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("this is <not> a feed at all", encoding="utf-8")
    assert "RSS/Atom" in only_error(path).reason


# --- paths, sniffing, limits, folders ----------------------------------------------------------

def test_missing_path_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Body text.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = read(missing, good)
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert isinstance(items[1], Article)


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a.dat").write_text(json.dumps({"text": "From JSON."}), encoding="utf-8")
    (tmp_path / "b.dat").write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    (tmp_path / "c.dat").write_text(FEED, encoding="utf-8")
    (tmp_path / "d.dat").write_text(PAGE, encoding="utf-8")
    (tmp_path / "e").write_text("Just words.\n", encoding="utf-8")
    items = read(tmp_path)
    texts = [item.text for item in items if isinstance(item, Article)]
    assert texts[:3] == ["From JSON.", "one", "two"]
    assert "Leaders gathered for the summit." in texts
    assert any("border treaty" in text for text in texts)
    assert texts[-1] == "Just words.\n"


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    error = only_error(path, ReaderOptions(max_file_bytes=1000))
    assert "file too large" in error.reason and "1000 bytes" in error.reason


def test_json_lines_stream_past_the_file_limit_but_not_past_the_line_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    record = json.dumps({"text": "x" * 200})
    path.write_text("\n".join([record] * 20 + [json.dumps({"text": "y" * 2000}), record]) + "\n",
                    encoding="utf-8")
    items = read(path, options=ReaderOptions(max_file_bytes=1000))
    assert sum(isinstance(item, Article) for item in items) == 21
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(errors) == 1 and errors[0].line == 21 and "longer than the limit" in errors[0].reason
    too_big = ReaderOptions(max_file_bytes=1000, max_stream_bytes=2000)
    assert "file too large" in only_error(path, too_big).reason


def test_folders_are_walked_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("three\n", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("hidden\n", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden\n", encoding="utf-8")
    assert [item.text for item in read(tmp_path)] == ["one\n", "two\n", "three\n"]  # type: ignore[union-attr]


def test_ten_thousand_small_files_stream(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(10_000):
        (folder / f"{number:05d}.txt").write_bytes(b"Delegates met %d times.\n" % number)
    stream = iter_articles([folder])
    first = next(stream)
    assert isinstance(first, Article) and first.text == "Delegates met 0 times.\n"
    count = 1 + sum(1 for item in stream if isinstance(item, Article))
    assert count == 10_000


def test_special_files_and_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "sub" / "note.txt").write_text("Note.\n", encoding="utf-8")
    (tmp_path / "sub" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    items = read(tmp_path)
    assert [item.reason for item in items if isinstance(item, InputError)] == [
        "not a regular file", "no such file or directory"]
    assert [item.text for item in items if isinstance(item, Article)] == ["Note.\n"]


def test_a_single_path_string_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Alone.\n", encoding="utf-8")
    assert [item.text for item in iter_articles(str(path))] == ["Alone.\n"]  # type: ignore[union-attr]


# --- no input makes a reader raise -------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=600),
                         st.text(max_size=300).map(lambda text: text.encode("utf-8"))),
       suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".xml", ".bin"]))
def test_arbitrary_bytes_never_raise(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    for item in iter_articles([path]):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["text", "title", "date", "url", "source", "x"]), children, max_size=4),
    max_leaves=8), max_size=5))
def test_arbitrary_json_records_never_raise(tmp_path: Path, records: list[object]) -> None:
    for name, payload in (("r.json", json.dumps(records)),
                          ("r.jsonl", "\n".join(json.dumps(record) for record in records))):
        path = tmp_path / name
        path.write_text(payload, encoding="utf-8")
        for item in iter_articles([path]):
            assert isinstance(item, (Article, InputError))


def test_feed_entities_are_neither_fetched_nor_expanded_without_bound(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{level} "{("&l%d;" % (level - 1)) * 10}">' for level in range(1, 8))
    path = tmp_path / "hostile.xml"
    path.write_text(f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">{laughs}
<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rss version="2.0"><channel><title>T</title><item><title>a</title>
<description>Start &l7; &xxe; end</description></item></channel></rss>""", encoding="utf-8")
    for item in read(path):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert "TOPSECRET" not in item.text and len(item.text) < 100_000


def test_folder_notes_are_not_articles_but_named_files_are(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About these articles\n\nWritten for tests.\n")
    (tmp_path / "LICENSE").write_text("Permission is granted to anyone.\n")
    (tmp_path / "story.txt").write_text("Mexico granted asylum to a former president.\n")
    from_folder = [a.path for a in iter_articles([tmp_path]) if not isinstance(a, InputError)]
    assert from_folder == [str(tmp_path / "story.txt")]
    named = list(iter_articles([tmp_path / "README.md"]))
    assert len(named) == 1 and not isinstance(named[0], InputError)

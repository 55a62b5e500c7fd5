"""bench/engines.py and bench/engine_record.py: the recorder changes no conversion, and ``re`` replays it as recorded.

The engine parts (regex, RE2, Hyperscan) are tested only where those packages are installed
(they are not doc2xbrl's dependencies); the recorder and the ``re`` replay are tested everywhere.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import engine_record  # noqa: E402
import engines  # noqa: E402

# In a process of its own: the recorder must patch re before converter is imported.
_RECORD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import engines
recording, outputs = engines.record(engines.load_documents(int(sys.argv[2]), []))
same, other, unsupported = engines.check(recording, recording.compiled)
engines.timed([engines.work(recording, recording.compiled, range(len(recording.calls)))], 1)
classes = engines.gating_classes(recording, engines.whole_texts(recording))
recording.calls[0][6] += 1  # one recorded answer altered: the check must see it
altered = engines.check(recording, recording.compiled)[1]
print(json.dumps({"outputs": outputs, "calls": len(recording.calls), "same": len(same), "other": len(other),
                  "unsupported": len(unsupported), "altered": altered, "gating": len(recording.gating),
                  "classified": sum(map(len, classes.values())), "words": len(engines.gate_words(recording)),
                  "methods": sorted({call[1] for call in recording.calls})}))
"""

_DOCUMENTS = 8


@pytest.fixture(scope="module")
def recorded() -> dict:
    out = subprocess.run([sys.executable, "-c", _RECORD, str(REPO / "bench"), str(_DOCUMENTS)], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def test_recording_leaves_every_instance_as_a_plain_conversion_makes_it(recorded: dict) -> None:
    from converter.pipeline import convert_bytes
    plain = [[name, engines.converted_digests(convert_bytes, name, data)]
             for name, data in engines.load_documents(_DOCUMENTS, [])]
    assert recorded["outputs"] == plain
    assert any(isinstance(digests, list) and digests for _name, digests in plain)


def test_re_replays_every_recorded_call_as_recorded(recorded: dict) -> None:
    assert recorded["calls"] > 1000
    assert {"search", "match", "fullmatch", "finditer", "sub"} <= set(recorded["methods"])
    assert (recorded["same"], recorded["other"], recorded["unsupported"]) == (recorded["calls"], 0, 0)
    assert recorded["altered"] == [0]  # and a call whose recorded answer is not re's is seen


def test_gating_calls_are_recorded_and_classified(recorded: dict) -> None:
    assert recorded["gating"] > 100 and recorded["words"] > 100
    assert recorded["classified"] == recorded["gating"]


def _small_recording() -> engine_record.Recording:
    """Calls on patterns wrapped by hand (the re module itself left alone)."""
    recording = engine_record.Recording()
    for source, flags in ((r"(\d+)-(\d+)", 0), (r"(?<=\$)\d+", 0), (r"\bq(uarter)?\b", re.I)):
        recording.compiled.append(re.compile(source, flags))
        recording.patterns.append((source, flags, "test"))
    numbers, dollars, quarter = (engine_record.Recorded(p, i, recording) for i, p in enumerate(recording.compiled))
    text = "1-2 and 30-40, $5 then $66 in the Quarter (Q3), 7-8"
    numbers.search(text, 5)
    numbers.match(text, 8, 13)
    dollars.fullmatch("12")
    found = numbers.finditer(text)
    next(found)
    del found  # taken one match only: the replay takes one
    list(quarter.finditer(text))
    numbers.sub(lambda m: m.group(2) + m.group(1), text)
    dollars.subn("<\\g<0>>", text, 1)
    quarter.split(text)
    numbers.findall(text, 0, 20)
    return recording


def test_the_recorder_keeps_calls_that_re_replays_alike() -> None:
    recording = _small_recording()
    assert [call[1] for call in recording.calls] == ["search", "match", "fullmatch", "finditer", "finditer", "sub",
                                                     "subn", "split", "findall"]
    assert recording.calls[3][5] == 1 and recording.calls[4][5] == -1  # taken: one; all
    same, other, unsupported = engines.check(recording, recording.compiled)
    assert (len(same), other, unsupported) == (9, [], [])
    recording.calls[5][5] = ["x"] * 2  # the callable's answers changed: the sub differs
    assert engines.check(recording, recording.compiled)[1] == [5]


def test_python_syntax_is_spelt_for_re2() -> None:
    assert engines.re2_source(r"end\Z|\u2019|\\Z", re.I | re.M) == r"(?im)end\z|\x{2019}|\\Z"
    assert engines.re2_source(rb"a\Z", 0) == rb"a\z"
    with pytest.raises(ValueError):
        engines.re2_source("a b", re.X)


def _installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


def test_a_missing_engine_is_named_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    if _installed(*engines.PACKAGES):
        pytest.skip("every engine is installed here")
    with pytest.raises(SystemExit) as stop:
        engines.main([])
    assert "needs" in str(stop.value) and "\n" not in str(stop.value)


@pytest.mark.skipif(not _installed("regex", "re2"), reason="regex and google-re2 not installed")
def test_regex_answers_alike_and_re2_cannot_look_behind() -> None:
    recording = _small_recording()
    compiled, reasons = engines.compiled_by(recording, "regex")
    assert engines.check(recording, compiled)[0] == list(range(9))
    compiled, reasons = engines.compiled_by(recording, "re2")
    assert compiled[1] is None and reasons == {"look-behind": 1}
    same, other, unsupported = engines.check(recording, compiled)
    assert unsupported == [2, 6] and not other


@pytest.mark.skipif(not _installed("hyperscan"), reason="hyperscan not installed")
def test_hyperscan_positions_are_word_offsets() -> None:
    from converter.parse.match_starts import word_offsets
    words = ["quarter", "20", "년", "ended", "분기"]
    texts = ["for the quarter ended 2020", "2020년 3분기, 2019년 20 ended", "", "nothing"]
    assert engines.same_positions(texts, words, word_offsets) == 0
    assert engines.same_positions(["2020"], ["20"], lambda t, w: [0]) == 1  # a difference is seen


@pytest.mark.skipif(not _installed("hyperscan"), reason="hyperscan not installed")
def test_gates_answered_from_the_words_one_pass_found_answer_alike() -> None:
    from converter.parse.gates import Gated, GatedSet, fold
    quarter, half = Gated(re.compile(r"third\s+quarter", re.I)), Gated(re.compile(r"half"))
    table, text = GatedSet([quarter, half]), fold("In the THIRD quarter and the first half, 3분기")
    groups = {("whole folded text", "Gated.may_match"): [(Gated.may_match, (quarter, text), {})],
              ("whole folded text", "GatedSet.passing"): [(GatedSet.passing, (table, text), {})],
              ("part of it", "Gated.may_match"): [(Gated.may_match, (half, text[:5]), {})]}
    calls, differ = engines.from_words_found(["quarter", "third", "half", "분기"], [text], groups)
    assert len(calls) == 2 and differ == 0
    assert engines.from_words_found(["quarter", "third"], [text], groups)[1] == 1  # "half" not looked for
    # in UTF-32, U+6900 U+AC00 holds the bytes of "i" astride the two: the true "i" is still found
    letter, korean = Gated(re.compile("i")), "\u6900\uac00 is"
    groups = {("whole folded text", "Gated.may_match"): [(Gated.may_match, (letter, korean), {})]}
    assert engines.from_words_found(["i"], [korean], groups)[1] == 0
    assert engines.same_positions([korean], ["i"], lambda text, word: [3]) == 0

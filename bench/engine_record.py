r"""The regex and gating calls of a conversion run, recorded for ``bench/engines.py`` to replay.

``record`` patches ``re.compile``, ``re.Pattern`` and the ``re`` module's functions, before
``converter`` is imported, to hand out ``Recorded`` proxies: each call on a compiled pattern
(search, match, fullmatch, finditer as far as it was iterated, sub, subn, split, findall) is kept
with its pattern, its text (by identity: one object is kept once), pos/endpos and a hash of what
``re`` answered; the proxies answer what the pattern answers, so the conversion is unchanged
(``tests/test_bench_engines.py`` compares the instances with a plain conversion). The gating calls
(``Gated.may_match``, ``GatedSet.passing`` / ``passing_lazily``, ``StemStarts.positions``,
``word_offsets``; the outermost of nested ones) are recorded too, and every ``Gated`` and
``StemStarts`` made. Everything patched is restored once the documents are converted.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys

REAL_COMPILE, _PATTERN = re.compile, re.Pattern  # the real ones, kept before any patching
_FUNCTIONS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")
_END = sys.maxsize  # re's own default endpos


class Recording:
    """The calls of one conversion run. A call is a list ``[pattern, method, text, a, b, extra,
    result hash]``: indices into ``patterns`` and ``texts``; ``a, b`` are pos/endpos, or count
    or maxsplit; ``extra`` is the replacement of a sub (a callable's answers, in order), or for a
    finditer the number of matches taken (-1: iterated to its end)."""

    def __init__(self) -> None:
        self.patterns: list[tuple[object, int, str]] = []  # (source, flags, compiling module)
        self.compiled: list[re.Pattern] = []
        self.texts: list[object] = []
        self._text_at: dict[int, int] = {}  # id(text): index (the text is kept, so ids stay unique)
        self.calls: list[list] = []
        self.gating: list[tuple] = []  # (document, function, args, kwargs)
        self.gated: list[object] = []  # every Gated and StemStarts made
        self.document = -1
        self.word_offsets = None  # match_starts.word_offsets, unwrapped
        self.on = True  # off once the conversions are done: replays are not recorded
        self.restore: list[tuple[object, str, object]] = []  # what was patched, as it was

    def text(self, string: object) -> int:
        at = self._text_at.get(id(string))
        if at is None:
            at = self._text_at[id(string)] = len(self.texts)
            self.texts.append(string)
        return at

    def add(self, pattern: int, method: str, string: object, a: int, b: int, extra: object, key: object) -> list:
        call = [pattern, method, 0, a, b, extra, 0]
        if self.on:
            call[2], call[6] = self.text(string), hash(key)
            self.calls.append(call)
        return call


def match_key(m: object, groups: int) -> object:
    """What a match answers, comparable between engines: the span of each group."""
    return None if m is None else tuple(m.span(g) for g in range(groups + 1))  # type: ignore[attr-defined]


def result_key(method: str, result: object, groups: int) -> object:
    if method in ("search", "match", "fullmatch"):
        return match_key(result, groups)
    if method in ("split", "findall", "subn"):
        return tuple(result)  # type: ignore[arg-type]
    return result  # sub: the new text


class Recorded:
    """A compiled pattern that answers as itself and records each call."""

    __slots__ = ("_p", "_i", "_rec")

    def __init__(self, pattern: re.Pattern, index: int, recording: Recording) -> None:
        self._p, self._i, self._rec = pattern, index, recording

    def __getattr__(self, name: str) -> object:
        return getattr(self._p, name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Recorded) and other._p == self._p

    def __hash__(self) -> int:
        return hash(self._p)

    def __repr__(self) -> str:
        return repr(self._p)

    def _seek(self, method: str, string: object, pos: int = 0, endpos: int = _END) -> object:
        m = getattr(self._p, method)(string, pos, endpos)
        self._rec.add(self._i, method, string, pos, endpos, None, match_key(m, self._p.groups))
        return m

    def search(self, string, pos=0, endpos=_END):  # type: ignore[no-untyped-def]
        return self._seek("search", string, pos, endpos)

    def match(self, string, pos=0, endpos=_END):  # type: ignore[no-untyped-def]
        return self._seek("match", string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_END):  # type: ignore[no-untyped-def]
        return self._seek("fullmatch", string, pos, endpos)

    def findall(self, string, pos=0, endpos=_END):  # type: ignore[no-untyped-def]
        found = self._p.findall(string, pos, endpos)
        self._rec.add(self._i, "findall", string, pos, endpos, None, tuple(found))
        return found

    def split(self, string, maxsplit=0):  # type: ignore[no-untyped-def]
        pieces = self._p.split(string, maxsplit)
        self._rec.add(self._i, "split", string, maxsplit, 0, None, tuple(pieces))
        return pieces

    def _replace(self, method: str, repl: object, string: object, count: int) -> object:
        answers: list[object] = []
        if callable(repl):
            def feed(m, repl=repl):  # type: ignore[no-untyped-def]
                answers.append(repl(m))
                return answers[-1]
            result = getattr(self._p, method)(feed, string, count)
            extra: object = answers
        else:
            result, extra = getattr(self._p, method)(repl, string, count), repl
        self._rec.add(self._i, method, string, count, 0, extra, result_key(method, result, 0))
        return result

    def sub(self, repl, string, count=0):  # type: ignore[no-untyped-def]
        return self._replace("sub", repl, string, count)

    def subn(self, repl, string, count=0):  # type: ignore[no-untyped-def]
        return self._replace("subn", repl, string, count)

    def finditer(self, string, pos=0, endpos=_END):  # type: ignore[no-untyped-def]
        call = self._rec.add(self._i, "finditer", string, pos, endpos, 0, ())
        return _iterated(self._p.finditer(string, pos, endpos), call, self._p.groups)


def _iterated(matches, call: list, groups: int):  # type: ignore[no-untyped-def]
    """The matches, the call noting how many were taken and their spans (when the generator
    ends, or is dropped half-way)."""
    spans: list[object] = []
    done = False
    try:
        for m in matches:
            spans.append(match_key(m, groups))
            yield m
        done = True
    finally:
        call[5], call[6] = (-1 if done else len(spans)), hash(tuple(spans))


def _install(recording: Recording) -> None:
    """``re.compile``, ``re.Pattern`` and the module functions patched to record (this process only)."""
    made: dict[tuple, Recorded] = {}

    def compile(pattern, flags=0, _depth=1):  # type: ignore[no-untyped-def]
        if isinstance(pattern, Recorded):
            return pattern
        real = REAL_COMPILE(pattern, flags)
        key = (type(real.pattern), real.pattern, real.flags)
        if key not in made:
            origin = sys._getframe(_depth).f_globals.get("__name__", "?")
            made[key] = Recorded(real, len(recording.patterns), recording)
            recording.patterns.append((real.pattern, real.flags, origin))
            recording.compiled.append(real)
        return made[key]

    def function(name: str):  # type: ignore[no-untyped-def]
        # re's own signatures: flags may come by position (re.search(p, s, re.I)), never as pos
        at = {"sub": 3, "subn": 3, "split": 2}.get(name, 1)  # flags' place after the pattern
        def call(pattern, *args, flags=0, **kwargs):  # type: ignore[no-untyped-def]
            if len(args) > at:
                *args, flags = args
            return getattr(compile(pattern, flags, 2), name)(*args, **kwargs)
        return call

    class PatternType(type):
        def __instancecheck__(cls, other: object) -> bool:
            return isinstance(other, (_PATTERN, Recorded))

    recording.restore += [(re, name, getattr(re, name)) for name in ("compile", "Pattern", *_FUNCTIONS)]
    re.compile = compile  # type: ignore[assignment]
    re.Pattern = PatternType("Pattern", (), {"__class_getitem__": classmethod(lambda c, i: c)})  # type: ignore
    for name in _FUNCTIONS:
        setattr(re, name, function(name))


def _watch_gates(recording: Recording) -> None:
    """The gating calls recorded (outermost only), and every Gated and StemStarts kept."""
    gates = importlib.import_module("converter.parse.gates")
    starts = importlib.import_module("converter.parse.match_starts")
    depth = [0]

    def watched(original):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            if depth[0] or not recording.on:
                return original(*args, **kwargs)
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1
                recording.gating.append((recording.document, original, args, kwargs))
        return call

    def kept(cls):  # type: ignore[no-untyped-def]
        init = cls.__init__
        def made(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            init(self, *args, **kwargs)
            recording.gated.append(self)
        cls.__init__ = made

    recording.word_offsets = starts.word_offsets  # the original, for the comparisons
    for owner, name in ((gates.Gated, "may_match"), (gates.GatedSet, "passing"),
                        (gates.GatedSet, "passing_lazily"), (starts.StemStarts, "positions"),
                        (starts, "word_offsets")):  # (before the readers import it by name)
        recording.restore.append((owner, name, getattr(owner, name)))
        setattr(owner, name, watched(getattr(owner, name)))
    for cls in (gates.Gated, starts.StemStarts):
        recording.restore.append((cls, "__init__", cls.__init__))
        kept(cls)


def record(documents: list[tuple[str, bytes]]) -> tuple[Recording, list[tuple[str, object]]]:
    """Convert ``documents`` with recording patterns: the recording and, per document, the
    SHA-256 of each instance (or the error). Must run before ``converter`` is imported."""
    if "converter" in sys.modules:
        raise RuntimeError("converter is imported already: its patterns would not be recorded")
    recording = Recording()
    _install(recording)
    _watch_gates(recording)
    from converter.pipeline import convert_bytes
    outputs: list[tuple[str, object]] = []
    for number, (name, data) in enumerate(documents):
        recording.document = number
        outputs.append((name, converted_digests(convert_bytes, name, data)))
    recording.on = False
    for owner, name, original in reversed(recording.restore):  # (the replays time the originals)
        setattr(owner, name, original)
    return recording, outputs


def converted_digests(convert_bytes, name: str, data: bytes) -> object:  # type: ignore[no-untyped-def]
    try:
        return [hashlib.sha256(c.xml).hexdigest() for c in convert_bytes(data, name)]
    except Exception as exc:  # noqa: BLE001  (a refused document: its error is its output)
        return f"{type(exc).__name__}: {exc}"


def gate_words(recording: Recording) -> list[str]:
    """Every word a gate, a stem pass or a ``word_offsets`` call of the run looks for."""
    words: set[str] = set()
    for made in recording.gated:
        for gate in getattr(made, "gates", ()):
            words.update(gate)
        words.update(getattr(made, "stems", ()) or ())
    for _document, function, args, kwargs in recording.gating:
        if function.__name__ == "word_offsets":
            words.add(kwargs.get("word", args[1] if len(args) > 1 else ""))
    words.discard("")
    return sorted(words)


def gated_text(function, args: tuple, kwargs: dict) -> object:  # type: ignore[no-untyped-def]
    """The text a gating call reads (``word_offsets(text, ...)``, the methods' ``folded``)."""
    if function.__name__ == "word_offsets":
        return kwargs.get("text", args[0])
    return args[1] if len(args) > 1 else next(iter(kwargs.values()))


def whole_texts(recording: Recording) -> dict[int, str]:
    """Each document's folded text: the longest text its gates read (``word_offsets`` may read
    texts as they are, not folded)."""
    whole: dict[int, str] = {}
    for document, function, args, kwargs in recording.gating:
        text = gated_text(function, args, kwargs)
        if function.__name__ != "word_offsets" and len(text) > len(whole.get(document, "")):
            whole[document] = text
    return whole


def gating_classes(recording: Recording, whole: dict[int, str]) -> dict[str, list[tuple]]:
    """The gating calls by what they read: the document's folded text itself, a part of it (a
    single pass over the document could answer with offsets), or another text (a text not folded,
    or folded apart)."""
    classes: dict[str, list[tuple]] = {"whole folded text": [], "part of it": [], "other text": []}
    for document, function, args, kwargs in recording.gating:
        text, full = gated_text(function, args, kwargs), whole.get(document, "")
        kind = "whole folded text" if text is full or text == full else "part of it" if text in full else "other text"
        classes[kind].append((function, args, kwargs))
    return classes

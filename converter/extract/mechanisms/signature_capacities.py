"""A person who signs a joint filing agreement for himself and, in the same signature, for the
entities he names with his capacity in each: 'Jane Roe, individually, and as Chief Executive
Officer of Apex Capital, LLC, and as Managing Member of Apex GP, LLC' signs for three parties,
Jane Roe and the two companies. Where the agreement's parties are "the undersigned", each of
them is a reporting person (``joint_filing.persons_and_pages``)."""

from __future__ import annotations

import re
from dataclasses import replace

from converter.extract.mechanisms.name_match import ends_with_legal_form, match_name
from converter.extract.mechanisms.signature_collapsed import ITSELF_AND_AS
from converter.extract.mechanisms.signatures import SignatureBlock

# what follows the signer's printed name before his first capacity
_INDIVIDUALLY = re.compile(r"[ \t]*,?\s*individually\s*,?\s+and\s+as\s+", re.IGNORECASE)
# what parts one capacity from the next: ', and as', ', as', 'and as' (across a line break)
_NEXT_CAPACITY = re.compile(r"\s*,?\s+(?:and\s+)?as\s+", re.IGNORECASE)
# one capacity: a title, 'of', the entity (a capitalised name, never 'the Board of ...')
_CAPACITY = re.compile(
    r"""(?:an?\s+|the\s+)?                       # 'an Executive Committee Member', 'the Manager'
    (?P<title>[A-Z][\w.&'’-]*(?:[ \t]+[\w.&'’-]+){0,6}?)   # the title, up to seven words
    \s+of\s+(?:the\s+)?                          # 'of', a line break allowed before the name
    (?P<entity>[A-Z][^\n]*?(?:\n[ \t]*[^\n]+?)?) # the entity, perhaps wrapped onto a second line
    [\s,;.]*$                                    # the capacity's end
    """, re.VERBOSE | re.DOTALL)
_OF = re.compile(r"\bof\b")
_REACH = 400  # characters after the signer's name the capacities may take


def capacity_parties(text: str, block: SignatureBlock, known: list[str]) -> list[SignatureBlock]:
    """The block, then one block per entity its signer signs for in a named capacity (signed by
    the same person, with that capacity as his title), leaving out entities in ``known`` (signed
    for already). All or nothing: a capacity that names no entity ending with its legal form
    ('of the Board') leaves the block alone."""
    if not block.party or block.party_span is None or block.party != block.signatory:
        return [block]
    opening = _INDIVIDUALLY.match(text, block.party_span[1])
    if opening is None:
        return [block]
    stop = text.find("\n\n", opening.end(), opening.end() + _REACH)
    stop = stop if stop >= 0 else min(len(text), opening.end() + _REACH)
    cuts = [opening.end()] + [x for m in _NEXT_CAPACITY.finditer(text, opening.end(), stop)
                              for x in (m.start(), m.end())] + [stop]
    parties: list[SignatureBlock] = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        m = _CAPACITY.match(text, start, end)
        entity = " ".join(m["entity"].split()).rstrip(",;. ") if m else ""
        if m is None or not ends_with_legal_form(entity) or _OF.search(entity):
            return [block]  # ('Chairman of the Board of Apex Inc.': which 'of' the title ends at is unsure)
        if match_name(entity, known + [p.party or "" for p in parties]) is None:
            span = (m.start("entity"), m.start("entity") + len(m["entity"].rstrip(",;. \n")))
            parties.append(replace(block, party=entity, party_span=span, title=" ".join(m["title"].split()),
                                   title_span=m.span("title")))
    return [block] + parties


def represented_parties(text: str, block: SignatureBlock) -> list[SignatureBlock]:
    """A page whose party line names the entity and the party it acts for ('X for itself and as
    general partner of Y'): the page of X, then Y's page, signed by the same person through X
    (``chain``). Else the page itself. Both names must end with a legal form, or the line is
    left alone."""
    from converter.extract.mechanisms.signature_parts import ChainLink

    party, span = block.party, block.party_span
    if not party or span is None or "itself" not in party and "own behalf" not in party:
        return [block]
    m = ITSELF_AND_AS.search(party)
    if m is None:
        return [block]
    first, second = party[: m.start()].strip(" ,"), party[m.end():].strip(" ,;")
    if not (ends_with_legal_form(first) and ends_with_legal_form(second)):
        return [block]
    first_span, second_span = _printed(text, span, first), _printed(text, span, second)
    link = ChainLink(first, " ".join(m["role"].split()), first_span)
    return [replace(block, party=first, party_span=first_span),
            replace(block, party=second, party_span=second_span, chain=(link,) + block.chain)]


def _printed(text: str, span: tuple[int, int], name: str) -> tuple[int, int]:
    """Where ``name`` (white space collapsed) is printed inside ``span``, perhaps wrapped."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    m = re.compile(words).search(text, *span)
    return m.span() if m else span

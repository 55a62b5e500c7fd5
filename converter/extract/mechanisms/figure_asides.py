"""The company of a Korean news figure told by the words around it rather than by its sentence's
subject: a figure in parentheses that is an aside about another company, and a figure of a
sentence ranking companies, each listed with its figure. Asked by ``prose_measures`` for each
figure, over the story's ``figure_subjects.NewsCompanies``; the words are read in
``ranked_companies``.
"""

from __future__ import annotations

from converter.extract.mechanisms.figure_subjects import (
    COUNTERPARTY_AXIS, SEGMENT_AXIS, UNTOLD, WHOLE, NewsCompanies, Subject, same_company)
from converter.extract.mechanisms.ranked_companies import listed_companies, paren_aside_owner, ranked_head, ranks_companies
from converter.extract.mechanisms.sentences import Sentence, has_hangul


def aside_company(companies: NewsCompanies, s: Sentence, at: int) -> Subject | None:
    """The other company a Korean figure in parentheses is an aside about ("같은 기간 누리은행은
    순손실(386억원)을 냈다", "누리은행의 순손실(386억원)과 대조적이다" in a story on another
    company): that company's, told for sure by its name's words; None where the parenthesis
    is glued to no company's name or measure, or to the story's own company's (there it is
    its own figure: "가람은행은 당기순손실(386억원)", read as the text states it)."""
    if companies.text[at - 1:at] not in ("(", "-", "−", "△", "▲", " ") or not has_hangul(s.text, 0, 40):
        return None
    name = paren_aside_owner(s.text[:at - s.start])
    if name is None or name == companies.own_company or (companies.registrant and same_company(name, companies.registrant)):
        return None
    return Subject(COUNTERPARTY_AXIS, name)


def ranked_company(companies: NewsCompanies, s: Sentence, subject: Subject, company: Subject) -> Subject | None:
    """The company of a Korean sentence ranking companies by a figure ("매출액은 가람전자가
    12조원으로 가장 많았고 새봄모터스 8조원, 한빛텔레콤 4조원 등이다") that a figure is of: a
    listed name's (read as a part of the company before, ``subject``), or the sentence's
    head company's; None where the sentence ranks none or the figure is neither's."""
    if not has_hangul(s.text, 0, 40) or not ranks_companies(s.text):
        return None
    listed = listed_companies(s.text)
    head = company.member if company.axis in (None, COUNTERPARTY_AXIS) and company.member \
        and company is not UNTOLD and not company.aggregate else ranked_head(s.text)
    if len(listed) + (head is not None) < 2:
        return None
    if subject.axis == SEGMENT_AXIS and subject.member in listed:
        name = subject.member
    elif subject == WHOLE and head is not None:
        name = head
    else:
        return None
    if companies.registrant and same_company(name, companies.registrant):
        return WHOLE
    return Subject(COUNTERPARTY_AXIS, name)

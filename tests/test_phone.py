"""Phone and fax numbers: every way a filing writes them, to E.164."""

from __future__ import annotations

import pytest

from converter.parse.phone import find_phones, parse_phone

TABLE = [
    # Korean filings: country code glued to the area code
    ("822-3488-8058", "+82-2-3488-8058", "KR"),
    ("822-2127-4100", "+82-2-2127-4100", "KR"),
    ("8231-789-1234", "+82-31-789-1234", "KR"),
    ("82-2-3488-8058", "+82-2-3488-8058", "KR"),
    ("82-31-123-4567", "+82-31-123-4567", "KR"),
    ("82 2 3488 8058", "+82-2-3488-8058", "KR"),
    ("82-51-740-1234", "+82-51-740-1234", "KR"),
    ("82-10-1234-5678", "+82-10-1234-5678", "KR"),
    ("(82-2) 3488-8058", "+82-2-3488-8058", "KR"),
    ("82-(0)2-3488-8058", "+82-2-3488-8058", "KR"),
    ("001-82-2-3488-8058", "+82-2-3488-8058", "KR"),
    # with a plus
    ("+82 2 3488 8058", "+82-2-3488-8058", "KR"),
    ("+82-2-3488-8058", "+82-2-3488-8058", "KR"),
    ("+82 (0)2 3488 8058", "+82-2-3488-8058", "KR"),
    ("+82-31-8038-2114", "+82-31-8038-2114", "KR"),
    ("+822-3488-8058", "+82-2-3488-8058", "KR"),
    ("+82 02 3488 8058", "+82-2-3488-8058", "KR"),
    ("+82 0 2 3488 8058", "+82-2-3488-8058", "KR"),  # the trunk 0 as a group of its own
    ("+44 0 20 7123 4567", "+44-20-7123-4567", "GB"),
    ("+1 212 807 5027", "+1-212-807-5027", "US"),
    ("+1-212-807-5027", "+1-212-807-5027", "US"),
    ("+852 2868 1234", "+852-2868-1234", "HK"),
    ("+65 6123 4567", "+65-6123-4567", "SG"),
    ("+81-3-5555-1234", "+81-3-5555-1234", "JP"),
    ("+44 20 7123 4567", "+44-20-7123-4567", "GB"),
    ("+1 441 295 1234", "+1-441-295-1234", "BM"),
    ("+1 (345) 949 1234", "+1-345-949-1234", "KY"),
    # national Korean numbers with the trunk 0
    ("(02) 3488-8058", "+82-2-3488-8058", "KR"),
    ("02-3488-8058", "+82-2-3488-8058", "KR"),
    ("02)3488-8058", "+82-2-3488-8058", "KR"),
    ("02.3488.8058", "+82-2-3488-8058", "KR"),
    ("031-123-4567", "+82-31-123-4567", "KR"),
    ("(031) 789-1234", "+82-31-789-1234", "KR"),
    ("032-830-1234", "+82-32-830-1234", "KR"),
    ("051-740-1234", "+82-51-740-1234", "KR"),
    ("053-760-1234", "+82-53-760-1234", "KR"),
    ("064-710-1234", "+82-64-710-1234", "KR"),
    ("010-1234-5678", "+82-10-1234-5678", "KR"),
    ("011-9876-5432", "+82-11-9876-5432", "KR"),
    ("080-123-4567", "+82-80-123-4567", "KR"),
    ("070-7123-4567", "+82-70-7123-4567", "KR"),
    # North American numbers
    ("212-807-5027", "+1-212-807-5027", "US"),
    ("(212) 807-5027", "+1-212-807-5027", "US"),
    ("212.807.5027", "+1-212-807-5027", "US"),
    ("1-212-807-5027", "+1-212-807-5027", "US"),
    ("(415) 555-0199", "+1-415-555-0199", "US"),
    ("441-295-1234", "+1-441-295-1234", "BM"),
    # a country code and an area code run together in brackets, and exit codes dialled first
    ("(8610) 5555-0188", "+86-10-5555-0188", "CN"),
    ("(8621) 5555-0123", "+86-21-5555-0123", "CN"),
    ("(85 2) 2555 0101", None, None),
    ("011-82-2-3456-7890", "+82-2-3456-7890", "KR"),
    ("011-81-3-5555-0142", "+81-3-5555-0142", "JP"),
    ("011 852 2555 0199", "+852-2555-0199", "HK"),
    ("00-886-3-555-0100", "+886-3-555-0100", "TW"),
    ("+81-3-5555-0100", "+81-3-5555-0100", "JP"),
    ("+81 (0)3 5555 0100", "+81-3-5555-0100", "JP"),
    ("+886-3-578-0100", "+886-3-578-0100", "TW"),
    ("+91-80-5555-0261", "+91-80-5555-0261", "IN"),
    ("+31 70 555 0123", "+31-70-555-0123", "NL"),
    # a country code in brackets, the area code after a hyphen or none: never a North American
    # area code, whose number has three and four digits
    ("(86-21) 5555-8866", "+86-21-5555-8866", "CN"),
    ("(86-20) 5555-0762", "+86-20-5555-0762", "CN"),
    ("(886-3) 555-8000", "+886-3-555-8000", "TW"),
    ("(81-3) 5555-0100", "+81-3-5555-0100", "JP"),
    ("(852) 2555 1188", "+852-2555-1188", "HK"),
    ("(65) 6123 4567", "+65-6123-4567", "SG"),
    ("(972) 9-555-7700", "+972-9-555-7700", "IL"),
    ("(972) 555-1234", "+1-972-555-1234", "US"),  # Dallas, not Israel
]


@pytest.mark.parametrize("written, e164, country", TABLE)
def test_phone_table(written: str, e164: str, country: str) -> None:
    phone = parse_phone(written)
    if e164 is None:  # a bracket that splits a code: not read as a number
        assert phone is None, written
        return
    assert phone is not None, written
    assert (phone.e164, phone.country_code, phone.text) == (e164, country, written)


@pytest.mark.parametrize("text", [
    "137-070", "135-080", "1592-7", "2002-11-18", "77.63 million", "06620", "KY1-1104",
    "3488-8058", "01-2345-6789", "12345", "", "+82 0",  # "+82 0": a lone trunk 0 (raised before)
])
def test_not_phone_numbers(text: str) -> None:
    assert parse_phone(text) is None


def test_default_country_for_national_numbers() -> None:
    phone = parse_phone("03-5555-1234", default_country="JP")
    assert phone is not None and (phone.e164, phone.country_code) == ("+81-3-5555-1234", "JP")
    assert parse_phone("03-5555-1234") is None  # 03 is no Korean prefix


def test_find_phones_with_offsets() -> None:
    text = "Tel: (02) 2127-4100 / Fax: 82-2-2127-4199; in New York (212) 555-0142."
    phones = find_phones(text)
    assert [p.e164 for p in phones] == ["+82-2-2127-4100", "+82-2-2127-4199", "+1-212-555-0142"]
    for p in phones:
        assert text[p.start:p.end] == p.text


def test_dates_amounts_and_postal_codes_in_running_text_are_not_phones() -> None:
    text = ("On November 6, 2002, 232.9 million shares; Seoul 137-751; lot 1337-20; "
            "KRW 326,000,000,000 and 2,852,976 subscribers at 2002-09-30.")
    assert find_phones(text) == []


def test_seed_contact_numbers() -> None:
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
    text = (seeds / "thrunet-reverse-split-2002.txt").read_text(encoding="utf-8")
    found = {p.e164 for p in find_phones(text)}
    assert {"+82-2-3488-8058", "+82-2-3488-8511", "+1-212-807-5027"} <= found


@pytest.mark.parametrize("written, country, e164", [
    ("91 22 5555 0142", "IN", "+91-22-5555-0142"),  # the country's code, no plus: an Indian cover
    ("91 80 5555 0261", "IN", "+91-80-5555-0261"),
    ("81 3 5555 0100", "JP", "+81-3-5555-0100"),
    ("86 10 5555 0188", "CN", "+86-10-5555-0188"),
    ("022-5555-0142", "IN", "+91-22-5555-0142"),  # the national form with its trunk 0
])
def test_country_code_without_plus(written: str, country: str, e164: str) -> None:
    phone = parse_phone(written, default_country=country)
    assert phone is not None and phone.e164 == e164


def test_extensions_and_ranges_keep_the_number() -> None:
    """'(ext. 123)' and a range '~4' after a number: the number itself, E.164."""
    text = "Tel: 82-2-3456-7890 (ext. 123)  Fax: 82-2-3456-7891~4  Phone: (212) 555-0142 x 205"
    assert [p.e164 for p in find_phones(text)] == ["+82-2-3456-7890", "+82-2-3456-7891", "+1-212-555-0142"]


def test_header_phone_digits() -> None:
    from converter.parse.phone import parse_digits

    assert parse_digits("82317801234") == "+82-31-780-1234"
    assert parse_digits("8225551234") == "+82-2-555-1234"
    assert parse_digits("2125550142", country="US") == "+1-212-555-0142"
    assert parse_digits("12345") is None and parse_digits("4412345678") is None


# A calling code in brackets, as covers, releases and contact lines write it: one reader
# (``_paren_country``) for the code alone, with its area code inside the brackets, after them or
# in brackets of its own, and after a plus. (text, the number found, E.164, country)
BRACKETED = [
    ("(82-2) 3145-5000", "(82-2) 3145-5000", "+82-2-3145-5000", "KR"),
    ("(822) 2000-1234", "(822) 2000-1234", "+82-2-2000-1234", "KR"),
    ("(82) 2 3145 5000", "(82) 2 3145 5000", "+82-2-3145-5000", "KR"),
    ("Tel: +(852) 2123 4567", "+(852) 2123 4567", "+852-2123-4567", "HK"),
    ("Fax: +(81) 3-1234-5679", "+(81) 3-1234-5679", "+81-3-1234-5679", "JP"),
    ("(886) 2-2345-6789", "(886) 2-2345-6789", "+886-2-2345-6789", "TW"),
    ("(886-2) 2345-6789", "(886-2) 2345-6789", "+886-2-2345-6789", "TW"),
    ("Tel: (81) 3-1234-5678", "(81) 3-1234-5678", "+81-3-1234-5678", "JP"),
    ("Phone: (81) (3) 3556-3344", "(81) (3) 3556-3344", "+81-3-3556-3344", "JP"),
    ("(852)2123-4567 (main line)", "(852)2123-4567", "+852-2123-4567", "HK"),
    ("(86 10) 6499 0060", "(86 10) 6499 0060", "+86-10-6499-0060", "CN"),
    ("(86) 010 6499 0060", "(86) 010 6499 0060", "+86-10-6499-0060", "CN"),  # the trunk 0 dropped
    ("(39) 02 1234 5678", "(39) 02 1234 5678", "+39-02-1234-5678", "IT"),  # Italy keeps its 0
    ("(91-22) 5555 0142", "(91-22) 5555 0142", "+91-22-5555-0142", "IN"),
    ("(61 2) 9123 4567", "(61 2) 9123 4567", "+61-2-9123-4567", "AU"),
    ("(44)(1234) 56789", "(44)(1234) 56789", "+44-1234-56789", "GB"),
    ("(33) 1 23 45 67 89", "(33) 1 23 45 67 89", "+33-1-23-45-67-89", "FR"),
    ("Tel (852) 2121 3220 / 2121 3221", "(852) 2121 3220", "+852-2121-3220", "HK"),
    ("(972) 555-1234", "(972) 555-1234", "+1-972-555-1234", "US"),  # a Dallas area code in brackets
    ("(415) 555-0199", "(415) 555-0199", "+1-415-555-0199", "US"),  # not Switzerland's 41
    ("(1) 852 2121 3220", "852 2121 3220", "+852-2121-3220", "HK"),  # a list's item number
]


@pytest.mark.parametrize("text, written, e164, country", BRACKETED)
def test_bracketed_calling_code(text: str, written: str, e164: str, country: str) -> None:
    phones = find_phones(text)
    assert [(p.text, p.e164, p.country_code) for p in phones] == [(written, e164, country)]


@pytest.mark.parametrize("text", [
    "(85 2) 2555 0101",  # a space splits the code
    "(852) 2121 3220 9",  # a number going on past what a national number holds: no piece of it
    "(353) 43406 27887",  # a refused bracketed number is not read again as a bare '43' (Austria)
    "(33) 1 23 45 67 89 10",
])
def test_bracketed_calling_code_refused(text: str) -> None:
    assert find_phones(text) == []


@pytest.mark.parametrize("text, e164", [
    ("(65) 61234567", "+65-6123-4567"),  # a national number in one group: not read yet
    ("(86) 10 64990060", "+86-10-6499-0060"),  # eight digits in one group after the area code
    ("(44) (0)20 7123 4567", "+44-20-7123-4567"),  # the trunk '(0)' after a bracketed code
])
@pytest.mark.xfail(strict=True, reason="known limit of the bracketed calling-code reader")
def test_bracketed_calling_code_limits(text: str, e164: str) -> None:
    assert [p.e164 for p in find_phones(text)] == [e164]

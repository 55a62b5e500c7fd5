"""Cheap gates in front of validation's checks must refuse exactly what the checks refuse.

``loading`` looks for ``xsi:schemaLocation`` attributes with XPath only when the bytes may hold
one: UTF-8 bytes without the word, or any other encoding, decide it. Each case here is the
hostile ``remote-schema-location.xml`` written another way; each must still be refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.resources import schemas_dir
from converter.validate import iter_errors

HOSTILE = Path(__file__).resolve().parent / "data" / "instances" / "hostile" / "remote-schema-location.xml"
REMOTE = "security:remoteSchema"


def codes(data: bytes) -> set[str]:
    return {finding.code for finding in iter_errors(data, name="gate.xml", base_dir=schemas_dir())}


def test_a_remote_schema_location_in_utf8_is_refused():
    assert REMOTE in codes(HOSTILE.read_bytes())


@pytest.mark.parametrize("encoding", ["UTF-16", "UTF-16LE", "UTF-32"])
def test_a_remote_schema_location_in_another_encoding_is_refused(encoding):
    text = HOSTILE.read_text(encoding="utf-8").replace('encoding="UTF-8"', f'encoding="{encoding}"')
    assert REMOTE in codes(text.encode(encoding.lower()))


def test_a_remote_no_namespace_schema_location_is_refused():
    text = HOSTILE.read_text(encoding="utf-8").replace(
        'xsi:schemaLocation="http://doc2xbrl.org/taxonomy/2026-11 https://attacker.example/other.xsd"',
        'xsi:noNamespaceSchemaLocation="https://attacker.example/other.xsd"')
    assert "noNamespaceSchemaLocation" in text
    assert REMOTE in codes(text.encode("utf-8"))


def test_a_valid_instance_without_schema_locations_is_not_refused():
    text = HOSTILE.read_text(encoding="utf-8").replace(
        ' xsi:schemaLocation="http://doc2xbrl.org/taxonomy/2026-11 https://attacker.example/other.xsd"', "")
    assert not any(code.startswith("security:") for code in codes(text.encode("utf-8")))

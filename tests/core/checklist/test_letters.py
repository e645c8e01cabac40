"""The letters to the police and to a lender: filled in, blanks, languages, storage."""

from __future__ import annotations

import datetime as _dt

import pytest

from assistant.core import i18n
from assistant.core.checklist import IncidentStore, Triage, default, letters
from assistant.core.storage import Storage

CHECKLIST = default()
TODAY = _dt.date(2026, 12, 7)
DETAILS = {
    "name": "Сәрсенова Әйгерім Қайратқызы",
    "iin": "900101400123",
    "address": "Алматы",
    "phone": "+7 701 000 00 00",
    "happened": "05.12.2026, 14:30",
    "story": "A “bank officer” called <b>and</b> asked for the code.",
    "fraud_contacts": "+7 777 123 45 67",
    "amount": "150 000",
    "transfers": "05.12.2026 — 150 000 — card 4400 **** 1234",
    "lender": "MFO “Example”",
    "loan": "No. 77-1 of 05.12.2026, 300 000 tenge",
    "police_doc": "No. 123 of 06.12.2026",
    "refusal_date": "01.02.2025",
}


def build(kind: str, what: list[str], details: dict[str, str], language: str = "en"
          ) -> letters.Letter:
    return letters.build(kind, CHECKLIST, Triage.of(what, "today"), details,
                         language=language, today=TODAY)


def test_police_letter_carries_what_was_typed() -> None:
    letter = build(letters.POLICE, ["code-1414", "money-sent", "loan-taken"], DETAILS)
    text = letter.plain_text()
    for key in ("name", "iin", "address", "phone", "happened", "story", "fraud_contacts",
                "amount", "transfers", "loan"):
        assert DETAILS[key] in text, key
    assert "I told a stranger the code from an SMS sent by 1414 or eGov." in text
    assert "“safe account”" in text
    assert "Article 71" in text and "Article 200" in text
    assert letters.BLANK not in text.split("Signature")[0]
    assert "07.12.2026" in text
    assert letter.title == "Letter to the police"
    assert "102" in letter.guidance_text() and "eOtinish" in letter.guidance_text()


def test_blanks_where_nothing_was_typed() -> None:
    letter = build(letters.POLICE, ["card-details"], {"name": "  ", "iin": "900101400123"})
    text = letter.plain_text()
    assert "From: " + letters.BLANK in text
    assert "IIN: 900101400123" in text
    assert text.count(letters.BLANK) >= 7
    # no loan: the victim request without the loan document
    assert "recognise me as a victim (Article 71" in text and "Article 200" not in text


def test_lender_letter_asks_for_the_write_off_with_the_rule_only_when_it_applies() -> None:
    with_refusal = build(letters.LENDER, ["loan-taken"], DETAILS).plain_text()
    assert "To: MFO “Example”" in with_refusal
    assert "No. 123 of 06.12.2026" in with_refusal and DETAILS["loan"] in with_refusal
    assert "On 01.02.2025, the voluntary refusal" in with_refusal
    assert "1 September 2024" in with_refusal
    assert "write this loan off" in with_refusal
    without = dict(DETAILS, refusal_date="")
    text = build(letters.LENDER, ["loan-taken"], without).plain_text()
    assert "1 September 2024" not in text
    assert "1 September 2024" in build(letters.LENDER, ["loan-taken"], without
                                       ).guidance_text()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_letters_in_kazakh_and_russian(language: str) -> None:
    english = build(letters.POLICE, ["code-1414", "loan-taken"], DETAILS).plain_text()
    text = build(letters.POLICE, ["code-1414", "loan-taken"], DETAILS, language).plain_text()
    assert text != english
    assert DETAILS["name"] in text and DETAILS["iin"] in text
    assert "Article" not in text and "From:" not in text
    words = {"kk": ("АРЫЗ", "ЖСН", "71-бабы"), "ru": ("ЗАЯВЛЕНИЕ", "ИИН", "статья 71")}
    for word in words[language]:
        assert word in text
    lender = build(letters.LENDER, ["loan-taken"], DETAILS, language)
    assert "1 September" not in lender.plain_text() and "2024" in lender.plain_text()
    # the app's own language does not change
    assert i18n.current_language() == "en"


def test_language_of_the_app_is_the_default() -> None:
    i18n.set_language("ru")
    try:
        letter = letters.build(letters.LENDER, CHECKLIST, Triage.of(["loan-taken"]), {})
        assert letter.title == "Письмо кредитору"
        assert letters.file_stem(letters.LENDER, today=TODAY) == "письмо-кредитору-2026-12-07"
    finally:
        i18n.set_language("en")


def test_unknown_fields_and_control_characters_are_dropped() -> None:
    letter = build(letters.POLICE, ["card-details"], {"name": "A\x00B", "evil": "X" * 10,
                                                      "story": "y" * 10_000})
    text = letter.plain_text()
    assert "AB" in text and "XXXXXXXXXX" not in text
    assert "y" * letters.MAX_DETAIL in text and "y" * (letters.MAX_DETAIL + 1) not in text
    with pytest.raises(ValueError):
        build("court", ["card-details"], {})


def test_details_are_saved_with_the_plan_and_wiped_by_delete(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST)
    incident = store.create(Triage.of(["loan-taken"], "today"))
    other = store.create(Triage.of(["card-details"], "today"))
    store.set_detail(incident.id, "name", "Сәрсенова Әйгерім")
    store.set_detail(incident.id, "iin", "900101400123")
    store.set_detail(other.id, "iin", "850505300777")
    store.set_detail(incident.id, "phone", "+7 701")
    store.set_detail(incident.id, "phone", "")  # emptied: gone
    assert store.details(incident.id) == {"name": "Сәрсенова Әйгерім", "iin": "900101400123"}
    with pytest.raises(KeyError):
        store.set_detail(9999, "name", "x")
    store.delete(incident.id)
    assert store.details(incident.id) == {}
    assert store.details(other.id) == {"iin": "850505300777"}
    path = storage.path
    assert path is not None
    storage.close()
    files = [path, path.with_name(path.name + "-wal")]
    data = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"900101400123" not in data
    assert "Әйгерім".encode() not in data
    assert b"850505300777" in data

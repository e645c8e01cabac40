"""Each way of being hurt, and the usual combinations: which steps, in which order.

The plan is ordered by urgency: stop the damage, protect accounts, keep the evidence,
report, follow up. Every number, site and procedure in the plan and the letters traces
to the registry or to a source of the knowledge base.
"""

from __future__ import annotations

import re

import pytest

from assistant.core import content as content_module
from assistant.core import i18n
from assistant.core.checklist import NOT_SURE, Triage, default, letters
from assistant.core.content import TRANSLATABLE_KEYS, load_toml
from tools.babel_toml import strings_in

CHECKLIST = default()
PHASES = [phase.id for phase in CHECKLIST.phases]


def ids(what: list[str], when: str = "just-now") -> list[str]:
    return [step.id for step in CHECKLIST.plan(Triage.of(what, when))]


#: The whole plan for each answer given alone, right after it happened.
PLANS = {
    "code-1414": ["loan-refusal", "second-call", "passwords", "evidence", "report-number",
                  "police", "check-loans"],
    "bank-code": ["bank", "loan-refusal", "second-call", "passwords", "card-limits",
                  "evidence", "statement-review", "dispute", "report-number", "police",
                  "check-loans"],
    "card-details": ["bank", "second-call", "card-limits", "evidence", "statement-review",
                     "dispute", "report-number", "police"],
    "remote-app": ["disconnect", "bank", "remove-app", "loan-refusal", "second-call",
                   "passwords", "evidence", "statement-review", "dispute", "report-number",
                   "police", "check-loans"],
    "account-taken": ["warn-contacts", "passwords", "account-back", "evidence", "police"],
    "money-sent": ["bank", "second-call", "card-limits", "evidence", "statement-review",
                   "dispute", "report-number", "police"],
    "loan-taken": ["bank", "loan-refusal", "second-call", "evidence", "report-number",
                   "police", "check-loans", "lender"],
    "link-opened": ["bank", "loan-refusal", "second-call", "passwords", "card-limits",
                    "evidence", "statement-review", "dispute", "report-number", "police",
                    "check-loans"],
    "data-leaked": ["loan-refusal", "check-loans", "data-leak"],
    "sim-lost": ["block-sim", "bank", "loan-refusal", "passwords", "evidence",
                 "statement-review", "police", "check-loans"],
}


def test_every_answer_has_its_plan_here() -> None:
    answers = {o.id for o in CHECKLIST.what.options} - {NOT_SURE}
    assert answers == set(PLANS)


@pytest.mark.parametrize("answer", sorted(PLANS))
def test_plan_of_each_answer(answer: str) -> None:
    assert ids([answer]) == PLANS[answer]


@pytest.mark.parametrize("answer", sorted(PLANS))
def test_plan_goes_by_phase(answer: str) -> None:
    for when in ("just-now", "today", "earlier", NOT_SURE):
        phases = [PHASES.index(s.phase_for(when)) for s in
                  CHECKLIST.plan(Triage.of([answer], when))]
        assert phases == sorted(phases), (answer, when)


def test_remote_access_disconnects_first_then_bank_then_removal() -> None:
    plan = ids(["remote-app"])
    assert plan[:3] == ["disconnect", "bank", "remove-app"]
    disconnect = CHECKLIST.steps["disconnect"]
    text = " ".join(disconnect.how)
    assert "airplane mode" in text and "network cable" in text and "another phone" in text
    assert "someone you trust" in text
    labels = [m.label for m in CHECKLIST.steps["remove-app"].methods]
    assert labels == ["On Android", "On an iPhone", "On a computer"]
    assert "will not delete" in " ".join(CHECKLIST.steps["remove-app"].how)


def test_evidence_comes_before_the_report() -> None:
    for answer in PLANS:
        plan = ids([answer])
        if "police" in plan:
            assert plan.index("evidence") < plan.index("police"), answer


def test_card_plan_blocks_reissues_disputes_reviews_and_limits() -> None:
    plan = ids(["card-details"])
    assert plan.index("bank") < plan.index("card-limits") < plan.index("statement-review")
    assert plan.index("statement-review") < plan.index("dispute") < plan.index("police")
    assert "new card with a new number" in " ".join(CHECKLIST.steps["bank"].how)


def test_passwords_from_a_safe_device_and_egov_first_after_1414() -> None:
    how = " ".join(CHECKLIST.steps["passwords"].how)
    assert "never touched" in how and "After a 1414 code, start with eGov" in how
    assert "typed a login on a site" in how


def test_the_operators_line_is_offered() -> None:
    step = CHECKLIST.steps["report-number"]
    assert "24/7" in step.why and "18 November 2025" in step.why
    assert "fact:operators" in step.sources
    assert step.contacts == ("operator",)


# -- the realistic combinations -------------------------------------------------------


def test_1414_code_and_a_loan_already_issued() -> None:
    plan = ids(["code-1414", "loan-taken"], "earlier")
    assert plan == ["bank", "loan-refusal", "second-call", "passwords", "evidence",
                    "check-loans", "report-number", "police", "lender"]
    # the police document first, then the lender, with the rule said plainly
    lender = CHECKLIST.steps["lender"]
    assert "1 September 2024" in " ".join(lender.details)
    assert "police document" in lender.how[0]


def test_card_data_and_an_sms_code() -> None:
    plan = ids(["card-details", "bank-code"], "today")
    assert plan == ["bank", "loan-refusal", "second-call", "passwords", "card-limits",
                    "evidence", "statement-review", "dispute", "report-number", "police",
                    "check-loans"]


def test_app_installed_and_card_details() -> None:
    plan = ids(["remote-app", "card-details"])
    assert plan == ["disconnect", "bank", "remove-app", "loan-refusal", "second-call",
                    "passwords", "card-limits", "evidence", "statement-review", "dispute",
                    "report-number", "police", "check-loans"]


def test_not_sure_gives_every_step_in_phase_order() -> None:
    plan = CHECKLIST.plan(Triage.of([NOT_SURE]))
    assert {s.id for s in plan} == set(CHECKLIST.steps)
    assert plan[0].id == "disconnect"
    assert [PHASES.index(s.phase) for s in plan] == sorted(PHASES.index(s.phase)
                                                           for s in plan)


def test_earlier_moves_the_loan_check_into_the_evidence() -> None:
    now, before = ids(["code-1414"], "just-now"), ids(["code-1414"], "earlier")
    assert sorted(now) == sorted(before)
    assert now.index("check-loans") > now.index("police")
    assert before.index("check-loans") < before.index("police")


# -- every number, site and procedure traces to a source --------------------------------

#: Figures that are not phone numbers: years, dates, article numbers, an amount, "24/7",
#: "2 million" (all from FACTS.md or the seeds).
NOT_PHONE_NUMBERS = {"2024", "2025", "2026", "400", "200", "71", "22", "18", "24", "7", "2",
                     "1", "12"}
DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:kz|ru|com|org|net|gov|au|site)\b", re.I)
NUMBER = re.compile(r"(?<![\w.])\+?\d[\d ()-]*\d(?![\w])|(?<![\w.])\d(?![\w])")


def _letter_texts() -> list[str]:
    texts = []
    details = {field.id: "" for field in letters.FIELDS}
    for language in ("en", "kk", "ru"):
        for kind in letters.KINDS:
            for what in (["loan-taken", "code-1414"], ["card-details"]):
                letter = letters.build(kind, CHECKLIST, Triage.of(what), details,
                                       language=language)
                texts += [letter.plain_text(), letter.guidance_text()]
    return texts


def _checklist_texts() -> list[str]:
    return list(strings_in(load_toml("checklist.toml")))


def _problems(texts: list[str]) -> list[str]:
    content = content_module.default()
    numbers = {n.number for n in content.numbers.values()}
    domains = {d.domain for d in content.domains.values()}
    problems = []
    for text in texts:
        text = re.sub(r"(?m)^\d+\. ", "", text)  # the numbered list of attachments
        text = re.sub(r"\b\d\d\.\d\d\.\d{4}\b", "", text)  # the letter's date
        text = text.replace("1414", " 1414 ")
        for found in DOMAIN.findall(text):
            if found.lower() not in domains:
                problems.append(f"domain {found!r} is not in the registry: {text[:60]}")
        for found in NUMBER.findall(text):
            found = found.strip()
            if found not in numbers and found not in NOT_PHONE_NUMBERS:
                problems.append(f"number {found!r} is not in the registry: {text[:60]}")
    return problems


def test_plan_and_letters_name_only_registry_numbers_and_sites() -> None:
    assert _problems(_checklist_texts() + _letter_texts()) == []


def test_the_check_catches_a_made_up_number_or_site() -> None:
    assert _problems(["Call 7777 now."]) and _problems(["Go to stop-fraud.kz."])
    assert not _problems(["Call 102 or 1414, or open egov.kz."])


def test_every_step_has_sources_and_pages_give_their_address() -> None:
    content = content_module.default()
    for step in CHECKLIST.steps.values():
        assert step.sources, step.id
        for source_id in step.sources:
            source = content.sources[source_id]
            if source.kind == "page":
                assert source.reference.startswith("https://"), source_id
    data = load_toml("checklist.toml")
    for item in data["step"]:
        assert item.get("source"), item["id"]


def test_a_step_without_a_source_is_a_load_error(tmp_path: object) -> None:
    from pathlib import Path

    from assistant.core.checklist import load
    from assistant.core.content import ContentError

    folder = Path(str(tmp_path))
    good = (Path(__file__).resolve().parents[3] / "resources/content/checklist.toml"
            ).read_text("utf-8")
    bad = good.replace('source = ["fact:operators", "seed:001"]\n', "")
    assert bad != good
    (folder / "checklist.toml").write_text(bad, "utf-8")
    with pytest.raises(ContentError):
        load(directory=folder)


def test_each_phase_says_why_in_one_sentence() -> None:
    assert PHASES == ["stop", "protect", "evidence", "report", "follow-up"]
    for phase in CHECKLIST.phases:
        assert phase.why.endswith(".") and phase.why.count(". ") == 0, phase.id
    assert "statement" in TRANSLATABLE_KEYS


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_terms_are_the_same_in_plan_and_quiz(language: str) -> None:
    """One word per concept (the native-speaker review): loan, statement, genuine..."""
    from babel.messages.pofile import read_po

    from tests.core.checklist.test_checklist_core import Path as _Path

    root = _Path(__file__).resolve().parents[3]
    with (root / "translations" / language / "LC_MESSAGES" / "assistant.po").open("rb") as f:
        catalog = read_po(f, locale=language)
    texts = " ".join(m.string for m in catalog if m.id and isinstance(m.string, str))
    if language == "kk":
        assert "CVC-ті" not in texts and "шынайы" not in texts.lower()
        assert "Телефонды қойыңыз" in texts and "Хабарласу журналы" in texts
        assert "CVC (картаның артындағы үш сан)" in texts
    else:
        assert "Положите трубку" in texts and "заём" not in texts
        assert "есть отдельные признаки" in texts
    i18n.set_language("en")

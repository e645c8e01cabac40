"""The emergency plan without Qt: content checks, plan order, saved incidents, report."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from pathlib import Path

import pytest

from assistant.core import content as content_module
from assistant.core import i18n
from assistant.core.checklist import (
    NOT_SURE,
    IncidentStore,
    StepState,
    Triage,
    build,
    default,
    load,
)
from assistant.core.checklist.reminder import Reminders
from assistant.core.checklist.report import BLANK, REPORT_FIELDS, file_name
from assistant.core.content import ContentError
from assistant.core.storage import Storage
from tools.babel_toml import strings_in

CHECKLIST = default()
WHAT = [o.id for o in CHECKLIST.what.options if o.id != NOT_SURE]
WHEN = [o.id for o in CHECKLIST.when.options]


def ids(triage: Triage) -> list[str]:
    return [step.id for step in CHECKLIST.plan(triage)]


# -- content ------------------------------------------------------------------------


def test_required_steps_exist_and_cite_sources() -> None:
    required = {"disconnect", "block-sim", "bank", "remove-app", "loan-refusal",
                "second-call", "passwords", "card-limits", "warn-contacts", "account-back",
                "evidence", "statement-review", "dispute", "report-number", "police",
                "check-loans", "lender", "data-leak"}
    assert required <= set(CHECKLIST.steps)
    content = content_module.default()
    for step in CHECKLIST.steps.values():
        assert step.sources and all(s in content.sources for s in step.sources)


def test_numbers_in_steps_are_registry_numbers_only() -> None:
    content = content_module.default()
    kcell = CHECKLIST.steps["block-sim"].numbers
    assert {"kcell-9090", "kcell-3030", "kcell-119", "kcell-2588300", "kcell-2588000"} == set(
        kcell)
    assert all(content.numbers[n].caveat for n in kcell)
    assert CHECKLIST.steps["bank"].contacts == ("bank",)
    assert CHECKLIST.steps["block-sim"].contacts == ("operator",)
    assert CHECKLIST.steps["police"].numbers == ("police-102",)


def test_loan_refusal_has_both_ways_and_its_limits() -> None:
    step = CHECKLIST.steps["loan-refusal"]
    labels = [m.label for m in step.methods]
    assert labels == ["On egov.kz", "In the eGov Mobile app"]
    text = " ".join(step.details)
    assert "pawnshops" in text and "written off" in text and "no end date" in text


def test_not_sure_is_always_offered() -> None:
    assert NOT_SURE in {o.id for o in CHECKLIST.what.options}
    assert NOT_SURE in {o.id for o in CHECKLIST.when.options}


def test_bad_content_is_a_load_error(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[3] / "resources/content/checklist.toml"
    good = source.read_text("utf-8")
    cases = [
        good.replace('numbers = ["police-102"]', 'numbers = ["police-103"]'),
        good.replace('source = ["fact:credit-report"]', 'source = ["fact:nowhere"]'),
        good.replace('triggers = ["account-taken"]', 'triggers = ["account-lost"]', 1),
        good.replace('phase = "report"', 'phase = "later"', 1),
        good.replace('phase_when = { earlier = "evidence" }', 'phase_when = { earlier = "x" }'),
        good.replace('scenarios = ["sim-stopped"]', 'scenarios = ["sim-gone"]'),
        good.replace('contacts = ["operator"]', 'contacts = ["nobody"]'),
        good.replace('[[question.option]]\nid = "not-sure"\nlabel = "I am not sure"\n\n# --',
                     '# --'),
    ]
    for index, text in enumerate(cases):
        assert text != good, index
        (tmp_path / "checklist.toml").write_text(text, "utf-8")
        with pytest.raises(ContentError):
            load(directory=tmp_path)


# -- plan ---------------------------------------------------------------------------
# Each answer's plan, step by step, is in test_plan_content.py.


@pytest.mark.parametrize("size", [2, 3, len(WHAT)])
def test_combinations_are_ordered_and_without_duplicates(size: int) -> None:
    for combo in itertools.combinations(WHAT, size):
        for when in WHEN:
            triage = Triage.of(combo, when)
            steps = CHECKLIST.plan(triage)
            plan = [s.id for s in steps]
            assert len(plan) == len(set(plan))
            keys = [CHECKLIST.urgency(s, when) for s in steps]
            assert keys == sorted(keys)
            union: set[str] = set()
            for answer in combo:
                union |= set(ids(Triage.of([answer], when)))
            assert set(plan) == union


def test_not_sure_or_nothing_gives_every_step() -> None:
    every = set(CHECKLIST.steps)
    assert set(ids(Triage.of([NOT_SURE]))) == every
    assert set(ids(Triage.of(["bank-code", NOT_SURE], "today"))) == every
    assert set(ids(Triage.of([]))) == every
    assert set(ids(Triage.of(["made-up"], "someday"))) == every


def test_scenarios_preselect_answers() -> None:
    assert CHECKLIST.answers_for_scenarios(["fake-1414-code"]) == {"code-1414"}
    assert CHECKLIST.answers_for_scenarios(["card-otp-request"]) == {"bank-code",
                                                                     "card-details"}
    assert CHECKLIST.answers_for_scenarios(["remote-access-app"]) == {"remote-app"}
    assert CHECKLIST.answers_for_scenarios(["no-such", "imei-notice"]) == set()


# -- saved incidents ----------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = _dt.datetime(2026, 11, 26, 9, 0, tzinfo=_dt.UTC)

    def __call__(self) -> _dt.datetime:
        self.now += _dt.timedelta(minutes=1)
        return self.now


def test_incident_is_saved_and_resumed_after_reopening(storage: Storage) -> None:
    clock = Clock()
    store = IncidentStore(storage, CHECKLIST, clock)
    incident = store.create(Triage.of(["bank-code", "sim-lost"], "just-now"))
    first, second, third = (r.step_id for r in incident.steps[:3])
    done = store.set_state(incident.id, first, StepState.DONE)
    assert done.changed == clock.now
    store.set_state(incident.id, second, StepState.SKIPPED)
    store.set_state(incident.id, third, StepState.LATER)
    store.set_note(incident.id, first, "Request 12345, operator Aigerim")
    store.add_contact(incident.id, "Halyk Bank 7111", "A-77")
    path = storage.path
    storage.close()

    assert path is not None
    reopened = Storage.open(path)
    try:
        again = IncidentStore(reopened, CHECKLIST).load(incident.id)
        assert [r.step_id for r in again.steps] == [r.step_id for r in incident.steps]
        assert again.step(first).state is StepState.DONE
        assert again.step(first).note == "Request 12345, operator Aigerim"
        assert again.step(first).changed == done.changed
        assert again.step(second).state is StepState.SKIPPED
        assert again.step(third).state is StepState.LATER
        assert [(c.who, c.reference) for c in again.contacts] == [("Halyk Bank 7111", "A-77")]
        assert again.progress() == (1, len(incident.steps))
        assert again.triage == Triage.of(["bank-code", "sim-lost"], "just-now")
    finally:
        reopened.close()


def test_several_incidents_and_closing(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    old = store.create(Triage.of(["code-1414"], "earlier"))
    new = store.create(Triage.of(["account-taken"], "today"))
    assert [i.id for i in store.incidents()] == [new.id, old.id]
    closed = store.set_closed(new.id, True)
    assert closed.closed
    assert [i.id for i in store.incidents()] == [old.id, new.id]  # open ones first
    assert not store.set_closed(new.id, False).closed
    with pytest.raises(KeyError):
        store.load(9999)
    with pytest.raises(KeyError):
        store.set_state(old.id, "warn-contacts", StepState.DONE)  # not in that plan


def test_state_can_be_undone_and_bad_input_is_contained(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["money-sent"]))
    step_id = incident.steps[0].step_id
    store.set_state(incident.id, step_id, StepState.DONE)
    reopened = store.set_state(incident.id, step_id, StepState.OPEN)
    assert reopened.state is StepState.OPEN and reopened.changed is None
    store.set_note(incident.id, step_id, "<b>not html</b>\x00" + "x" * 10_000)
    note = store.load(incident.id).step(step_id).note
    assert note.startswith("<b>not html</b>x") and len(note) == 4000
    with pytest.raises(ValueError):
        store.add_contact(incident.id, "   ")


def test_changing_answers_keeps_what_was_done(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["account-taken"], "today"))
    store.set_state(incident.id, "warn-contacts", StepState.DONE)
    store.set_note(incident.id, "police", "Officer Serik")
    changed = store.change_answers(incident.id, Triage.of(["card-details"], "today"))
    plan = [r.step_id for r in changed.steps]
    assert plan[:2] == ["bank", "second-call"]
    assert "warn-contacts" in plan and "passwords" not in plan  # kept: it was done
    assert changed.step("warn-contacts").state is StepState.DONE
    assert changed.step("police").note == "Officer Serik"
    assert plan.index("bank") < plan.index("police")
    assert len(plan) == len(set(plan))


# -- report -------------------------------------------------------------------------


def test_report_lists_answers_steps_notes_and_contacts(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["code-1414", "money-sent"], "today"))
    store.set_state(incident.id, "bank", StepState.DONE)
    store.set_note(incident.id, "bank", "Request <42> & co")
    store.set_state(incident.id, "passwords", StepState.LATER)
    store.add_contact(incident.id, "Police 102", "KUSP-9")
    report = build(CHECKLIST, store.load(incident.id))
    text = report.plain_text()
    assert "A code from 1414 or eGov" in text
    assert "I sent money or topped up someone's phone" in text
    assert "When: Today" in text
    for record in incident.steps:
        assert CHECKLIST.steps[record.step_id].title in text
    bank = next(s for s in report.done if s.title == CHECKLIST.steps["bank"].title)
    assert bank.status.startswith("Done: ") and bank.note == "Note: Request <42> & co"
    # "Done" holds the done step alone; everything else waits under "Still to do".
    assert [s.title for s in report.done] == [CHECKLIST.steps["bank"].title]
    assert len(report.todo) == len(incident.steps) - 1
    later = next(s for s in report.todo if s.title == CHECKLIST.steps["passwords"].title)
    assert later.status.startswith("Could not do it yet: ")
    assert all(s.status == "Not done yet" for s in report.todo if s is not later)
    assert text.index("Done\n") < text.index(bank.title) < text.index("Still to do\n")
    assert report.contacts[0].who == "Police 102"
    assert report.contacts[0].reference == "Reference: KUSP-9"


def test_report_is_translated(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["code-1414"], "just-now"))
    for language in ("ru", "kk"):
        i18n.set_language(language)
        report = build(CHECKLIST, incident)
        assert report.title != "Fraud incident report", language
        assert report.todo[0].title != CHECKLIST.steps["loan-refusal"].title, language
        assert report.file_name.endswith(f"{_dt.date.today().isoformat()}.pdf"), language
        assert not report.file_name.startswith("fraud-report"), language
        assert "/" not in report.file_name, language


def test_report_details_are_optional_kept_and_wiped(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["money-sent"], "today"))
    store.set_detail(incident.id, "name", "Aigerim Bekova")
    store.set_detail(incident.id, "iin", "900101300123")
    store.set_detail(incident.id, "message", "Your card is blocked <b>call</b>")
    report = build(CHECKLIST, incident, store.details(incident.id))
    values = {d.label: d.value for d in report.details}
    assert values["Your full name"] == "Aigerim Bekova"
    assert values["Your IIN"] == "900101300123"
    assert values["The message they sent"] == "Your card is blocked <b>call</b>"
    assert values["Money lost"] == BLANK  # left empty: a line to fill in by hand
    assert len(report.details) == len(REPORT_FIELDS)
    # Emptying a field removes it from the database; "Delete" removes the rest.
    store.set_detail(incident.id, "name", "  ")
    assert "name" not in store.details(incident.id)
    store.delete(incident.id)
    rows = storage.connection.execute("SELECT COUNT(*) FROM checklist_details").fetchone()
    assert rows[0] == 0


def test_file_name_has_no_path_characters() -> None:
    for language in ("en", "ru", "kk"):
        i18n.set_language(language)
        name = file_name(_dt.date(2026, 12, 7))
        assert name.endswith("2026-12-07.pdf")
        assert not set(name) & set('/\\:*?"<>|')


# -- where the plan opens -------------------------------------------------------------


def test_plan_opens_at_the_first_step_not_done(storage: Storage) -> None:
    store = IncidentStore(storage, CHECKLIST, Clock())
    incident = store.create(Triage.of(["bank-code", "sim-lost"], "just-now"))
    first, second, third = (r.step_id for r in incident.steps[:3])
    assert incident.current_step() == first
    store.set_state(incident.id, first, StepState.DONE)
    assert store.load(incident.id).current_step() == second
    store.set_state(incident.id, second, StepState.LATER)  # put off: comes back last
    assert store.load(incident.id).current_step() == third
    for record in store.load(incident.id).steps:
        if record.step_id not in (first, second):
            store.set_state(incident.id, record.step_id, StepState.SKIPPED)
    assert store.load(incident.id).current_step() == second
    store.set_state(incident.id, second, StepState.DONE)
    assert store.load(incident.id).current_step() is None
    # A step the content no longer has is never the one to open.
    store.set_state(incident.id, first, StepState.OPEN)
    assert store.load(incident.id).current_step(known=set()) is None


def test_hard_steps_are_marked_and_the_flag_is_checked(tmp_path: Path) -> None:
    hard = {step.id for step in CHECKLIST.steps.values() if step.hard}
    assert {"remove-app", "loan-refusal"} <= hard
    assert "bank" not in hard
    source = Path(__file__).resolve().parents[3] / "resources/content/checklist.toml"
    text = source.read_text("utf-8").replace("hard = true", 'hard = "yes"', 1)
    (tmp_path / "checklist.toml").write_text(text, "utf-8")
    with pytest.raises(ContentError):
        load(directory=tmp_path)


# -- the follow-up reminder -------------------------------------------------------------


def test_reminder_is_due_once_and_can_be_turned_off(storage: Storage) -> None:
    day = _dt.date(2027, 1, 15)
    now = [_dt.date(2026, 12, 7)]
    reminders = Reminders(storage, clock=lambda: now[0])
    assert reminders.day() is None and reminders.take_due() is None
    reminders.set(day)
    assert reminders.day() == day
    assert reminders.take_due() is None  # not yet
    now[0] = day
    assert reminders.take_due() == day
    assert reminders.take_due() is None  # once
    reminders.set(day)
    reminders.turn_off()
    now[0] = day + _dt.timedelta(days=400)
    assert reminders.take_due() is None
    assert reminders.in_a_year() == _dt.date(2029, 2, 19)
    now[0] = _dt.date(2028, 2, 29)
    assert reminders.in_a_year() == _dt.date(2029, 2, 28)


# -- translations -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_checklist_strings_are_translated(language: str) -> None:
    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parents[3]
    with (root / "translations" / language / "LC_MESSAGES" / "assistant.po").open("rb") as f:
        catalog = read_po(f, locale=language)
    wanted = set(strings_in(content_module.load_toml("checklist.toml")))
    registry = content_module.default().numbers
    for step in CHECKLIST.steps.values():
        for number_id in step.numbers:
            number = registry[number_id]
            wanted |= {text for text in (number.name, number.note, number.caveat) if text}
    for msgid in sorted(wanted):
        message = catalog.get(msgid)
        assert message is not None and message.string, (language, msgid)
        assert "fuzzy" not in message.flags, (language, msgid)
        placeholders = set(re.findall(r"\{\w*\}", msgid))
        assert set(re.findall(r"\{\w*\}", message.string)) == placeholders, msgid


def test_describe_names_the_known_answers_in_question_order() -> None:
    triage = Triage.of({WHAT[1], WHAT[0], "no-such-answer"}, "no-such-time")
    description = CHECKLIST.describe(triage)
    assert [option.id for option in description.what] == WHAT[:2]
    assert description.when.id == NOT_SURE  # an unknown "when" reads as "not sure"
    assert CHECKLIST.describe(Triage.of(set(), WHEN[0])).when.id == WHEN[0]

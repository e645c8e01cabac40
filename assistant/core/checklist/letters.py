"""The letters of the plan: a statement to the police and a request to a lender.

Filled in from what the person typed in the plan's details (name, IIN, dates, amounts,
the fraudsters' numbers, what happened) and from the triage answers; a blank line to
fill in by hand wherever nothing was typed. Everything else they say is a fact of the
fact sheet: the police document a write-off needs (Art. 71 / Art. 200 of the Criminal
Procedure Code), the rule on loans issued under an active refusal (law since
1 September 2024), and where to file (102, eGov, eOtinish, in person). No Qt here: the
window previews, copies and prints a :class:`Letter`; the text is plain, always.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.core import i18n
from assistant.core.checklist.plan import NOT_SURE, Checklist, Triage
from assistant.core.i18n import N_

#: What the person leaves empty is printed as this line, to be filled in by hand.
BLANK = "______________________"
POLICE = "police"
LENDER = "lender"
KINDS = (POLICE, LENDER)
#: A detail longer than this is cut (a whole book pasted must not make a 300-page PDF).
MAX_DETAIL = 4000


@dataclass(frozen=True)
class Field:
    """One detail the letters use: its id (as saved), label, hint, and one or many lines."""

    id: str
    label: str
    hint: str = ""
    multiline: bool = False
    letters: tuple[str, ...] = KINDS  # which letters use it


#: The details, in the order the form asks for them. Saved with the plan; "Delete" wipes
#: them with its notes.
FIELDS: tuple[Field, ...] = (
    Field("name", N_("Your full name")),
    Field("iin", N_("Your IIN"), N_("12 digits, from your ID card")),
    Field("address", N_("Your address")),
    Field("phone", N_("Your phone number")),
    Field("happened", N_("When it happened"), N_("The date and, if you know it, the time"),
          letters=(POLICE,)),
    Field("story", N_("What happened, in your own words"),
          N_("Who called or wrote, what they said, what you did"), multiline=True),
    Field("fraud_contacts", N_("The fraudsters' numbers, sites or accounts"),
          N_("Phone numbers, site addresses, messenger names"), letters=(POLICE,)),
    Field("amount", N_("Money lost"), N_("The total, in tenge"), letters=(POLICE,)),
    Field("transfers", N_("Transfers and payments"),
          N_("For each: the date, the amount and where it went"), multiline=True,
          letters=(POLICE,)),
    Field("lender", N_("The lender"), N_("The bank or microfinance organisation"),
          letters=(LENDER,)),
    Field("loan", N_("The loan"), N_("Its contract number, date and amount")),
    Field("police_doc", N_("The police document"),
          N_("Its kind, number and date, once you have it"), letters=(LENDER,)),
    Field("refusal_date", N_("The date you set the loan refusal"),
          N_("Only if it was set before the loan was issued"), letters=(LENDER,)),
)
FIELD_IDS = frozenset(f.id for f in FIELDS)


@dataclass(frozen=True)
class Letter:
    """A letter ready to show, copy or print: every string already translated."""

    kind: str  # POLICE or LENDER
    title: str  # what the letter is, for the window and the file name
    header: tuple[str, ...]  # to, from
    heading: tuple[str, ...]  # the document's name, centred on paper
    body: tuple[str, ...]  # paragraphs
    attachments_heading: str
    attachments: tuple[str, ...]
    closing: tuple[str, ...]  # date and signature lines
    send_heading: str
    send: tuple[str, ...]  # where and how to hand it in (shown beside, not in, the letter)

    def plain_text(self) -> str:
        """The letter itself as plain text, to copy into a form or an e-mail."""
        parts = ["\n".join(self.header), "\n".join(self.heading), "\n\n".join(self.body),
                 "\n".join([self.attachments_heading,
                            *(f"{n}. {a}" for n, a in enumerate(self.attachments, 1))]),
                 "\n".join(self.closing)]
        return "\n\n".join(parts) + "\n"

    def guidance_text(self) -> str:
        """Where and how to hand the letter in, as plain text."""
        return "\n".join([self.send_heading, *(f"• {line}" for line in self.send)])


def _clean(details: Mapping[str, str]) -> dict[str, str]:
    return {key: str(value).replace("\x00", "").strip()[:MAX_DETAIL]
            for key, value in details.items() if key in FIELD_IDS}


def _happened_lines(checklist: Checklist, triage: Triage,
                    _: Callable[[str], str]) -> list[str]:
    """The triage answers as first-person sentences ("I told a stranger the code...").

    A loan has its own paragraph in both letters, so that answer has no sentence.
    """
    return [_(option.statement) for option in checklist.what.options
            if option.id in triage.what and option.id != NOT_SURE and option.statement]


def _today(today: _dt.date | None) -> str:
    return (today or _dt.date.today()).strftime("%d.%m.%Y")


def build(kind: str, checklist: Checklist, triage: Triage, details: Mapping[str, str],
          language: str | None = None, today: _dt.date | None = None) -> Letter:
    """The letter ``kind`` (:data:`POLICE` or :data:`LENDER`) in ``language``.

    Args:
        kind: which letter.
        checklist: the plan data (the answers' first-person sentences).
        triage: the person's answers.
        details: what they typed, by field id; missing or empty fields become blanks.
        language: ``kk``, ``ru`` or ``en``; the app's language when None.
        today: the date written under the letter (today when None).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown letter {kind!r}")
    # Named "_" so that the catalog tools extract these strings like any other.
    _ = i18n.translator(language or i18n.current_language())
    d = _clean(details)

    def value(field_id: str) -> str:
        return d.get(field_id) or BLANK

    sender = [
        _("From: {name}").format(name=value("name")),
        _("IIN: {iin}").format(iin=value("iin")),
        _("Address: {address}").format(address=value("address")),
        _("Phone: {phone}").format(phone=value("phone")),
    ]
    happened = _happened_lines(checklist, triage, _)
    story = d.get("story") or BLANK
    police_doc_name = _("a «постановление о признании потерпевшим» (Article 71 of the "
                         "Criminal Procedure Code) or a «представление» under Article 200")
    closing = (_("Date: {date}").format(date=_today(today)),
               _("Signature: {blank}").format(blank=BLANK))
    if kind == POLICE:
        body = [_("On {date}, I became a victim of fraud.").format(date=value("happened"))]
        if happened:
            body.append(" ".join(happened))
        body.append(_("What happened: {story}").format(story=story))
        body.append(_("The fraudsters used these numbers, sites or accounts: {contacts}")
                    .format(contacts=value("fraud_contacts")))
        body.append(_("Money lost: {amount} tenge. Transfers and payments: {transfers}")
                    .format(amount=value("amount"), transfers=value("transfers")))
        loan = "loan-taken" in triage.what or bool(d.get("loan"))
        if loan:
            body.append(_("A loan was issued in my name as a result of this fraud: {loan}.")
                        .format(loan=value("loan")))
            body.append(_("I ask you to examine my statement, to recognise me as a victim "
                           "and to give me the procedural document that the lender needs "
                           "to write the loan off: {document}.")
                        .format(document=police_doc_name))
        else:
            body.append(_("I ask you to examine my statement and to recognise me as a "
                           "victim (Article 71 of the Criminal Procedure Code)."))
        return Letter(
            kind=POLICE,
            title=_("Letter to the police"),
            header=(_("To: the police"), *sender),
            heading=(_("STATEMENT"), _("about fraud")),
            body=tuple(body),
            attachments_heading=_("Attached:"),
            attachments=(_("Screenshots of the messages, chats and calls"),
                         _("SMS"),
                         _("Bank statements")),
            closing=closing,
            send_heading=_("Where to send it"),
            send=(_("Call 102, or file the statement through eGov or eOtinish, or take it "
                     "to the police in person."),
                  _("Attach screenshots, SMS, chats and bank statements."),
                  _("Ask for the number of your statement and write it in the plan."),
                  _("If a loan was taken in your name, ask for the procedural document: "
                     "{document}. Without it or a court decision, the lender will not "
                     "write the loan off.").format(document=police_doc_name)),
        )
    body = [_("A loan was issued in my name as a result of fraud: {loan}.")
            .format(loan=value("loan"))]
    if happened:
        body.append(" ".join(happened))
    body.append(_("What happened: {story}").format(story=story))
    body.append(_("I reported the fraud to the police and received the police document: "
                  "{document}. A copy is attached.").format(document=value("police_doc")))
    if d.get("refusal_date"):
        body.append(_("On {date}, the voluntary refusal of bank loans and microcredits was "
                       "set in my name, and it was active when the loan was issued. A loan "
                       "issued while the refusal is active must be written off by the lender "
                       "(the law since 1 September 2024).").format(date=d["refusal_date"]))
    body.append(_("I ask you to write this loan off and to answer me in writing."))
    return Letter(
        kind=LENDER,
        title=_("Letter to the lender"),
        header=(_("To: {lender}").format(lender=value("lender")), *sender),
        heading=(_("REQUEST"), _("to write off a loan issued as a result of fraud")),
        body=tuple(body),
        attachments_heading=_("Attached:"),
        attachments=(_("A copy of the police document"),),
        closing=closing,
        send_heading=_("Where to send it"),
        send=(_("First get the police document: {document}. Without it or a court "
                 "decision, the lender will not write the loan off.")
              .format(document=police_doc_name),
              _("Give the letter with a copy of the police document to the bank or "
                 "microfinance organisation that issued the loan. Keep a copy of "
                 "everything."),
              _("If the voluntary refusal of bank loans and microcredits was active when "
                 "the loan was issued, the lender must write the loan off (the law since "
                 "1 September 2024).")),
    )


def file_stem(kind: str, language: str | None = None, today: _dt.date | None = None) -> str:
    """A file name without extension, in the letter's language, with the date."""
    # Named "_" so that the catalog tools extract these strings like any other.
    _ = i18n.translator(language or i18n.current_language())
    name = _("letter-to-the-police") if kind == POLICE else _("letter-to-the-lender")
    return f"{name}-{(today or _dt.date.today()).isoformat()}"

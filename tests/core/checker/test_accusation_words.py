""""A criminal case is opened against you" is the fake officer's accusation in English too.

The Russian and Kazakh families had it ("против вас", "қылмыстық іс"); the English one
knew only "case against you". A case the person filed themselves is not an accusation.
"""

from __future__ import annotations

from assistant.core.checker import Verdict, check


def test_a_criminal_case_with_bail_to_pay_is_flagged() -> None:
    report = check("Prosecutor: a criminal case is opened against you. Pay the bail, "
                   "otherwise arrest.")
    assert report.verdict in (Verdict.DANGER, Verdict.SUSPICIOUS)
    assert any(f.rule == "shape-accusation" for f in report.findings)


def test_a_case_the_person_filed_is_not_flagged() -> None:
    report = check("Your case against the landlord was filed with the court on 3 May.")
    assert report.verdict is Verdict.NO_SIGNS, report.fired

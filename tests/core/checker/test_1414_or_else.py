"""The fake 1414 request in more Kazakh wordings, and put as a threat, in kk, ru and en.

"Санды атаңызшы", "1414 кодын жолдаңыз" ("1414" is the service, not a code the message
gives), and "if you do not tell the code, your application is cancelled"
(`code-1414-or-else`): the negation there is the condition. Their twins: the same
condition said of telling no one is the warning, and a code notice stays a notice.
"""

from __future__ import annotations

import pytest

from assistant.core.checker import Verdict, check

SCAMS = [
    "Телефоныңызға келген төрт санды атаңызшы, ол 1414-тен келді.",
    "Халыққа қызмет көрсету орталығы: мекенжайыңызды растау үшін 1414 кодын жолдаңыз.",
    "Бір сағат ішінде 1414-тен келетін кодты хабарламасаңыз, өтінішіңіз жойылады.",
    "Если в течение часа не сообщите код из 1414, заявка будет аннулирована.",
    "If you do not tell us the 1414 code within an hour, your application will be "
    "cancelled.",
]

TWINS = [
    "Егер 1414-тен келген кодты ешкімге айтпасаңыз, ақшаңыз аман болады.",
    "1414 кодын бөтен адамға айтпасаңыз, алаяқтар ештеңе істей алмайды.",
    "Если никому не сообщите код из 1414, ваши деньги в безопасности.",
    "Если не скажете никому код из 1414, мошенники ничего не сделают.",
    "If you do not share the 1414 code with anyone, your account stays safe.",
    "4821 кодын ешкімге айтпаңыз.",
    "5521 кодын енгізіңіз, оны ешкімге бермеңіз.",
]


@pytest.mark.parametrize("text", SCAMS)
def test_the_request_and_its_threat_are_danger(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.DANGER, [f.rule for f in report.findings]
    assert report.findings[0].scenario == "fake-1414-code"


@pytest.mark.parametrize("text", TWINS)
def test_telling_no_one_and_the_notice_show_no_signs(text: str) -> None:
    report = check(text)
    assert report.verdict is Verdict.NO_SIGNS, [f.rule for f in report.findings]

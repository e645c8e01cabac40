"""The command line, run as a user or a script would run it (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIELDS = {"verdict", "score", "summary", "findings", "notes", "looks_genuine", "links",
          "phones", "what_to_do", "numbers", "already_did_this"}
FINDING_FIELDS = {"rule", "scenario", "spans", "explanation", "advice", "parts"}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "assistant", "check", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=60, check=False)


def test_human_output_in_english() -> None:
    result = run("Здравствуйте, я из 1414, назовите код из SMS")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Danger")
    assert "«назовите код»" in result.stdout
    assert "What to do now\n1. Do not tell the code to anyone" in result.stdout
    assert "- 102: Police" in result.stdout  # the number shown with every danger


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", "Опасно"), ("kk", "Қауіпті"), ("en", "Danger"),
])
def test_human_output_in_each_language(lang: str, words: str) -> None:
    result = run("--lang", lang, "Сообщите код из смс")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(words)


def test_no_signs_still_gives_the_rules_that_always_apply() -> None:
    result = run("Привет, как дела?")
    assert result.stdout.startswith("No known signs")
    assert "does not mean that the message is safe" in result.stdout


def test_json_has_exactly_the_documented_shape() -> None:
    result = run("--json", "Вы выиграли приз! Оплатите доставку: bit.ly/abc")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == FIELDS
    assert data["verdict"] in {"danger", "suspicious", "no_signs"}
    assert isinstance(data["score"], float)
    for finding in data["findings"]:
        assert set(finding) == FINDING_FIELDS
        assert all(len(span) == 2 for span in finding["spans"])
        assert set(finding["parts"]) <= {"lure", "action", "pressure"}
    assert data["what_to_do"] and all(isinstance(s, str) for s in data["what_to_do"])
    for number in data["numbers"]:
        assert set(number) == {"id", "number", "name"}
    assert data["links"][0]["host"] == "bit.ly"
    assert "[.]" in data["links"][0]["url"]  # never printed as a clickable link


def test_stdin_with_dash_and_with_nothing(tmp_path: Path) -> None:
    text = "Сообщите код из смс"
    for args in (("-", "--json"), ("--json",)):
        result = run(*args, stdin=text)
        assert json.loads(result.stdout)["verdict"] == "danger"


def test_file(tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text("Ваша карта заблокирована. Позвоните +7 777 000 12 34", encoding="utf-8")
    result = run("--json", "--file", str(path))
    assert json.loads(result.stdout)["verdict"] == "danger"


def test_batch_keeps_order_and_ids_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": 7, "text": "Сообщите код"}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": "b", "text": "Привет"}),
        json.dumps({"id": "c"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": None, "text": "send SMS to 7132 with text 55"}),
    ]
    result = run("--batch", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == [7, None, "b", "c", None, None]
    assert out[0]["verdict"] == "danger" and set(out[0]) == FIELDS | {"id"}
    assert "error" in out[1] and "error" in out[3] and "error" in out[4]
    assert out[2]["verdict"] == "no_signs"
    assert out[5]["phones"][0]["costly_short_number"] is True


@pytest.mark.parametrize("args", [
    ("--lang", "de", "text"), ("--bogus",), ("--file", "/no/such/file"),
    ("--batch", "text"), ("--file", "x", "text"),
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "error" in result.stderr


def test_cli_does_not_import_qt() -> None:
    code = ("import sys; from assistant import cli; cli.main(['--json', 'hi']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_explanations_follow_the_system_language(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    def run(lang: str) -> str:
        env = {**os.environ, "LANG": lang}
        return subprocess.run([sys.executable, "-m", "assistant", "check", "Назовите код из SMS"],
                              capture_output=True, text=True, env=env, check=True).stdout

    assert run("ru_RU.UTF-8").startswith("Опасно")
    assert run("kk_KZ.UTF-8").split()[0] != "Danger:"
    assert run("de_DE.UTF-8").startswith("Danger")


@pytest.mark.parametrize("text", ["+7 701 123 45 67", "87071234567"])
def test_a_bare_number_is_cannot_tell(text: str) -> None:
    result = run("--json", "--lang", "en", text)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["verdict"] == "cannot_tell" and out["findings"] == []
    assert "cannot know who owns this number" in out["summary"]


def test_json_findings_hold_signs_and_notes_the_rest() -> None:
    out = json.loads(run("--json", "--lang", "en",
                         "Посмотри вот это: https://example.org/page").stdout)
    assert out["verdict"] == "no_signs" and out["findings"] == []
    assert [note["rule"] for note in out["notes"]] == ["link-any"]
    assert set(out["notes"][0]) == FINDING_FIELDS


def test_human_output_shows_links_in_plain_words() -> None:
    out = run("--lang", "en", "Откройте https://kaspi-bank-kz.com/unlock").stdout
    assert "kaspi-bank-kz.com: this is NOT kaspi.kz" in out
    assert "hxxp" not in out and "[.]" not in out


def test_human_output_lists_each_reason_once_as_the_page_does() -> None:
    """A rule and a message shape both find "asks for a code": one line, both words."""
    text = ("Здравствуйте, вас беспокоит оператор 1414. Вам пришёл код в SMS, продиктуйте "
            "его мне для подтверждения. Подробнее: https://egov-kz.com/login")
    out = run("--lang", "en", text).stdout
    assert out.count("* The message asks you to tell or send a code.") == 1, out
    assert ".;" not in out, out  # the reasons of a link run as one sentence


def test_a_whole_scheme_is_told_part_by_part() -> None:
    """Bait, request and pressure in the message's own words, in the human output and as
    spans in JSON."""
    text = ("Ваша посылка задержана. Срочно оплатите доставку по ссылке "
            "http://kazpost-dostavka.top иначе она будет возвращена")
    out = run("--lang", "ru", text).stdout
    assert "  - Приманка: «посылка»" in out, out
    assert "  - Чего от вас хотят: «по ссылке http://kazpost-dostavka.top»" in out, out
    assert "  - Как вас торопят или пугают: «Срочно»" in out, out
    data = json.loads(run("--json", text).stdout)
    (whole,) = [f for f in data["findings"] if f["parts"]]
    assert [text[a:b] for a, b in whole["parts"]["pressure"]][:1] == ["Срочно"]
    assert all(not f["parts"] for f in data["findings"] if f is not whole)

"""``check --image``: a picture's words and QR codes, checked like typed text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.ocr.pictures import chat, with_qr

DANGER = ["Здравствуйте, вам пришёл код от 1414,", "продиктуйте его мне, пожалуйста."]


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "check", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def typed_verdict(lines: list[str]) -> str:
    out = cli("--json", " ".join(lines))
    return str(json.loads(out.stdout)["verdict"])


@pytest.mark.parametrize("lines", [
    DANGER,
    ["Сізге 1414-тен код келді, соны маған", "айтыңызшы, құжатыңызды растаймыз."],
    ["Hi! See you tomorrow at 10 by the school,", "don't be late."],
])
def test_image_gives_the_verdict_of_the_typed_text(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "shot.png"
    chat(lines, dark=True).save(path)
    out = cli("--json", "--image", str(path))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == typed_verdict(lines)
    assert " ".join(lines) in " ".join(result["text"].split())
    assert result["qr"] == []
    for finding in result["findings"]:  # spans point into "text"
        for start, end in finding["spans"]:
            assert 0 <= start < end <= len(result["text"])


def test_qr_lookalike_is_danger_and_official_is_not(tmp_path: Path) -> None:
    words = ["Your document is ready.", "Scan the code to sign it."]
    bad, good = tmp_path / "bad.png", tmp_path / "good.png"
    with_qr(chat(words), "https://egov-kz.online/sign").save(bad)
    with_qr(chat(words), "https://egov.kz/cms/en").save(good)
    result = json.loads(cli("--json", "--image", str(bad)).stdout)
    assert result["verdict"] == "danger"
    assert result["qr"] == ["https://egov-kz.online/sign"]
    assert json.loads(cli("--json", "--image", str(good)).stdout)["verdict"] != "danger"
    human = cli("--image", str(bad)).stdout
    assert "Read from a picture: check that the words are right." in human
    assert "This QR code leads to egov-kz[.]online: this is NOT egov.kz." in human


def test_batch_mixes_text_and_images(tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    chat(DANGER).save(path)
    lines = [{"id": 1, "image": str(path)}, {"id": 2, "text": "hello"},
             {"id": 3, "image": str(tmp_path / "missing.png")}]
    out = cli("--batch", stdin="\n".join(json.dumps(line) for line in lines) + "\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [row["id"] for row in rows] == [1, 2, 3]
    assert rows[0]["verdict"] == typed_verdict(DANGER) and "text" in rows[0]
    assert rows[1]["verdict"] == "no_signs" and "text" not in rows[1]
    assert rows[2]["error"] == "This file cannot be read."


def test_not_a_picture_gets_a_plain_translated_message(tmp_path: Path) -> None:
    path = tmp_path / "note.png"
    path.write_text("not a picture")
    out = cli("--lang", "ru", "--image", str(path))
    assert out.returncode == 2
    assert out.stderr.strip() == ("Этот файл — не картинка, которую можно прочитать. "
                                  "Выберите картинку PNG, JPEG, WebP или BMP.")
    assert cli("--image", str(path), "some text").returncode == 2

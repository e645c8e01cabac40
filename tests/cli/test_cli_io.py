"""The command line's input and output against hostile files, huge texts and full disks.

Every case runs the real ``python -m assistant check`` in a subprocess. Time and memory
are measured by a small wrapper that reports the child's own peak RSS; the bounds are
generous because the machine running the tests may be shared.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.core.test_reading import encoded_subject_mail

posix_only = pytest.mark.skipif(os.name != "posix", reason="devices, FIFOs and rlimits")


def env() -> dict[str, str]:
    environment = dict(os.environ, PYTHONIOENCODING="utf-8")
    environment.pop("QT_QPA_PLATFORM", None)
    return environment


def run(*args: str, stdin: bytes | str = b"", **kwargs: object
        ) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "assistant", "check", *args], input=data,
                          capture_output=True, env=env(), timeout=60, check=False,
                          **kwargs)  # type: ignore[call-overload]


def measured(args: list[str], stdin_path: Path | None = None
             ) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak MB, exit status) of one CLI run, child alone.

    The bounds are checked on CPU time: on a machine shared by several busy processes,
    wall time mostly measures the others.
    """
    wrapper = textwrap.dedent(f"""
        import resource, subprocess, sys, time
        args = {[sys.executable, "-m", "assistant", "check", *args]!r}
        stdin = open({str(stdin_path)!r}, "rb") if {stdin_path is not None!r} else None
        start = time.perf_counter()
        done = subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
              done.returncode)
    """)
    result = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True,
                            env=env(), timeout=120, check=True)
    seconds, cpu, peak, status = result.stdout.split()
    return float(seconds), float(cpu), float(peak), int(status)


def start_up() -> float:
    """CPU seconds of a check of one word: the start-up."""
    return min(measured(["hi"])[1] for _ in range(2))


def refused_plainly(result: subprocess.CompletedProcess[bytes]) -> str:
    error = result.stderr.decode()
    assert result.returncode == 2, error
    assert "Traceback" not in error
    assert len(error.strip().splitlines()) == 1, error
    return error


@posix_only
def test_dev_zero_a_link_to_it_and_a_fifo_are_refused_at_once(tmp_path: Path) -> None:
    link = tmp_path / "x.txt"
    link.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(link), str(fifo)):
        result = run("--file", target)
        assert "not an ordinary file" in refused_plainly(result), target
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run([sys.executable, "-m", "assistant", "check"], stdin=zero,
                                capture_output=True, env=env(), timeout=20, check=False)
    assert "not an ordinary file" in refused_plainly(result)


def test_too_much_on_stdin_is_refused_without_a_traceback() -> None:
    result = run(stdin=b"a" * (12 * 1024 * 1024 + 10))
    assert "too large" in refused_plainly(result)


def test_the_refusal_is_in_the_chosen_language(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    result = run("--lang", "ru", "--file", str(folder))
    assert "Traceback" not in result.stderr.decode() and result.returncode == 2
    assert "файл" in result.stderr.decode().lower()


def test_an_eml_file_is_read_as_the_window_reads_it(tmp_path: Path) -> None:
    mail = tmp_path / "letter.eml"
    mail.write_bytes(b"From: =?utf-8?b?0JHQsNC90Lo=?= <x@example.invalid>\r\n"
                     b"Subject: =?utf-8?q?=D0=9A=D0=BE=D0=B4?=\r\n"
                     b"Content-Type: text/plain; charset=utf-8\r\n"
                     b"Content-Transfer-Encoding: base64\r\n\r\n"
                     + __import__("base64").b64encode("Назовите код из SMS".encode())
                     + b"\r\n")
    result = run("--json", "--file", str(mail))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "danger"


@posix_only
def test_the_30000_word_eml_in_two_seconds_and_500_mb(tmp_path: Path) -> None:
    mail = tmp_path / "subject.eml"
    mail.write_bytes(encoded_subject_mail(30_000))
    seconds, cpu, peak, status = measured(["--file", str(mail)])
    print(f"30,000-word .eml: {cpu:.2f} s CPU ({seconds:.2f} s wall), {peak:.0f} MB")
    assert status == 0
    assert cpu <= 2.0
    assert peak <= 500


@posix_only
def test_5_mb_human_output_is_fast_and_light(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("Назовите код из SMS, это служба 1414. " * 140_000)
    assert text.stat().st_size > 5_000_000
    base = start_up()
    seconds, cpu, peak, status = measured(["--file", str(text)])
    print(f"5 MB human output: {cpu - base:.2f} s CPU beyond start-up ({seconds:.2f} s "
          f"wall in all), {peak:.0f} MB")
    assert status == 0
    assert cpu - base <= 1.0
    # Asked for: <= 400 MB. Held at 150 MB, so that snippets costing O(text) again
    # (335 MB here before; 35 MB now) fail this test.
    assert peak <= 150


@posix_only
def test_nfkc_text_is_answered_within_a_second_beyond_start_up(tmp_path: Path) -> None:
    text = tmp_path / "fdfa.txt"
    text.write_text("\ufdfa" * 49_990)
    base = start_up()
    seconds, cpu, peak, status = measured(["--file", str(text)])
    print(f"U+FDFA x 49,990: {cpu - base:.2f} s CPU beyond start-up ({seconds:.2f} s wall "
          f"in all), {peak:.0f} MB")
    assert status == 0
    assert cpu - base <= 1.0


@posix_only
@pytest.mark.parametrize("mode", ["rlimit", "dev-full"])
def test_a_full_disk_ends_with_one_line_and_status_1(tmp_path: Path, mode: str) -> None:
    out = tmp_path / "out.txt"
    text = "Назовите код из SMS " * 2000

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    if mode == "dev-full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    target = "/dev/full" if mode == "dev-full" else str(out)
    with open(target, "wb") as stdout:
        result = subprocess.run([sys.executable, "-m", "assistant", "check", "--json", text],
                                stdout=stdout, stderr=subprocess.PIPE, env=env(),
                                timeout=60, check=False,
                                preexec_fn=small_files if mode == "rlimit" else None)
    error = result.stderr.decode()
    assert result.returncode == 1, error
    assert "Traceback" not in error and "Exception ignored" not in error
    assert error.strip().splitlines() == [error.strip()]
    assert "cannot write the output" in error


def test_a_closed_pipe_still_exits_quietly() -> None:
    command = (f"{sys.executable} -m assistant check --batch | head -c 10 >/dev/null")
    lines = "\n".join(json.dumps({"id": n, "text": "код " * 50}) for n in range(3000))
    result = subprocess.run(["sh", "-c", command], input=lines.encode(), capture_output=True,
                            env=env(), timeout=120, check=False)
    assert result.stderr == b""


def strict(line: str) -> dict[str, object]:
    def refuse(name: str) -> object:
        raise AssertionError(f"not JSON: {name}")

    return json.loads(line, parse_constant=refuse)  # type: ignore[no-any-return]


def test_batch_odd_ids_give_strict_json_and_a_bom_is_accepted() -> None:
    lines = ['{"id": 1e999, "text": "код"}', '{"id": NaN, "text": "код"}',
             '{"id": -Infinity, "text": "код"}', '{"id": [1.5, -1e400], "text": "x"}',
             '{"id": 7, "text": "ok"}']
    result = run("--batch", stdin=("\ufeff" + "\n".join(lines) + "\n").encode())
    assert result.returncode == 0, result.stderr
    out = [strict(line) for line in result.stdout.decode().splitlines()]
    assert [item["id"] for item in out] == ["1e999", "NaN", "-Infinity", [1.5, "-1e400"], 7]
    assert all("error" not in item for item in out)


def test_a_message_that_starts_with_a_dash_after_double_dash() -> None:
    result = run("--json", "--", "-50% только сегодня, назовите код из SMS")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] in ("danger", "suspicious")
    assert b" -- " in run("--help").stdout

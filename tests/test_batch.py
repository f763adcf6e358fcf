"""Parallel batches: check_documents in worker processes, check_partition for Dask/Spark, scan --jobs."""

from __future__ import annotations

import json
import subprocess

from recoupe.batch import check_documents, check_partition

TEXT = "SFR held 33% of Numergy. Numergy 2013 revenue 2M€. The weather was fine.\n"


def test_check_documents_in_processes_matches_one_process(tmp_path):
    paths = []
    for number in range(4):
        path = tmp_path / f"d{number}.txt"
        path.write_text(TEXT * (number + 1), encoding="utf-8")
        paths.append(path)
    paths.append(tmp_path / "missing.txt")
    parallel = list(check_documents(paths, jobs=2))
    alone = list(check_documents(paths, jobs=1))
    assert [r["path"] for r in parallel] == [str(p) for p in paths]
    strip = lambda reports: [(r["path"], r["events"]) for r in reports]  # noqa: E731
    assert strip(parallel) == strip(alone)
    first = parallel[0]["events"]
    assert [e["verdict"] for e in first] == ["contradicted", "supported"]
    assert parallel[3]["summary"]["claims_checked"] == 8
    assert parallel[-1]["events"][0]["kind"] == "error"


def test_check_partition_is_a_plain_function_over_texts():
    found = list(check_partition(iter([TEXT, "Nothing here.", "Numergy 2013 revenue 2M€."])))
    assert [(f["document"], f["verdict"]) for f in found] == [(0, "contradicted"), (0, "supported"), (2, "supported")]
    assert found[0]["claim"]["statement"] == "SFR held 33% of Numergy."
    json.dumps(found)  # plain data, ready for a dataframe


def test_scan_jobs_gives_the_same_report(tmp_path, recoupe_exe):
    for number in range(3):
        (tmp_path / f"d{number}.md").write_text(f"# Draft {number}\n\n" + TEXT * (number + 1), encoding="utf-8")
    runs = []
    for jobs in ("1", "2", "0"):
        done = subprocess.run([recoupe_exe, "scan", "--no-config", "--format", "jsonl", "--jobs", jobs, str(tmp_path)],
                              capture_output=True, text=True)
        assert done.returncode == 1, done.stderr
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        for line in lines:
            line.pop("seconds", None)
        runs.append(lines)
    assert runs[0] == runs[1] == runs[2]
    assert runs[0][-1]["files"] == 3 and runs[0][-1]["claims_checked"] == 12


def test_scan_jobs_with_stdin_scans_it_in_order(tmp_path, recoupe_exe):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = subprocess.run([recoupe_exe, "scan", "--no-config", "--format", "jsonl", "--jobs", "2", str(tmp_path / "a.txt"), "-"],
                          input=TEXT, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    paths = [json.loads(line).get("path") for line in done.stdout.splitlines()]
    assert paths[1:-1] == [str(tmp_path / "a.txt")] * 2 + ["<stdin>"] * 2

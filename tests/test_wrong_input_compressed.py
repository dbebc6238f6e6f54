"""A compressed input that stops early: the CLI says which way it stopped
(cut off, damaged, not gzip at all) in one sentence naming the file, keeps
the lines read before the stop, and adds nothing when run again (the plain
inputs' share is in test_wrong_input.py).  Real CLI, real SQLite file, real
model."""
from __future__ import annotations

import gzip
import json
import random
import zlib

from wrong_input_corpus import GOOD, OTHER, count_articles, db  # noqa: F401 (fixture)

from storyline.cli import main as cli_main


def test_a_cut_off_gzip_file_says_so_and_keeps_the_lines_before_the_cut(db, tmp_path, capsys):
    """A ``.jsonl.gz`` cut off in transfer said "cannot read: Compressed file
    ended before the end-of-stream marker was reached", which reads as if
    nothing was read; the complete lines before the cut are stored, and a
    second run adds nothing."""
    rng = random.Random(7)
    words = [w for r in (GOOD, OTHER) for w in r["text"].split()]
    records = [{**GOOD, "id": f"gz-{i}", "text": " ".join(rng.choice(words) for _ in range(60))}
               for i in range(8)]
    packed = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode())
    cut = packed[:len(packed) * 2 // 3]
    whole_lines = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(cut).count(b"\n")
    assert 0 < whole_lines < len(records)
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(cut)
    before = count_articles(db)
    for added in (whole_lines, 0):
        capsys.readouterr()
        assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 1
        out, err = capsys.readouterr()
        assert f"added {added} article" in out
        assert f"{src}: the gzip file is cut off (its compressed data ends early): the complete " \
               "lines before the cut were read, what followed is lost" in " ".join(err.split())
    assert count_articles(db) == before + whole_lines


def test_a_damaged_gzip_file_is_one_sentence_not_a_traceback(db, tmp_path, capsys):
    """Bytes flipped inside a ``.jsonl.gz`` raised ``zlib.error`` out of the
    CLI (a traceback); a file named .gz that is none was "cannot read: Not a
    gzipped file (b'{\"')"."""
    # seeded: with os.urandom the flipped bytes sometimes inflated to 23 broken lines before the
    # CRC check, and the file's own sentence was the 21st of its problems, "not shown" (CI, stop 55)
    rng = random.Random(11)
    packed = bytearray(gzip.compress("".join(
        json.dumps({**GOOD, "id": f"z-{i}", "text": f"{GOOD['text']} {rng.randbytes(24).hex()}"}) + "\n"
        for i in range(40)).encode(), mtime=0))
    for k in range(len(packed) // 2, len(packed) // 2 + 40):
        packed[k] ^= 0x5A
    damaged, plain = tmp_path / "damaged.jsonl.gz", tmp_path / "plain.jsonl.gz"
    damaged.write_bytes(bytes(packed))
    plain.write_text(json.dumps(OTHER) + "\n", encoding="utf-8")
    before = count_articles(db)
    capsys.readouterr()
    assert cli_main(["--db", db, "ingest", "-q", str(damaged), str(plain)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"{damaged}: the gzip file is damaged (" in err
    assert "the lines read before the damage are kept, what followed is lost" in err
    assert f"{plain}: not gzip-compressed, though its name ends in .gz" in err
    assert count_articles(db) >= before


def test_a_whole_file_problem_is_printed_first_and_never_counted_away(capsys):
    """A damaged ``.jsonl.gz`` can inflate to garbage lines before its CRC
    check: 23 "broken JSON" lines were read, and the file's own sentence, the
    last of its problems, was among the 3 "not shown" past the 20 printed per
    file."""
    from storyline.cli_write import PER_FILE, _print_problems
    from storyline.ingest.formats import IngestError

    name = "feed.jsonl.gz"
    problems = [IngestError(f"{name}:{k}", "broken JSON: Expecting ',' delimiter") for k in range(1, PER_FILE + 4)]
    problems.append(IngestError(name, "the gzip file is damaged (Error -3 while decompressing data): the lines "
                                      "read before the damage are kept, what followed is lost"))
    _print_problems(problems, "error", "errors")
    lines = [" ".join(l.split()) for l in capsys.readouterr().err.splitlines() if l.strip()]
    assert lines[0].startswith(f"error {name}: the gzip file is damaged"), lines[:2]
    assert sum("broken JSON" in l for l in lines) == PER_FILE
    assert lines[-1].startswith(f"error {name}: 3 more errors not shown (23 in all;"), lines[-1]

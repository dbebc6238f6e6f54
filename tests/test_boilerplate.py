"""Tests for per-source boilerplate learning (SourceBoilerplate) and its use in clean_text."""
from __future__ import annotations

import json
import unicodedata

from storyline.clean import SourceBoilerplate, clean_text

FOOTER = [
    "Bu haber Örnek Haber Ajansı muhabirleri tarafından hazırlanmıştır",
    "Örnek Haber — Türkiye'nin bağımsız habercisi",
]

STORIES = [
    "Ankara'da belediye meclisi yeni bütçeyi onayladı. Oylamaya 45 üye katıldı.",
    "İstanbul'da metro hattında arıza nedeniyle seferler iki saat aksadı.",
    "İzmir Limanı'nda ihracat yüklemeleri yılın ilk yarısında yüzde 8 arttı.",
    "Karadeniz'de etkili olan sağanak nedeniyle bazı köy yolları kapandı.",
    "Bursa'da düzenlenen fuara üç günde 120 bin kişi ziyaret etti.",
]


def _article(story: str, day: int) -> str:
    return "\n".join([f"date 2024-06-{day:02d}", story, *FOOTER])


def _trained() -> SourceBoilerplate:
    learner = SourceBoilerplate()
    for day, story in enumerate(STORIES, start=1):
        learner.observe("ornekhaber.com.tr", _article(story, day))
    # Another source shares none of these lines.
    learner.observe("other.example", "Some unrelated story.\nOther footer line here")
    return learner


def test_learns_repeated_footer_and_removes_it_from_new_article_of_same_source():
    learner = _trained()
    new_story = "Antalya'da turist sayısı geçen yılın aynı dönemine göre yüzde 12 arttı."
    raw = _article(new_story, 21)

    result = clean_text(raw, "tr", source="ornekhaber.com.tr", boilerplate=learner)

    assert result.text == f"date 2024-06-21\n{new_story}"
    assert [(r.rule, r.text) for r in result.removed] == [
        ("source-boilerplate", line) for line in FOOTER
    ]


def test_other_source_and_no_source_keep_the_lines():
    learner = _trained()
    raw = _article("Konya'da hasat erken başladı.", 22)
    for source in ("other.example", "unknown.example", None):
        result = clean_text(raw, source=source, boilerplate=learner)
        assert result.removed == []
        assert all(line in result.text for line in FOOTER)


def test_story_lines_and_date_headers_are_not_boilerplate():
    learner = _trained()
    for day, story in enumerate(STORIES, start=1):
        assert not learner.is_boilerplate("ornekhaber.com.tr", story)
        assert not learner.is_boilerplate("ornekhaber.com.tr", f"date 2024-06-{day:02d}")
    # Spacing and Unicode composition do not hide a footer.
    variant = unicodedata.normalize("NFD", "  " + FOOTER[0].replace(" ", "   ") + " ")
    assert learner.is_boilerplate("ornekhaber.com.tr", variant)


def test_thresholds_min_articles_and_share():
    learner = SourceBoilerplate(min_articles=3, min_share=0.3)
    for i in range(2):
        learner.observe("s", f"Story number {i}.\nRead our daily briefing")
    assert not learner.is_boilerplate("s", "Read our daily briefing")  # only 2 articles
    learner.observe("s", "Story number 2.\nRead our daily briefing")
    assert learner.is_boilerplate("s", "Read our daily briefing")
    for i in range(3, 12):
        learner.observe("s", f"Story number {i}.")
    assert learner.articles_seen("s") == 12
    assert not learner.is_boilerplate("s", "Read our daily briefing")  # 3/12 < 0.3


def test_single_word_lines_need_stronger_evidence():
    learner = SourceBoilerplate()
    for i in range(10):
        extra = ["Ankara", "Abone olun ve takip edin"] if i < 3 else []
        learner.observe("s", "\n".join([f"Haber metni {i}.", *extra]))
    assert learner.is_boilerplate("s", "Abone olun ve takip edin")  # 3 of 10
    assert not learner.is_boilerplate("s", "Ankara")  # a dateline, 3 of 10 is not enough


def test_repeats_inside_one_article_count_once():
    learner = SourceBoilerplate()
    learner.observe("s", "Leave a Comment\nLeave a Comment\nLeave a Comment")
    learner.observe("s", "Story.")
    assert learner.to_dict()["sources"]["s"]["lines"]["leave a comment"] == 1
    assert not learner.is_boilerplate("s", "Leave a Comment")


def test_clean_text_does_not_change_the_learner():
    learner = _trained()
    before = learner.to_dict()
    clean_text(_article("Yeni haber.", 23), source="ornekhaber.com.tr", boilerplate=learner)
    assert learner.to_dict() == before


def test_round_trip_through_json():
    learner = _trained()
    data = json.loads(json.dumps(learner.to_dict()))
    restored = SourceBoilerplate.from_dict(data)
    assert restored.to_dict() == learner.to_dict()
    assert restored.sources() == ["ornekhaber.com.tr", "other.example"]
    for line in [*FOOTER, STORIES[0], "date 2024-06-01"]:
        assert restored.is_boilerplate("ornekhaber.com.tr", line) == learner.is_boilerplate(
            "ornekhaber.com.tr", line
        )
    # Learning continues after a restore.
    restored.observe("ornekhaber.com.tr", _article("Yeni haber.", 24))
    assert restored.articles_seen("ornekhaber.com.tr") == 6

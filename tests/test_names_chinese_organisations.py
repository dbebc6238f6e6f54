"""Chinese organisations by the word that heads their name, and names inside a longer word
[h-names33].

On main no Chinese organisation was found ("外交部", "联合国", "世界卫生组织" named nothing), a
transliterated name after a title was a person even where it went on into a common noun ("国王查尔斯猎犬",
a dog's breed, gave "查尔斯"), and a company opening a clause ("索尼宣布推出", Sony announced the launch)
was a person.  Now (``entity_han_orgs``) a head word (``org_heads``: "委员会", "公司", "组织") ends a
name after a place, an opener ("世界", "联邦") or a transliterated name; a ministry or party word
(``org_names``) names one alone; the gazetteer's institutions are written in Chinese too, so "联合国"
is keyed as the United Nations in every script.

Real extractor, word lists, where index and resolver keys; the sentences are written for these
tests.  Every case of the first three tests fails on main; the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import assert_named, entity_labels


@pytest.mark.parametrize("text, named, not_named", [
    ("中国外交部发言人汪文斌表示，和平很重要。", {"中国外交部": "ORG", "汪文斌": "PERSON"}, "中国"),
    ("北约秘书长说，俄罗斯外交部和美国国防部举行会谈。", {"北约": "ORG", "俄罗斯外交部": "ORG", "美国国防部": "ORG"}, "俄罗斯"),
    ("伊利诺伊州参议院民主党表示反对。", {"伊利诺伊州参议院": "ORG", "民主党": "ORG"}, "伊利诺伊州参议院民主党"),
    ("世界卫生组织周一表示，疫情仍在蔓延。", {"世界卫生组织": "ORG"}, "世界"),
    ("土耳其航空公司和日本航空公司取消航班。", {"土耳其航空公司": "ORG", "日本航空公司": "ORG"}, "土耳其"),
    ("中国人民银行宣布降息。", {"中国人民银行": "ORG"}, "中国"),
    ("联邦通信委员会周二投票。", {"联邦通信委员会": "ORG"}, "委员会"),
    ("研究人员来自康奈尔大学。", {"康奈尔大学": "ORG"}, "康奈尔"),
    ("民主党和共和党在国会辩论。", {"民主党": "ORG", "共和党": "ORG"}, "国会"),
])
def test_chinese_organisations_by_their_head(text, named, not_named):
    assert_named(text, "zh", named, not_named)


def test_a_gazetteer_institution_in_chinese_is_keyed_by_its_english_name():
    from storyline.analyse.entity_resolver_keys import mention_keys

    assert entity_labels("联合国周三表示，援助将继续。", "zh").get("联合国") == "ORG"
    assert "united nations" in mention_keys("联合国") and "nato" in mention_keys("北约")


@pytest.mark.parametrize("text, not_named", [
    ("露西是一只骑士国王查尔斯猎犬，因在农场受到虐待而被救。", "查尔斯"),  # the name goes on into a dog's breed
    ("因此，索尼宣布推出一款新游戏机。", "索尼"),  # announced the launch: a company, not a person
])
def test_a_name_inside_a_longer_word_or_a_company_is_no_person(text, not_named):
    assert entity_labels(text, "zh").get(not_named) != "PERSON"


def test_the_company_opening_a_clause_is_an_organisation():
    assert entity_labels("因此，索尼宣布推出一款新游戏机。", "zh").get("索尼") == "ORG"


@pytest.mark.parametrize("text, not_named", [
    ("该公司周三表示，利润下降。", "该公司"),  # a head word with no lead: the company
    ("航空公司取消了航班。", "航空公司"),  # a common noun: an airline
    ("外交部长王毅说，中国支持和平。", "外交部"),  # a title goes on from the ministry's word
    ("他说警察局长被解职。", "警察局"),
    ("他赞扬国会的决定。", "赞扬国会"),  # two characters of the transliteration table are often a word
    ("对伊朗采取进一步军事行动的能力", "事行"),  # "shixing" is no institution's key: found as written only
])
def test_no_organisation_without_a_lead_or_inside_a_title(text, not_named):
    assert not_named not in entity_labels(text, "zh")


@pytest.mark.parametrize("text, named", [
    ("俄罗斯总统普京周三抵达平壤。", "普京"),  # a time word ends the name
    ("美国国务卿安东尼·布林肯周二访问乌克兰。", "安东尼·布林肯"),
    ("前众议员特雷·高迪表示，调查将继续。", "特雷·高迪"),  # a part after "·" whatever its characters
    ("现在众议院议长南希佩洛西拒绝将弹劾条款提交给参议院。", "南希佩洛西"),  # a clause goes on: no compound
])
def test_a_title_holder_ended_by_an_end_word_or_joined_is_still_a_person(text, named):
    assert entity_labels(text, "zh").get(named) == "PERSON"
